// Modules under src/ import each other without circles (type-only imports count too): a circle
// hides an order of initialisation and a part that cannot be read on its own.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const src = resolve(dirname(fileURLToPath(import.meta.url)), "../../src");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

/** The src modules a file imports or re-exports, by absolute path. */
function localImports(file: string): string[] {
  const code = readFileSync(file, "utf8");
  const found = [...code.matchAll(/\bfrom\s*["'](\.{1,2}\/[^"']+\.js)["']/g)];
  return found.map((match) => resolve(dirname(file), (match[1] ?? "").replace(/\.js$/, ".ts")));
}

/** Every circle, each as the list of files from its first module back to it. */
function circles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const visit = (file: string) => {
    state.set(file, "open");
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === "open") found.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, "done");
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return found;
}

describe("src imports", () => {
  const files = sourceFiles(src);
  const graph = new Map(files.map((file) => [file, localImports(file)]));

  it("resolve to files that exist", () => {
    const known = new Set(files);
    const missing = [...graph.values()].flat().filter((file) => !known.has(file));
    expect(missing.map((file) => relative(src, file))).toEqual([]);
  });

  it("form no circle", () => {
    const named = circles(graph).map((circle) => circle.map((f) => relative(src, f)).join(" > "));
    expect(named).toEqual([]);
  });

  it("reach the library from the CLI only through its entries, so dist/cli.js runs on the library build", () => {
    const entries = new Set(
      ["index.ts", "maintain/index.ts", "internal.ts"].map((f) => join(src, f)),
    );
    const cli = join(src, "cli");
    const strays = [...graph.entries()]
      .filter(([file]) => file.startsWith(cli))
      .flatMap(([file, imports]) =>
        imports
          .filter((target) => !target.startsWith(cli) && !entries.has(target))
          .map((target) => `${relative(src, file)} > ${relative(src, target)}`),
      );
    expect(strays).toEqual([]);
  });

  it("would see a circle", () => {
    const a = join(src, "a.ts");
    const b = join(src, "b.ts");
    expect(
      circles(
        new Map([
          [a, [b]],
          [b, [a]],
        ]),
      ),
    ).toHaveLength(1);
  });
});
