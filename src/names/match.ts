import type { IsoDate } from "../model/date.js";
import type { Disguise, MatchVia } from "../model/report.js";

/** What a pattern in the index stands for. */
export interface MatchTarget {
  entityId: string;
  /** The entity's name, alias or identifier as the policy writes it. */
  alias: string;
  via: MatchVia;
  /** For affiliates: whose name it is, and the days the affiliation covers. */
  affiliate?: { name: string; from?: IsoDate; until?: IsoDate };
}

/** A target found in a text, and how: plainly (the target's own `via`), disguised or nearly. */
export interface NameMatch {
  readonly target: MatchTarget;
  readonly via: MatchVia;
  /** For identifiers: the scheme whose key matched (`fcc-grantee`, `purl-namespace`, ...). */
  readonly scheme?: string;
  readonly disguise?: Disguise;
  /** For near misses: 1 - edits / length. */
  readonly similarity?: number;
  /** The evidence supports at most a `review` (near misses; a person's e-mail domain). */
  readonly reviewOnly?: boolean;
}
