import type { Issue, IssuePath } from "../errors.js";
import type { Entity } from "../model/entity.js";
import { type Citation, citedId } from "../model/source.js";

/** Problems with an entity beyond its schema: citations of sources it does not list, inverted dates. */
export function entityIssues(entity: Entity, path: IssuePath): Issue[] {
  const issues: Issue[] = [];
  const sources = new Set(entity.sources.map((source) => source.id));
  const cite = (citation: Citation, at: IssuePath) => {
    if (!sources.has(citedId(citation))) {
      issues.push({
        code: "unknown_source",
        path: at,
        message: `Cites source "${citedId(citation)}", which is not in the entity's sources`,
      });
    }
  };
  const citeAll = (items: readonly { source: Citation }[] | undefined, at: IssuePath) => {
    for (const [i, item] of (items ?? []).entries()) cite(item.source, [...at, i, "source"]);
  };
  citeAll(entity.names, [...path, "names"]);
  citeAll(entity.aliases, [...path, "aliases"]);
  citeAll(entity.identifiers, [...path, "identifiers"]);
  for (const [i, affiliate] of (entity.affiliates ?? []).entries()) {
    const at = [...path, "affiliates", i];
    cite(affiliate.source, [...at, "source"]);
    citeAll(affiliate.aliases, [...at, "aliases"]);
    citeAll(affiliate.identifiers, [...at, "identifiers"]);
    if (affiliate.from && affiliate.until && affiliate.until < affiliate.from) {
      issues.push({
        code: "invalid_dates",
        path: [...at, "until"],
        message: "The affiliation ends before it starts",
      });
    }
  }
  return issues;
}
