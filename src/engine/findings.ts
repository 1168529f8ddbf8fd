import type { EntityHit } from "../logic/facts.js";
import type { Finding } from "../model/report.js";
import { compareVerdicts } from "../model/verdict.js";
import type { CompiledException, CompiledPolicy, CompiledRule } from "./compiled-policy.js";
import type { PathRecord } from "./path-stack.js";
import type { ProductGraph } from "./product-graph.js";

/** One rule's outcome on one component, before it becomes a finding. */
export interface RuleOutcome {
  readonly rule: CompiledRule;
  readonly kind: "fired" | "undecided" | "excepted";
  readonly node: number;
  /** The first path that reaches the component with this outcome. */
  readonly path: PathRecord;
  /** The first few such paths, `path` first. */
  readonly samples: readonly PathRecord[];
  /** How many paths reach the component with this outcome. */
  readonly occurrences: number;
  readonly hit?: EntityHit;
  readonly missing: readonly string[];
  readonly exception?: CompiledException;
}

/**
 * The verdict of one rule outcome and what it lacks; `scopeMissing` caps it at indeterminate when
 * scope is undecided. A covered maker whose other facts are unknown is at least `review`: never
 * read as "nothing is known", which is what `indeterminate` says of a part of unknown origin.
 */
export function settleOutcome(
  outcome: Pick<RuleOutcome, "rule" | "kind" | "hit" | "missing">,
  scopeMissing: readonly string[] | undefined,
): { verdict: Finding["verdict"]; missing: readonly string[] } {
  const { rule, hit } = outcome;
  let verdict: Finding["verdict"] =
    outcome.kind === "excepted"
      ? "allowed"
      : outcome.kind === "undecided"
        ? "indeterminate"
        : rule.verdict;
  // A near miss or a person's e-mail domain is a lead to review, not proof.
  if (hit?.reviewOnly && compareVerdicts(verdict, "review") > 0) verdict = "review";
  let missing = outcome.missing;
  if (scopeMissing && verdict !== "allowed") {
    verdict = "indeterminate";
    missing = [...new Set([...scopeMissing, ...missing])];
  }
  if (hit && verdict === "indeterminate" && compareVerdicts(rule.verdict, "review") >= 0)
    verdict = "review";
  return { verdict, missing };
}

/**
 * Turns one rule outcome into a finding, its verdict settled by `settleOutcome`.
 */
export function toFinding(
  policy: CompiledPolicy,
  outcome: RuleOutcome,
  graph: ProductGraph,
  scopeMissing: readonly string[] | undefined,
): Finding {
  const { rule, hit, exception } = outcome;
  const { verdict, missing } = settleOutcome(outcome, scopeMissing);
  const componentId = graph.nodes[outcome.node]?.view.id;
  // The least paths first, whatever order the walk met them in.
  const samples =
    outcome.samples.length > 1
      ? outcome.samples.slice().sort((a, b) => comparePaths(a.path, b.path))
      : outcome.samples;
  const first = samples[0] ?? outcome.path;
  // Copies: a report is the caller's to change, the compiled policy is shared.
  const policyRef = { id: policy.id, version: policy.version };
  const source = { ...rule.source };
  let finding: Record<string, unknown>;
  const { path, omitted, trailAt } = first;
  if (
    hit &&
    outcome.occurrences <= 1 &&
    componentId === undefined &&
    (omitted === undefined) === (trailAt === undefined)
  ) {
    // The usual finding (a covered entity on one path to a part without an id) made whole by one
    // literal, in report order: V8 keeps it in one piece, allocated where findings stay once it
    // sees them outlive collections, where one built field by field grows a second store.
    const entity = entityOf(hit);
    const { id: ruleId, verdict: ruleVerdict, basis, message } = rule;
    const p = policyRef;
    const pathOmitted = omitted;
    finding =
      trailAt === undefined
        ? { policy: p, ruleId, verdict, ruleVerdict, path, entity, source, basis, message }
        : // biome-ignore format: one finding on as few lines as it takes
          { policy: p, ruleId, verdict, ruleVerdict, path, pathOmitted, trailAt, entity, source,
            basis, message };
  } else {
    // Built field by field in report order (the order JSON gives them), without a spread each.
    finding = { policy: policyRef, ruleId: rule.id, verdict, ruleVerdict: rule.verdict };
    // A record's names were made for this outcome alone: given out once, they need no copy.
    finding.path = outcome.occurrences > 1 ? first.path.slice() : first.path;
    if (first.omitted !== undefined) finding.pathOmitted = first.omitted;
    if (first.trailAt !== undefined) finding.trailAt = first.trailAt;
    if (outcome.occurrences > 1) {
      finding.occurrences = outcome.occurrences;
      finding.paths = samples.map((sample) => sample.path);
    }
    if (componentId !== undefined) finding.componentId = componentId;
    if (hit) finding.entity = entityOf(hit);
    finding.source = source;
    finding.basis = rule.basis;
    finding.message = rule.message;
  }
  if (missing.length > 0) finding.missing = [...missing];
  if (exception) {
    finding.exception = {
      id: exception.id,
      message: exception.message,
      source: { ...exception.source },
      basis: exception.basis,
    };
  }
  return finding as Finding;
}

function entityOf(hit: EntityHit): NonNullable<Finding["entity"]> {
  const entity: NonNullable<Finding["entity"]> = {
    id: hit.entityId,
    matched: hit.matched,
    via: hit.via,
    alias: hit.alias,
    field: hit.field,
  };
  if (hit.affiliate !== undefined) entity.affiliate = hit.affiliate;
  if (hit.origin !== undefined) entity.origin = hit.origin;
  if (hit.scheme !== undefined) entity.scheme = hit.scheme;
  if (hit.disguise !== undefined) entity.disguise = hit.disguise;
  if (hit.similarity !== undefined) entity.similarity = hit.similarity;
  if (hit.reviewOnly) entity.reviewOnly = true;
  return entity;
}

/** Paths in report order: name by name, a path before the longer paths it begins. */
export function comparePaths(a: readonly string[], b: readonly string[]): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a[i] as string;
    const y = b[i] as string;
    if (x !== y) return x < y ? -1 : 1;
  }
  return a.length - b.length;
}

/** Texts in report order, an absent one first. */
export function compareText(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return -1;
  if (b === undefined) return 1;
  return a < b ? -1 : 1;
}

/** The order of findings in reports: by policy, path, rule, entity and field. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    compareText(a.policy.id, b.policy.id) ||
    comparePaths(a.path, b.path) ||
    compareText(a.ruleId, b.ruleId) ||
    compareText(a.entity?.id, b.entity?.id) ||
    compareText(a.entity?.field, b.entity?.field) ||
    compareText(a.componentId, b.componentId)
  );
}
