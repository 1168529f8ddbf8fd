import { type CompiledPolicy, type CompiledRule, internalsOf } from "../engine/compiled-policy.js";
import type { Affiliate, Entity } from "../model/entity.js";
import { compareVerdicts } from "../model/verdict.js";
import { canonicalJson } from "../util/canonical-json.js";
import { type Bump, isSmaller, maxBump, statedBump } from "./bump.js";

/** One difference between two policy versions, with the version bump it needs. */
export interface PolicyChange {
  /** What changed, such as `alias-added` or `rule-verdict-lowered`. */
  kind: string;
  bump: Bump;
  /** What it concerns: an entity id, `rule <id>`, `scope`, ... */
  subject: string;
  detail: string;
}

/** What changed between two versions of a policy, and whether the new number tells the truth. */
export interface PolicyDiff {
  id: string;
  from: { version: string; digest: string };
  to: { version: string; digest: string };
  changes: PolicyChange[];
  /** The smallest bump that covers every change. */
  requiredBump: Bump;
  /** The bump the version numbers state; `undefined` when the new number is not greater. */
  statedBump: Bump | undefined;
  /** Whether the stated bump is smaller than the required one (or the number did not grow). */
  understated: boolean;
}

const same = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b);

function diffTexts(
  out: PolicyChange[],
  subject: string,
  what: string,
  before: readonly string[],
  after: readonly string[],
): void {
  const a = new Set(before);
  const b = new Set(after);
  for (const text of b)
    if (!a.has(text))
      out.push({ kind: `${what}-added`, bump: "minor", subject, detail: `adds ${what} "${text}"` });
  for (const text of a)
    if (!b.has(text))
      out.push({
        kind: `${what}-removed`,
        bump: "major",
        subject,
        detail: `removes ${what} "${text}"`,
      });
}

function period(affiliate: Affiliate): [string, string] {
  return [affiliate.from ?? "0000", affiliate.until ?? "9999"];
}

function diffEntity(out: PolicyChange[], a: Entity, b: Entity): void {
  const subject = a.id;
  diffTexts(
    out,
    subject,
    "name",
    a.names.map((n) => n.text),
    b.names.map((n) => n.text),
  );
  diffTexts(
    out,
    subject,
    "alias",
    (a.aliases ?? []).map((n) => n.text),
    (b.aliases ?? []).map((n) => n.text),
  );
  const ids = (e: Entity) => (e.identifiers ?? []).map((i) => `${i.scheme}:${i.value}`);
  diffTexts(out, subject, "identifier", ids(a), ids(b));
  const before = new Map((a.affiliates ?? []).map((x) => [x.name, x]));
  const after = new Map((b.affiliates ?? []).map((x) => [x.name, x]));
  diffTexts(out, subject, "affiliate", [...before.keys()], [...after.keys()]);
  for (const [name, old] of before) {
    const next = after.get(name);
    if (!next) continue;
    const [oldFrom, oldUntil] = period(old);
    const [newFrom, newUntil] = period(next);
    if (oldFrom !== newFrom || oldUntil !== newUntil) {
      const shorter = newFrom > oldFrom || newUntil < oldUntil;
      out.push({
        kind: shorter ? "affiliate-period-shortened" : "affiliate-period-extended",
        bump: shorter ? "major" : "minor",
        subject,
        detail: `affiliate "${name}" from ${old.from ?? "-"}..${old.until ?? "-"} to ${next.from ?? "-"}..${next.until ?? "-"}`,
      });
    }
    diffTexts(
      out,
      subject,
      "affiliate-alias",
      (old.aliases ?? []).map((n) => n.text),
      (next.aliases ?? []).map((n) => n.text),
    );
  }
  const textOnly = (e: Entity) => ({
    ...e,
    names: [],
    aliases: [],
    identifiers: [],
    affiliates: [],
  });
  if (!same(textOnly(a), textOnly(b)) || (out.length === 0 && !same(a, b))) {
    out.push({
      kind: "entity-text-changed",
      bump: "patch",
      subject,
      detail: "changes notes, sources or citations",
    });
  }
}

function ruleDocument(policy: CompiledPolicy, id: string) {
  return policy.document.rules.find((rule) => rule.id === id);
}

function diffRule(
  out: PolicyChange[],
  a: CompiledPolicy,
  b: CompiledPolicy,
  ruleA: CompiledRule,
  ruleB: CompiledRule,
): void {
  const subject = `rule ${ruleA.id}`;
  const docA = ruleDocument(a, ruleA.id);
  const docB = ruleDocument(b, ruleB.id);
  const order = compareVerdicts(ruleB.verdict, ruleA.verdict);
  if (order !== 0) {
    out.push({
      kind: order > 0 ? "rule-verdict-raised" : "rule-verdict-lowered",
      bump: order > 0 ? "minor" : "major",
      subject,
      detail: `verdict ${ruleA.verdict} → ${ruleB.verdict}`,
    });
  }
  if (!same(docA?.when, docB?.when)) {
    out.push({
      kind: "rule-condition-changed",
      bump: "major",
      subject,
      detail: "changes the condition (it may cover less: treated as major)",
    });
  }
  if (ruleA.reach !== ruleB.reach) {
    const narrower = ruleB.reach === "root";
    out.push({
      kind: "rule-reach-changed",
      bump: narrower ? "major" : "minor",
      subject,
      detail: `reach ${ruleA.reach} → ${ruleB.reach}`,
    });
  }
  const fromA = ruleA.from ?? "0000";
  const fromB = ruleB.from ?? "0000";
  const untilA = ruleA.until ?? "9999";
  const untilB = ruleB.until ?? "9999";
  if (fromA !== fromB || untilA !== untilB) {
    const later = fromB > fromA || untilB < untilA;
    out.push({
      kind: later ? "rule-dates-narrowed" : "rule-dates-widened",
      bump: later ? "major" : "minor",
      subject,
      detail: `in force ${ruleA.from ?? "-"}..${ruleA.until ?? "-"} → ${ruleB.from ?? "-"}..${ruleB.until ?? "-"}`,
    });
  }
  const exceptionsA = new Map((docA?.unless ?? []).map((e) => [e.id, e]));
  const exceptionsB = new Map((docB?.unless ?? []).map((e) => [e.id, e]));
  for (const [id, exception] of exceptionsB) {
    const old = exceptionsA.get(id);
    if (!old)
      out.push({
        kind: "exception-added",
        bump: "major",
        subject,
        detail: `adds exception "${id}" (lifts findings)`,
      });
    else if (!same(old.when, exception.when)) {
      out.push({
        kind: "exception-changed",
        bump: "major",
        subject,
        detail: `changes the condition of exception "${id}"`,
      });
    }
  }
  for (const id of exceptionsA.keys()) {
    if (!exceptionsB.has(id))
      out.push({
        kind: "exception-removed",
        bump: "minor",
        subject,
        detail: `removes exception "${id}"`,
      });
  }
  if (order === 0 && !same(docA, docB) && !out.some((change) => change.subject === subject)) {
    out.push({
      kind: "rule-text-changed",
      bump: "patch",
      subject,
      detail: "changes the message, source, basis or note",
    });
  }
}

/**
 * Compares two versions of one policy: entities and their names, aliases, identifiers and
 * affiliates; rules, their verdicts, conditions, exceptions and dates; scope and effective dates.
 * Each change carries the bump it needs: `major` removes or loosens, `minor` only adds
 * restrictions, `patch` changes no condition (text, sources, notes).
 */
export function diffPolicies(a: CompiledPolicy, b: CompiledPolicy): PolicyDiff {
  const changes: PolicyChange[] = [];
  if (a.id !== b.id)
    changes.push({ kind: "id-changed", bump: "major", subject: "id", detail: `${a.id} → ${b.id}` });
  const docA = a.document;
  const docB = b.document;
  if (docA.jurisdiction !== docB.jurisdiction) {
    changes.push({
      kind: "jurisdiction-changed",
      bump: "major",
      subject: "jurisdiction",
      detail: `${docA.jurisdiction} → ${docB.jurisdiction}`,
    });
  }
  if (!same(docA.scope, docB.scope)) {
    changes.push({
      kind: "scope-changed",
      bump: "major",
      subject: "scope",
      detail: "changes who is bound (see the impact on contexts)",
    });
  }
  if (docA.effective.from !== docB.effective.from) {
    changes.push({
      kind: "effective-from-changed",
      bump: "none",
      subject: "effective",
      detail: `takes effect ${docB.effective.from} (was ${docA.effective.from})`,
    });
  }
  if ((docA.effective.until ?? "9999") !== (docB.effective.until ?? "9999")) {
    const earlier = (docB.effective.until ?? "9999") < (docA.effective.until ?? "9999");
    changes.push({
      kind: earlier ? "effective-until-earlier" : "effective-until-later",
      bump: earlier ? "major" : "minor",
      subject: "effective",
      detail: `in force until ${docB.effective.until ?? "further notice"} (was ${docA.effective.until ?? "further notice"})`,
    });
  }
  const entitiesA = new Map(docA.entities.map((e) => [e.id, e]));
  const entitiesB = new Map(docB.entities.map((e) => [e.id, e]));
  for (const [id, entity] of entitiesB) {
    const old = entitiesA.get(id);
    if (!old)
      changes.push({
        kind: "entity-added",
        bump: "minor",
        subject: id,
        detail: `covers ${entity.name}`,
      });
    else diffEntity(changes, old, entity);
  }
  for (const [id, entity] of entitiesA) {
    if (!entitiesB.has(id))
      changes.push({
        kind: "entity-removed",
        bump: "major",
        subject: id,
        detail: `no longer covers ${entity.name}`,
      });
  }
  const rulesA = new Map(internalsOf(a).rules.map((r) => [r.id, r]));
  const rulesB = new Map(internalsOf(b).rules.map((r) => [r.id, r]));
  for (const [id, rule] of rulesB) {
    const old = rulesA.get(id);
    if (!old)
      changes.push({
        kind: "rule-added",
        bump: "minor",
        subject: `rule ${id}`,
        detail: `adds rule (${rule.verdict})`,
      });
    else diffRule(changes, a, b, old, rule);
  }
  for (const [id, rule] of rulesA) {
    if (rulesB.has(id)) continue;
    // A rule that ended before the new version takes effect could never apply under it.
    const expired = rule.until !== undefined && rule.until < docB.effective.from;
    changes.push(
      expired
        ? {
            kind: "rule-removed-expired",
            bump: "patch",
            subject: `rule ${id}`,
            detail: `removes the rule, which ended ${rule.until}`,
          }
        : {
            kind: "rule-removed",
            bump: "major",
            subject: `rule ${id}`,
            detail: "removes the rule",
          },
    );
  }
  const rest = (doc: typeof docA) => ({
    ...doc,
    version: "",
    scope: null,
    effective: null,
    entities: [],
    rules: [],
  });
  if (!same(rest(docA), rest(docB))) {
    changes.push({
      kind: "text-changed",
      bump: "patch",
      subject: "policy",
      detail: "changes the title, summary, notes or sources",
    });
  }
  const requiredBump = changes.reduce<Bump>((bump, change) => maxBump(bump, change.bump), "none");
  const stated = statedBump(a.version, b.version);
  return {
    id: b.id,
    from: { version: a.version, digest: a.digest },
    to: { version: b.version, digest: b.digest },
    changes,
    requiredBump,
    statedBump: stated,
    understated: stated === undefined || isSmaller(stated, requiredBump),
  };
}

/** Changes whose direction cannot be told from the documents alone, only from what they do. */
const judgedOnCorpus = new Set(["scope-changed", "rule-condition-changed", "exception-changed"]);

/**
 * Sharpens a diff with what a corpus showed: a changed scope or condition that, on every
 * product of the corpus, only widened (no verdict went down, no context stopped applying)
 * needs a minor bump, not a major one.
 */
export function refineWithImpact(
  diff: PolicyDiff,
  impact: { loosened: boolean; corpusSize: number },
): PolicyDiff {
  if (impact.corpusSize === 0 || impact.loosened) return diff;
  const changes = diff.changes.map((change) =>
    judgedOnCorpus.has(change.kind)
      ? {
          ...change,
          bump: "minor" as const,
          detail: `${change.detail}; on ${impact.corpusSize} products it only widens`,
        }
      : change,
  );
  const requiredBump = changes.reduce<Bump>((bump, change) => maxBump(bump, change.bump), "none");
  return {
    ...diff,
    changes,
    requiredBump,
    understated: diff.statedBump === undefined || isSmaller(diff.statedBump, requiredBump),
  };
}
