// The published declarations (dist/*.d.ts, built by `npm test` first) show the public API only:
// members marked @internal, and the engine's types behind them, are stripped.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const dist = new URL("../../dist/", import.meta.url);
const declarations = readdirSync(dist).filter((file) => /\.d\.c?ts$/.test(file));
const text = declarations.map((file) => readFileSync(new URL(file, dist), "utf8")).join("\n");

describe("the declarations", () => {
  it("exist for both entries in both module systems", () => {
    expect(declarations).toEqual(
      expect.arrayContaining(["index.d.ts", "index.d.cts", "maintain.d.ts", "maintain.d.cts"]),
    );
  });

  it("show a compiled policy without its compiled internals", () => {
    expect(text).toMatch(/interface CompiledPolicy \{/);
    for (const internal of ["Evaluator", "EntityIndex", "CompiledRule", "ConditionEnv"]) {
      expect(text, internal).not.toContain(internal);
    }
  });

  it("keep the internal CLI module out", () => {
    expect(declarations.some((file) => file.startsWith("internal"))).toBe(false);
    expect(text).not.toContain("prepareEvaluation");
  });
});
