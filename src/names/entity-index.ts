import { firstDay, type IsoDate, lastDay } from "../model/date.js";
import type { Entity, EntityIdentifier, Name } from "../model/entity.js";
import type { MatchVia } from "../model/report.js";
import { stripCjkLegalForms, stripLegalForms } from "./corporate-suffixes.js";
import { createNameCache, type NameCache } from "./name-cache.js";
import { normalizeName } from "./normalize.js";

/** What a pattern in the index stands for. */
export interface MatchTarget {
  entityId: string;
  /** The entity's name, alias or identifier as the policy writes it. */
  alias: string;
  via: MatchVia;
  /** For affiliates: whose name it is, and the days the affiliation covers. */
  affiliate?: { name: string; from?: IsoDate; until?: IsoDate };
}

interface TokenPattern {
  tokens: readonly string[];
  exact: boolean;
  target: MatchTarget;
}

interface CjkPattern {
  text: string;
  target: MatchTarget;
}

/** The covered names and identifiers of a set of entities, indexed for lookups, not scans. */
export interface EntityIndex {
  readonly byToken: ReadonlyMap<string, readonly TokenPattern[]>;
  readonly byCjk: ReadonlyMap<string, readonly CjkPattern[]>;
  readonly byIdentifier: ReadonlyMap<string, readonly MatchTarget[]>;
  /** Name → targets it matches, regardless of date. Bounded; only ever holds derived data. */
  readonly nameCache: NameCache<readonly MatchTarget[]>;
}

// Names per cache generation (two generations at most).
const nameCacheLimit = 100_000;

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The grantee code of an FCC ID: the first 5 characters if it starts with a digit, else 3. */
export function fccGranteeCode(fccId: string): string {
  const compact = fccId.toUpperCase().replace(/[^A-Z0-9]/g, "");
  return compact.slice(0, /^[0-9]/.test(compact) ? 5 : 3);
}

function identifierKey(scheme: string, value: string): string {
  return `${scheme}:${value.toUpperCase().replace(/[\s-]/g, "")}`;
}

/** The index key of a component identifier, or undefined for schemes the index does not read. */
export function componentIdentifierKey(scheme: string, value: string): string | undefined {
  switch (scheme.toLowerCase()) {
    case "fccid":
    case "fcc-id":
    case "fcc":
      return identifierKey("fcc-grantee", fccGranteeCode(value));
    case "fcc-grantee":
    case "fccgrantee":
      return identifierKey("fcc-grantee", value);
    case "lei":
    case "uscc":
    case "duns":
    case "cage":
      return identifierKey(scheme.toLowerCase(), value);
    default:
      return undefined;
  }
}

function addName(
  byToken: Map<string, TokenPattern[]>,
  byCjk: Map<string, CjkPattern[]>,
  text: string,
  exact: boolean,
  target: MatchTarget,
): void {
  const normalized = normalizeName(text);
  const tokens = stripLegalForms(normalized.tokens);
  if (tokens.length > 0) push(byToken, tokens[0] as string, { tokens, exact, target });
  for (const run of normalized.cjk) {
    const core = stripCjkLegalForms(run);
    push(byCjk, core[0] as string, { text: core, target });
  }
}

function addIdentifier(
  byIdentifier: Map<string, MatchTarget[]>,
  identifier: EntityIdentifier,
  base: Omit<MatchTarget, "alias" | "via">,
): void {
  push(byIdentifier, identifierKey(identifier.scheme, identifier.value), {
    ...base,
    alias: `${identifier.scheme}:${identifier.value}`,
    via: "identifier",
  });
}

/** Indexes the names, aliases, affiliates and identifiers of entities. */
export function buildEntityIndex(entities: readonly Entity[]): EntityIndex {
  const byToken = new Map<string, TokenPattern[]>();
  const byCjk = new Map<string, CjkPattern[]>();
  const byIdentifier = new Map<string, MatchTarget[]>();
  for (const entity of entities) {
    const add = (name: Name, via: MatchVia, affiliate?: MatchTarget["affiliate"]) =>
      addName(byToken, byCjk, name.text, name.match === "exact", {
        entityId: entity.id,
        alias: name.text,
        via,
        ...(affiliate ? { affiliate } : {}),
      });
    for (const name of entity.names) add(name, "name");
    for (const alias of entity.aliases ?? []) add(alias, "alias");
    for (const identifier of entity.identifiers ?? []) {
      addIdentifier(byIdentifier, identifier, { entityId: entity.id });
    }
    for (const affiliate of entity.affiliates ?? []) {
      const period: NonNullable<MatchTarget["affiliate"]> = {
        name: affiliate.name,
        ...(affiliate.from ? { from: firstDay(affiliate.from) } : {}),
        ...(affiliate.until ? { until: lastDay(affiliate.until) } : {}),
      };
      add(
        {
          text: affiliate.name,
          source: affiliate.source,
          ...(affiliate.match ? { match: affiliate.match } : {}),
        },
        "affiliate",
        period,
      );
      for (const alias of affiliate.aliases ?? []) add(alias, "affiliate", period);
      for (const identifier of affiliate.identifiers ?? []) {
        addIdentifier(byIdentifier, identifier, { entityId: entity.id, affiliate: period });
      }
    }
  }
  return { byToken, byCjk, byIdentifier, nameCache: createNameCache(nameCacheLimit) };
}

function sameTokens(name: readonly string[], at: number, pattern: readonly string[]): boolean {
  if (at + pattern.length > name.length) return false;
  for (let i = 0; i < pattern.length; i++) if (name[at + i] !== pattern[i]) return false;
  return true;
}

function scanName(index: EntityIndex, text: string): MatchTarget[] {
  const { tokens, cjk } = normalizeName(text);
  const found: MatchTarget[] = [];
  let core: string[] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const patterns = index.byToken.get(tokens[i] as string);
    if (!patterns) continue;
    for (const pattern of patterns) {
      if (pattern.exact) {
        core ??= stripLegalForms(tokens);
        if (
          i === 0 &&
          core.length === pattern.tokens.length &&
          sameTokens(core, 0, pattern.tokens)
        ) {
          found.push(pattern.target);
        }
      } else if (sameTokens(tokens, i, pattern.tokens)) {
        found.push(pattern.target);
      }
    }
  }
  for (const run of cjk) {
    for (let i = 0; i < run.length; i++) {
      const patterns = index.byCjk.get(run[i] as string);
      if (!patterns) continue;
      for (const pattern of patterns) {
        if (run.startsWith(pattern.text, i)) found.push(pattern.target);
      }
    }
  }
  return dedupe(found);
}

function dedupe(targets: MatchTarget[]): MatchTarget[] {
  if (targets.length < 2) return targets;
  return [...new Set(targets)];
}

/** Every target a name matches, whatever the date. Memoised per index. */
export function matchName(index: EntityIndex, text: string): readonly MatchTarget[] {
  const cached = index.nameCache.get(text);
  if (cached) return cached;
  const found = scanName(index, text);
  index.nameCache.set(text, found);
  return found;
}

/** Every target a component identifier matches, whatever the date. */
export function matchIdentifier(
  index: EntityIndex,
  scheme: string,
  value: string,
): readonly MatchTarget[] {
  const key = componentIdentifierKey(scheme, value);
  return (key && index.byIdentifier.get(key)) || [];
}

/** Whether a target counts on a date: affiliates only while the affiliation lasts. */
export function inForceOn(target: MatchTarget, asOf: IsoDate): boolean {
  const period = target.affiliate;
  if (!period) return true;
  if (period.from !== undefined && asOf < period.from) return false;
  if (period.until !== undefined && asOf > period.until) return false;
  return true;
}

function mergeLists<K, V>(maps: readonly ReadonlyMap<K, readonly V[]>[]): Map<K, V[]> {
  const merged = new Map<K, V[]>();
  for (const map of maps)
    for (const [key, list] of map) for (const item of list) push(merged, key, item);
  return merged;
}

/** One index over several, keeping each one's targets (so hits can be told apart by owner). */
export function mergeEntityIndexes(indexes: readonly EntityIndex[]): EntityIndex {
  return {
    byToken: mergeLists(indexes.map((index) => index.byToken)),
    byCjk: mergeLists(indexes.map((index) => index.byCjk)),
    byIdentifier: mergeLists(indexes.map((index) => index.byIdentifier)),
    nameCache: createNameCache(nameCacheLimit),
  };
}

/** Every target an index holds. */
export function targetsOf(index: EntityIndex): Set<MatchTarget> {
  const targets = new Set<MatchTarget>();
  for (const list of index.byToken.values())
    for (const pattern of list) targets.add(pattern.target);
  for (const list of index.byCjk.values()) for (const pattern of list) targets.add(pattern.target);
  for (const list of index.byIdentifier.values()) for (const target of list) targets.add(target);
  return targets;
}
