// Single functions, not the whole of semver: browser bundles take only what the engine uses.
import parseVersion from "semver/functions/parse.js";
import { type Issue, type IssuePath, VendorgateError } from "../errors.js";
import { zodIssues } from "../formats/zod-issues.js";
import { safeParse } from "../formats/zod-parse.js";
import {
  type CompileState,
  type ConditionInfo,
  compileCondition,
  rootScope,
} from "../logic/compile-condition.js";
import { ruleShape, scopeShape } from "../logic/view.js";
import type { Entity } from "../model/entity.js";
import { type PolicyDocument, PolicySchema } from "../model/policy.js";
import type { ResolvedSource } from "../model/resolved-source.js";
import { type Citation, citedId, type Source } from "../model/source.js";
import { buildEntityIndex } from "../names/entity-index.js";
import { digestCanonical } from "../util/canonical-json.js";
import { deepFreeze } from "../util/deep-freeze.js";
import { pathTooDeep } from "../util/depth.js";
import { absenceGuardOf } from "./absence-guard.js";
import { entityIssues } from "./check-entity.js";
import { type CompiledPolicy, type CompiledRule, sealPolicy } from "./compiled-policy.js";
import { conditionIssues } from "./condition-issues.js";
import { guardOf } from "./entity-guard.js";
import { refuseForbiddenKeys } from "./forbidden-input-keys.js";
import { fieldMask, partFieldsRead } from "./part-reads.js";

// Entity digests by object: catalogue entities are shared by many policies and hashed once. Only
// deeply frozen entities are hashed, so an entry never describes data that has since changed.
const entityDigests = new WeakMap<Entity, string>();

function entityDigest(entity: Entity): string {
  let digest = entityDigests.get(entity);
  if (digest === undefined) {
    digest = digestCanonical(entity);
    entityDigests.set(entity, digest);
  }
  return digest;
}

/**
 * A policy version's content digest: the document, with each entity it covers replaced by that
 * entity's own digest, so it changes when the document or any entity it names changes.
 */
function contentDigest(document: PolicyDocument, entities: readonly Entity[]): string {
  return digestCanonical({ ...document, entities: entities.map(entityDigest) });
}

/** How deep a policy document may nest (JSON levels); real conditions need a few dozen. */
const maxPolicyDepth = 500;

/** Entities a policy may name by id instead of writing them out. */
export type EntityCatalogue = ReadonlyMap<string, Entity>;

function resolveSource(sources: ReadonlyMap<string, Source>, citation: Citation): ResolvedSource {
  const source = sources.get(citedId(citation)) as Source;
  return typeof citation === "string" || citation.section === undefined
    ? source
    : { ...source, section: citation.section };
}

function checkCitation(
  sources: ReadonlyMap<string, Source>,
  citation: Citation,
  path: IssuePath,
  issues: Issue[],
): void {
  if (!sources.has(citedId(citation))) {
    issues.push({
      code: "unknown_source",
      path,
      message: `Cites source "${citedId(citation)}", which is not in the sources list`,
    });
  }
}

function resolveEntities(
  document: PolicyDocument,
  catalogue: EntityCatalogue,
  issues: Issue[],
): Entity[] {
  const entities: Entity[] = [];
  const seen = new Set<string>();
  document.entities.forEach((item, i) => {
    const entity = typeof item === "string" ? catalogue.get(item) : item;
    if (!entity) {
      issues.push({
        code: "unknown_entity",
        path: ["entities", i],
        message: `Entity "${item as string}" is neither written out here nor in the entity catalogue`,
      });
      return;
    }
    if (seen.has(entity.id)) {
      issues.push({
        code: "duplicate_id",
        path: ["entities", i],
        message: `Entity "${entity.id}" is listed twice`,
      });
      return;
    }
    seen.add(entity.id);
    if (typeof item !== "string") issues.push(...entityIssues(entity, ["entities", i]));
    entities.push(entity);
  });
  return entities;
}

function checkDocument(document: PolicyDocument, issues: Issue[]): Map<string, Source> {
  const parsedVersion = parseVersion(document.version);
  if (
    !parsedVersion ||
    parsedVersion.version !== document.version ||
    parsedVersion.build.length > 0
  ) {
    issues.push({
      code: "invalid_version",
      path: ["version"],
      message: `"${document.version}" is not a semantic version written plainly, such as 1.2.0 (no "v", spaces or build metadata)`,
    });
  }
  if (document.effective.until && document.effective.until < document.effective.from) {
    issues.push({
      code: "invalid_dates",
      path: ["effective", "until"],
      message: "The policy ends before it starts",
    });
  }
  const sources = new Map<string, Source>();
  document.sources.forEach((source, i) => {
    if (sources.has(source.id)) {
      issues.push({
        code: "duplicate_id",
        path: ["sources", i, "id"],
        message: `Source id "${source.id}" is used twice`,
      });
    }
    sources.set(source.id, source);
  });
  const ruleIds = new Set<string>();
  document.rules.forEach((rule, i) => {
    const at = ["rules", i];
    if (ruleIds.has(rule.id)) {
      issues.push({
        code: "duplicate_id",
        path: [...at, "id"],
        message: `Rule id "${rule.id}" is used twice`,
      });
    }
    ruleIds.add(rule.id);
    checkCitation(sources, rule.source, [...at, "source"], issues);
    for (const [j, exception] of (rule.unless ?? []).entries()) {
      checkCitation(sources, exception.source, [...at, "unless", j, "source"], issues);
    }
    const { from, until } = rule.effective ?? {};
    if (from && until && until < from) {
      issues.push({
        code: "invalid_dates",
        path: [...at, "effective", "until"],
        message: "The rule ends before it starts",
      });
    }
    // A rule may start before its version does (carried over from an earlier version); one that
    // starts after the version ends can never apply.
    const policyEnd = document.effective.until;
    if (from && policyEnd && from > policyEnd) {
      issues.push({
        code: "invalid_dates",
        path: [...at, "effective", "from"],
        message: `Rule "${rule.id}" starts ${from}, after the policy ends (${policyEnd}), so it never applies`,
      });
    }
  });
  return sources;
}

/**
 * Validates a policy document and compiles it: schema, semantic checks (versions, dates,
 * citations, entities) and every condition. Throws one `VendorgateError` listing every problem.
 */
export function compilePolicy(
  input: unknown,
  catalogue: EntityCatalogue = new Map(),
): CompiledPolicy {
  const deep = pathTooDeep(input, maxPolicyDepth);
  if (deep) {
    throw new VendorgateError("The policy document is nested too deeply", [
      {
        code: "limit_exceeded",
        path: deep,
        message: `A policy document may nest at most ${maxPolicyDepth} levels (conditions included)`,
      },
    ]);
  }
  refuseForbiddenKeys(input, []);
  const parsed = safeParse(PolicySchema, input);
  if (!parsed.success) {
    // The conditions are checked too, so one run shows every problem an author must fix.
    throw new VendorgateError("The policy document is not valid", [
      ...zodIssues(parsed.error.issues, []),
      ...conditionIssues(input, catalogue.keys()),
    ]);
  }
  return compileDocument(parsed.data, catalogue);
}

/**
 * Compiles a document already known to be what `PolicySchema` returns for it (the package's own
 * policies, checked by its tests): every check but the schema's.
 */
export function compileDocument(
  document: PolicyDocument,
  catalogue: EntityCatalogue = new Map(),
): CompiledPolicy {
  const issues: Issue[] = [];
  const sources = checkDocument(document, issues);
  const entities = resolveEntities(document, catalogue, issues);
  const entityIds = new Set(entities.map((entity) => entity.id));
  const state: CompileState = { entityIds, issues, derived: [], readsComponentNames: false };
  const scopeInfo: ConditionInfo = {
    entities: new Set(),
    pathDependent: false,
    readsAncestors: false,
  };
  const scope = compileCondition(
    document.scope,
    rootScope(scopeShape, scopeInfo, false),
    ["scope"],
    state,
  );
  const rules: CompiledRule[] = document.rules.map((rule, i) => {
    const info: ConditionInfo = {
      entities: new Set(),
      pathDependent: false,
      readsAncestors: false,
    };
    const when = compileCondition(
      rule.when,
      rootScope(ruleShape, info, true),
      ["rules", i, "when"],
      state,
    );
    const unless = (rule.unless ?? []).map((exception, j) => ({
      id: exception.id,
      message: exception.message,
      basis: exception.basis,
      source: sources.has(citedId(exception.source))
        ? resolveSource(sources, exception.source)
        : (undefined as never),
      when: compileCondition(
        exception.when,
        rootScope(ruleShape, info, true),
        ["rules", i, "unless", j, "when"],
        state,
      ),
    }));
    const guard = guardOf(rule.when, entityIds);
    const found = guard ? undefined : absenceGuardOf(rule.when);
    const read = guard
      ? undefined
      : partFieldsRead([rule.when, ...(rule.unless ?? []).map((exception) => exception.when)]);
    const bare = read && fieldMask(read);
    const absence = found && {
      fields: fieldMask(found.fields),
      // Compiled again on their own: what they read was checked with the whole condition.
      given: found.given.map((part) =>
        compileCondition(
          part,
          rootScope(
            ruleShape,
            { entities: new Set(), pathDependent: false, readsAncestors: false },
            true,
          ),
          ["rules", i, "when"],
          { ...state, issues: [], derived: [] },
        ),
      ),
    };
    // Every key always present, `undefined` when it does not apply: one shape for every rule,
    // so the walk's reads of them stay monomorphic whatever policies an evaluation mixes.
    return {
      id: rule.id,
      verdict: rule.verdict,
      reach: rule.reach ?? "tree",
      from: rule.effective?.from || undefined,
      until: rule.effective?.until || undefined,
      message: rule.message,
      source: sources.has(citedId(rule.source))
        ? resolveSource(sources, rule.source)
        : (undefined as never),
      basis: rule.basis,
      when,
      unless,
      info,
      guard,
      absence,
      bare,
    };
  });
  if (issues.length > 0) {
    throw new VendorgateError(`Policy "${document.id}@${document.version}" has problems`, issues);
  }
  // Frozen before hashing: the digest and the compiled rules then describe the same data, and
  // the entity digests cached by object can never go stale.
  for (const entity of entities) deepFreeze(entity);
  const resolved = deepFreeze({ ...document, entities });
  return sealPolicy(
    {
      document: resolved,
      id: document.id,
      version: document.version,
      digest: contentDigest(document, entities),
    },
    {
      scope,
      rules,
      derived: state.derived,
      index: buildEntityIndex(entities),
      pathDependent: rules.some((rule) => rule.info.pathDependent),
      readsAncestors: rules.some((rule) => rule.info.readsAncestors),
      readsComponentNames: state.readsComponentNames,
    },
  );
}
