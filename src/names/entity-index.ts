import { firstDay, type IsoDate, lastDay } from "../model/date.js";
import type { Entity, EntityIdentifier, Name } from "../model/entity.js";
import type { Disguise, MatchVia } from "../model/report.js";
import { mergeLists, push } from "../util/multimap.js";
import { stripCjkLegalForms, stripLegalForms } from "./corporate-suffixes.js";
import { entityIdentifierKey, readIdentifier } from "./identifier-keys.js";
import {
  buildLookalikeIndex,
  findLookalikes,
  findNearMisses,
  type LookalikeIndex,
  seeText,
} from "./lookalike-index.js";
import type { MatchTarget, NameMatch } from "./match.js";
import { createNameCache, type NameCache } from "./name-cache.js";
import { normalizeName } from "./normalize.js";
import { visibleText } from "./skeleton.js";

interface TokenPattern {
  tokens: readonly string[];
  exact: boolean;
  target: MatchTarget;
}

interface CjkPattern {
  text: string;
  target: MatchTarget;
}

export type { MatchTarget, NameMatch } from "./match.js";

/** The covered names and identifiers of a set of entities, indexed for lookups, not scans. */
export interface EntityIndex {
  readonly byToken: ReadonlyMap<string, readonly TokenPattern[]>;
  readonly byCjk: ReadonlyMap<string, readonly CjkPattern[]>;
  readonly byIdentifier: ReadonlyMap<string, readonly MatchTarget[]>;
  /** The covered names' words, for the look-alike index. */
  readonly keyed: readonly KeyedName[];
  /** Covered names by look-alike key, and in a trie for near misses: built when first needed. */
  lookalike: LookalikeIndex | undefined;
  /** Text → what it matches, regardless of date. Bounded; only ever holds derived data. */
  readonly nameCache: NameCache<readonly NameMatch[]>;
  /** Scheme and identifier → what it matches. Bounded like `nameCache`. */
  readonly identifierCache: NameCache<readonly NameMatch[]>;
}

// Names per cache generation (two generations at most).
const nameCacheLimit = 100_000;

/** A covered name's words, for the look-alike index. */
export interface KeyedName {
  words: readonly string[];
  exact: boolean;
  nearMiss: boolean;
  target: MatchTarget;
}

function addName(
  byToken: Map<string, TokenPattern[]>,
  byCjk: Map<string, CjkPattern[]>,
  keyed: KeyedName[],
  text: string,
  exact: boolean,
  nearMiss: boolean,
  target: MatchTarget,
): void {
  const normalized = normalizeName(text);
  const tokens = stripLegalForms(normalized.tokens);
  if (tokens.length > 0) {
    push(byToken, tokens[0] as string, { tokens, exact, target });
    keyed.push({ words: tokens, exact, nearMiss, target });
  }
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
  push(byIdentifier, entityIdentifierKey(identifier.scheme, identifier.value), {
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
  const keyed: KeyedName[] = [];
  for (const entity of entities) {
    const add = (
      name: Name,
      via: MatchVia,
      affiliate?: MatchTarget["affiliate"],
      nearMiss = entity.nearMiss !== false,
    ) =>
      addName(
        byToken,
        byCjk,
        keyed,
        name.text,
        name.match === "exact",
        nearMiss && name.nearMiss !== false,
        {
          entityId: entity.id,
          alias: name.text,
          via,
          ...(affiliate ? { affiliate } : {}),
        },
      );
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
      const nearMiss = entity.nearMiss !== false && affiliate.nearMiss !== false;
      add(
        {
          text: affiliate.name,
          source: affiliate.source,
          ...(affiliate.match ? { match: affiliate.match } : {}),
        },
        "affiliate",
        period,
        nearMiss,
      );
      for (const alias of affiliate.aliases ?? []) add(alias, "affiliate", period, nearMiss);
      for (const identifier of affiliate.identifiers ?? []) {
        addIdentifier(byIdentifier, identifier, { entityId: entity.id, affiliate: period });
      }
    }
  }
  return {
    byToken,
    byCjk,
    byIdentifier,
    keyed,
    lookalike: undefined,
    nameCache: createNameCache(nameCacheLimit),
    identifierCache: createNameCache(nameCacheLimit),
  };
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

/** Every target a name matches as written (after normalisation), whatever the date. */
export function matchName(index: EntityIndex, text: string): readonly MatchTarget[] {
  return scanName(index, text);
}

function remember(
  cache: NameCache<readonly NameMatch[]>,
  key: string,
  found: readonly NameMatch[],
): readonly NameMatch[] {
  cache.set(key, found);
  return found;
}

/** One match per target: the first found (plain before disguised), the most alike near miss. */
function bestPerTarget(matches: readonly NameMatch[]): NameMatch[] {
  const best = new Map<MatchTarget, NameMatch>();
  for (const match of matches) {
    const seen = best.get(match.target);
    if (!seen || (match.similarity ?? 0) > (seen.similarity ?? 0)) best.set(match.target, match);
  }
  return [...best.values()];
}

function lookalikeOf(index: EntityIndex): LookalikeIndex {
  index.lookalike ??= buildLookalikeIndex(index.keyed);
  return index.lookalike;
}

function disguisedScan(index: EntityIndex, text: string): readonly NameMatch[] {
  const seen = seeText(text);
  if (seen.removed.length > 0 || seen.reordered) {
    const kinds: Disguise["kinds"] = seen.removed.length > 0 ? ["invisible"] : [];
    if (seen.reordered) kinds.push("reordered");
    const disguise: Disguise = {
      kinds,
      ...(seen.removed.length > 0 ? { removed: [...seen.removed] } : {}),
    };
    const plain = scanName(index, visibleText(text));
    if (plain.length > 0) return plain.map((target) => ({ target, via: "look-alike", disguise }));
  }
  const lookalike = lookalikeOf(index);
  const lookalikes = findLookalikes(lookalike, seen);
  if (lookalikes.length > 0) return bestPerTarget(lookalikes);
  const nearMisses = findNearMisses(lookalike, seen);
  if (nearMisses.length === 0) return noMatches;
  return bestPerTarget(nearMisses).map((match) => ({ ...match, reviewOnly: true }));
}

// What the many names that match nothing share (frozen: cached and handed out again).
const noMatches: readonly NameMatch[] = Object.freeze([]);

/**
 * Every target a name points to, whatever the date: as written (`via` the target's own), else
 * disguised (`look-alike`: confusable letters, invisibles, reordering, spacing, run-together
 * words), else one edit away (`near-miss`, review only). Memoised per index.
 */
export function sightName(index: EntityIndex, text: string): readonly NameMatch[] {
  // The lookup alone, small enough to inline where names are read; the work in `lookUpName`.
  return index.nameCache.get(text) ?? lookUpName(index, text);
}

function lookUpName(index: EntityIndex, text: string): readonly NameMatch[] {
  const plain = scanName(index, text);
  const found =
    plain.length > 0
      ? plain.map((target): NameMatch => ({ target, via: target.via }))
      : disguisedScan(index, text);
  return remember(index.nameCache, text, found);
}

/**
 * Every target a component's or party's identifier points to, whatever the date: by its keys
 * (`via: identifier`), else by the names it holds (an npm scope, a repository owner, a CPE
 * vendor). Memoised per index.
 */
export function sightIdentifier(
  index: EntityIndex,
  scheme: string,
  value: string,
): readonly NameMatch[] {
  const cacheKey = `${scheme}\u0000${value}`;
  const cached = index.identifierCache.get(cacheKey);
  if (cached) return cached;
  const reading = readIdentifier(scheme, value);
  const found: NameMatch[] = [];
  for (const key of reading.keys) {
    for (const target of index.byIdentifier.get(key) ?? []) {
      found.push({ target, via: "identifier", scheme: reading.scheme });
    }
  }
  if (found.length === 0) for (const name of reading.names) found.push(...sightName(index, name));
  return remember(index.identifierCache, cacheKey, found.length < 2 ? found : bestPerTarget(found));
}

/** Every target a component identifier matches by its keys, whatever the date. */
export function matchIdentifier(
  index: EntityIndex,
  scheme: string,
  value: string,
): readonly MatchTarget[] {
  const targets: MatchTarget[] = [];
  for (const key of readIdentifier(scheme, value).keys)
    targets.push(...(index.byIdentifier.get(key) ?? []));
  return targets;
}

/** Whether a target counts on a date: affiliates only while the affiliation lasts. */
export function inForceOn(target: MatchTarget, asOf: IsoDate): boolean {
  const period = target.affiliate;
  if (!period) return true;
  if (period.from !== undefined && asOf < period.from) return false;
  if (period.until !== undefined && asOf > period.until) return false;
  return true;
}

/** One index over several, keeping each one's targets (so hits can be told apart by owner). */
export function mergeEntityIndexes(indexes: readonly EntityIndex[]): EntityIndex {
  return {
    byToken: mergeLists(indexes.map((index) => index.byToken)),
    byCjk: mergeLists(indexes.map((index) => index.byCjk)),
    byIdentifier: mergeLists(indexes.map((index) => index.byIdentifier)),
    keyed: indexes.flatMap((index) => index.keyed),
    lookalike: undefined,
    nameCache: createNameCache(nameCacheLimit),
    identifierCache: createNameCache(nameCacheLimit),
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
