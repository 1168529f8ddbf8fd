const entities: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/**
 * Escapes text for HTML and XML content and quoted attributes. Characters XML 1.0 forbids
 * (C0 controls other than tab and line breaks, lone surrogates) become U+FFFD.
 */
export function escapeMarkup(text: unknown): string {
  return String(text ?? "")
    .replace(/[&<>"']/g, (c) => entities[c] ?? c)
    .replace(
      /[^\t\n\r\u0020-\ud7ff\ud800-\udfff\ue000-\ufffd]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
      "\ufffd",
    );
}

/** A URL fit for `href`: only `http:` and `https:` addresses; anything else is not linked. */
export function safeUrl(url: unknown): string | undefined {
  if (typeof url !== "string") return undefined;
  return /^https?:\/\/[^\s]+$/i.test(url) ? url : undefined;
}
