// Helpers for the hostile-input tests: the outcome of a call (a value, or the issues of the
// VendorgateError it threw, or the other error it threw) and a check that no prototype changed.
import { expect } from "vitest";
import { createRegistry, type Issue, VendorgateError } from "../../src/index.js";
import { acme, testPolicy } from "../fixtures/policies.js";

/** What a call did: returned, threw a VendorgateError (with its issues), or threw something else. */
export type Outcome<T> =
  | { kind: "value"; value: T }
  | { kind: "issues"; issues: readonly Issue[] }
  | { kind: "other"; error: unknown };

/** Runs `fn` and says what it did, without letting any throw escape. */
export function outcome<T>(fn: () => T): Outcome<T> {
  try {
    return { kind: "value", value: fn() };
  } catch (error) {
    if (error instanceof VendorgateError) return { kind: "issues", issues: error.issues };
    return { kind: "other", error };
  }
}

/** The issues of a call that must throw a VendorgateError. */
export function issuesOf(fn: () => unknown): readonly Issue[] {
  const result = outcome(fn);
  if (result.kind !== "issues") {
    const detail = result.kind === "other" ? String(result.error) : "it returned";
    throw new Error(`expected a VendorgateError, but ${detail}`);
  }
  expect(result.issues.length).toBeGreaterThan(0);
  return result.issues;
}

const prototypes = [Object.prototype, Array.prototype, Function.prototype, String.prototype];

/** The own property names of the built-in prototypes, to compare before and after. */
export function prototypeNames(): string[][] {
  return prototypes.map((proto) => Object.getOwnPropertyNames(proto).sort());
}

/** Fails if any built-in prototype gained a property, or `{}` shows a polluted one. */
export function expectNoPollution(before: string[][]): void {
  expect(prototypeNames()).toEqual(before);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.getPrototypeOf(Object.prototype)).toBeNull();
}

/** `JSON.parse`, which (unlike an object literal) makes `__proto__` an own key. */
export const json = (text: string): unknown => JSON.parse(text);

/** A registry with the test policy, and options that put a government buyer of XX in its scope. */
export function testSetup() {
  const registry = createRegistry({ entities: [acme], policies: [testPolicy()] });
  return {
    registry,
    options: {
      registry,
      policies: ["test-policy"],
      asOf: "2021-01-01",
      context: { buyer: { sector: "government" as const, jurisdiction: "XX" } },
    },
  };
}
