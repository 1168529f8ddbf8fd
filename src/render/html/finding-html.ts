import type { Finding } from "../../model/report.js";
import { escapeMarkup as e, safeUrl } from "../escape.js";
import { badge } from "./badge.js";

type Source = Partial<Finding["source"]> | undefined;

/** A source as a link (http and https only) with its section, issuer and date. */
export function sourceHtml(source: Source): string {
  if (!source) return '<span class="muted">none given</span>';
  const url = safeUrl(source.url);
  const title = e(source.title ?? source.id ?? source.url ?? "untitled");
  const link = url ? `<a href="${e(url)}" rel="noreferrer noopener">${title}</a>` : title;
  const rest = [source.section, source.issuer, source.date].filter(Boolean).map(e);
  return [link, ...rest].join(", ");
}

const entityKnown = new Set(["id", "matched", "via", "alias", "field", "affiliate", "origin"]);

/** Any value as short text: strings as they are, numbers, and other values as JSON. */
export function plain(value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value) ?? "";
}

/** The entity that matched, and how: the part's text, the field, the policy's name for it. */
function entityHtml(entity: NonNullable<Finding["entity"]>): string {
  const record = entity as Record<string, unknown>;
  const how =
    entity.via === "affiliate" && entity.affiliate
      ? `affiliate ${e(entity.affiliate)}`
      : `${e(entity.via)} “${e(entity.alias)}”`;
  const origin = entity.origin ? ` (from ${e(entity.origin)})` : "";
  const extra = Object.keys(record)
    .filter((key) => !entityKnown.has(key) && record[key] !== undefined)
    .map((key) => `${e(key)}: ${e(plain(record[key]))}`);
  return `<strong>${e(entity.id)}</strong>: ${e(entity.field)}${origin} “${e(entity.matched)}”, matched by ${how}${extra.length ? `; ${extra.join("; ")}` : ""}`;
}

function fact(term: string, html: string): string {
  return `<dt>${term}</dt><dd>${html}</dd>`;
}

/** A part a finding is about: its path, its element in the tree, its document id. */
export interface FindingPart {
  path: readonly string[];
  /** The element id of the part in the drawn tree. */
  element?: string | undefined;
  componentId?: string | undefined;
}

/** The most parts a card for several alike findings lists. */
const maxListed = 500;

function partLink(part: FindingPart): string {
  const path = e(part.path.join(" › "));
  const id = part.componentId !== undefined ? ` <code>${e(part.componentId)}</code>` : "";
  return `${part.element ? `<a href="#${part.element}">${path}</a>` : path}${id}`;
}

/**
 * One finding as a card (or several that differ only in their part, listing the parts): verdict, rule, path (linked to the part in the tree), message, basis,
 * source, the entity text that matched and how, missing data, and any exception or waiver.
 */
export function findingHtml(
  finding: Finding,
  anchor: string,
  parts: readonly FindingPart[],
): string {
  const lifted = finding.waiver ? " (waived)" : finding.exception ? " (excepted)" : "";
  const facts: string[] = [];
  if (parts.length <= 1) {
    const [part] = parts;
    facts.push(
      fact("Part", `<span class="path">${partLink(part ?? { path: finding.path })}</span>`),
    );
    if (finding.componentId !== undefined)
      facts.push(fact("Part id", `<code>${e(finding.componentId)}</code>`));
  } else {
    const items = parts
      .slice(0, maxListed)
      .map((part) => `<li class="path">${partLink(part)}</li>`);
    const more =
      parts.length > maxListed ? `<li class="muted">and ${parts.length - maxListed} more</li>` : "";
    facts.push(
      fact(
        "Parts",
        `<details><summary>${parts.length.toLocaleString("en-US")} parts</summary><ul>${items.join("")}${more}</ul></details>`,
      ),
    );
  }
  facts.push(fact("Basis", e(finding.basis)));
  facts.push(fact("Source", sourceHtml(finding.source)));
  if (finding.entity) facts.push(fact("Matched", entityHtml(finding.entity)));
  if (finding.ruleVerdict !== undefined && finding.ruleVerdict !== finding.verdict) {
    facts.push(fact("Rule verdict", badge(finding.ruleVerdict)));
  }
  if (finding.missing?.length) {
    const note = finding.verdict === "indeterminate" ? "" : " (would decide an exception)";
    facts.push(
      fact(
        "Missing data",
        `${finding.missing.map((m) => `<code>${e(m)}</code>`).join(", ")}${note}`,
      ),
    );
  }
  if (finding.exception) {
    const x = finding.exception;
    facts.push(
      fact(
        "Exception",
        `<strong>${e(x.id)}</strong>: ${e(x.message)} (${e(x.basis)}; ${sourceHtml(x.source)})`,
      ),
    );
  }
  if (finding.waiver) {
    const w = finding.waiver;
    facts.push(
      fact(
        "Waiver",
        `<strong>${e(w.id)}</strong>: ${e(w.reason)} (approved by ${e(w.approver)}, expires ${e(w.expires)})`,
      ),
    );
  }
  const policy = finding.policy ? `${finding.policy.id}@${finding.policy.version}` : "";
  return `<article class="finding f-${e(finding.verdict)}" id="${anchor}"><h4>${badge(finding.verdict)}${e(lifted)} <code>${e(finding.ruleId)}</code> <span class="muted">${e(policy)}</span></h4><p>${e(finding.message)}</p><dl class="facts">${facts.join("")}</dl></article>`;
}
