// How the library imports zod and semver decides what a browser bundle of it weighs (checked in
// full by `npm run size`): `import { z } from "zod"` brings every locale of zod's messages
// (about 260 KB minified), and the whole of semver is about 9 KB more than the functions used.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const src = resolve(dirname(fileURLToPath(import.meta.url)), "../../src");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "cli" ? [] : sourceFiles(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

const offending = (pattern: RegExp) =>
  sourceFiles(src)
    .filter((file) => pattern.test(readFileSync(file, "utf8")))
    .map((file) => relative(src, file));

describe("the library's imports", () => {
  it('take zod as a namespace (import * as z from "zod"), never its z object', () => {
    expect(offending(/import\s*\{[^}]*\bz\b[^}]*\}\s*from\s*"zod"/)).toEqual([]);
  });

  it("take semver one function at a time outside the maintainers' tools", () => {
    const whole = offending(/from\s*"semver"/).filter((file) => !file.startsWith("maintain/"));
    expect(whole).toEqual([]);
  });
});
