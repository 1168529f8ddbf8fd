import { escapeMarkup as e } from "../escape.js";

const known = new Set(["allowed", "indeterminate", "review", "restricted", "prohibited"]);

/** A verdict as a coloured badge that also says the verdict in words. */
export function badge(verdict: unknown): string {
  const text = String(verdict ?? "unknown");
  return `<span class="badge v-${known.has(text) ? text : "unknown"}">${e(text)}</span>`;
}
