// How the library imports zod and semver decides what a browser bundle of it weighs (checked in
// full by `npm run size`): `import { z } from "zod"` brings every locale of zod's messages
// (about 260 KB minified), classic zod puts its whole method chain on every schema (about 70 KB
// more than zod/mini), and the whole of semver is about 9 KB more than the functions used.
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
  it('take zod as a namespace of zod/mini (import * as z from "zod/mini"), never classic zod', () => {
    // The CLI too: it shares the library's build, and classic zod would come back in with it.
    const everyFile = readdirSync(src, { recursive: true, encoding: "utf8" })
      .filter((file) => file.endsWith(".ts"))
      .map((file) => join(src, file));
    const zodImports = everyFile.flatMap((file) =>
      [...readFileSync(file, "utf8").matchAll(/import[^;]*?from\s*"(zod[^"]*)"/g)].map((match) =>
        match[0].replace(/\s+/g, " "),
      ),
    );
    expect(zodImports.length).toBeGreaterThan(30);
    const allowed =
      /^import (?:type )?\* as z from "zod\/mini"$|^import \{ en \} from "zod\/locales"$/;
    expect(zodImports.filter((line) => !allowed.test(line))).toEqual([]);
  });

  it("take semver one function at a time outside the maintainers' tools", () => {
    const whole = offending(/from\s*"semver"/).filter((file) => !file.startsWith("maintain/"));
    expect(whole).toEqual([]);
  });
});
