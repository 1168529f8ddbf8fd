// The core bundles (each module system's entries and the chunks they share, json-logic-js inside) must run under a strict
// Content-Security-Policy and outside Node: no eval, no Function constructor, no Node builtins.
// Node's hash is reached at run time through process.getBuiltinModule, which is not an import.
// Reads dist/, so run `npm run build` first.
import { readdirSync, readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { describe, expect, it } from "vitest";

const dist = new URL("../../dist/", import.meta.url);
/** The library's ESM and CJS code, each as one text: entries and shared chunks (not the CLI). */
const bundles = ["js", "cjs"] as const;
const read = (extension: string) =>
  readdirSync(dist)
    .filter((file) => file.endsWith(`.${extension}`) && file !== "cli.js")
    .map((file) => readFileSync(new URL(file, dist), "utf8"))
    .join("\n");

/** Every module a bundle loads: static and side-effect imports, re-exports, require(), import(). */
function specifiers(code: string): string[] {
  const patterns = [
    /\bfrom\s*["']([^"']+)["']/g,
    /\bimport\s*["']([^"']+)["']/g,
    /\b(?:require|import)\s*\(\s*["']([^"']+)["']\s*\)/g,
  ];
  return patterns.flatMap((pattern) => [...code.matchAll(pattern)].map((match) => match[1] ?? ""));
}

const builtins = new Set(builtinModules);
/** `node:x`, or a builtin's bare name, or a path inside one (`fs/promises`). */
function isNodeBuiltin(specifier: string): boolean {
  return specifier.startsWith("node:") || builtins.has(specifier.split("/")[0] ?? "");
}

/** Calls that need `unsafe-eval`: eval (direct or indirect) and the Function constructor. */
function evalCalls(code: string): string[] {
  return [...code.matchAll(/(?<![\w$])(?:eval\s*[()]|Function\s*\()/g)].map((match) => match[0]);
}

describe("the core bundles", () => {
  for (const file of bundles) {
    describe(`dist/*.${file}`, () => {
      const code = read(file);

      it("is the bundle with json-logic-js inside, and its imports are found", () => {
        expect(code).toContain("node_modules/json-logic-js/logic.js");
        expect(specifiers(code)).toContain("zod/mini");
        expect(specifiers(code)).not.toContain("zod");
      });

      it("neither evals nor builds functions from strings", () => {
        expect(evalCalls(code)).toEqual([]);
      });

      it("imports and requires no Node builtin", () => {
        expect(specifiers(code).filter(isNodeBuiltin)).toEqual([]);
      });

      it("reaches Node's hash only at run time, through getBuiltinModule", () => {
        // The CJS build writes the optional call through a helper.
        expect(code).toMatch(
          /getBuiltinModule(?:\?\.\(|, 'optionalCall', (_\d+) => \1\()"crypto"\)/,
        );
      });
    });
  }
});

describe("the checks themselves", () => {
  it('catch what a bundler makes of `import { createHash } from "node:crypto"`', () => {
    // tsup removes the node: prefix; an unused import is kept as a side-effect import.
    const built = [
      'import { createHash } from "crypto";',
      'import "crypto";',
      'var import_node_crypto = require("crypto");',
      'import { readFile } from "node:fs/promises";',
      "const { Worker } = await import('worker_threads');",
      'const path = require( "node:path" );',
      'export { join } from "path";',
    ];
    for (const line of built) expect(specifiers(line).filter(isNodeBuiltin)).toHaveLength(1);
  });

  it("let the run-time lookup and ordinary packages through", () => {
    const allowed = [
      'const crypto = runtime?.getBuiltinModule?.("crypto");',
      'import { z } from "zod";',
      'var import_semver = __toESM(require("semver"), 1);',
      'const message = "crypto hashes";',
    ];
    for (const line of allowed) expect(specifiers(line).filter(isNodeBuiltin)).toEqual([]);
  });

  it("catch eval and the Function constructor, not evaluate() or function declarations", () => {
    for (const line of ["eval(text)", "globalThis.eval (text)", "(0, eval)(text)"]) {
      expect(evalCalls(line)).toHaveLength(1);
    }
    expect(evalCalls("new Function('a', 'return a')")).toHaveLength(1);
    expect(evalCalls("Function('return this')()")).toHaveLength(1);
    expect(evalCalls("evaluate(p); function __require() {}; isFunction(x); x.evaluate()")).toEqual(
      [],
    );
  });
});
