// The library's schemas are zod/mini schemas, which load no locale: vendorgate passes zod's
// English messages with every parse of its own and never touches zod's global config (a library
// must not change its users' zod setup).
import { describe, expect, it } from "vitest";
import { fr } from "zod/locales";
import * as z from "zod/mini";
import { parse, safeParse } from "../../src/formats/zod-parse.js";
import { ProductSchema, parseProduct, safeEvaluate } from "../../src/index.js";
import { bundledRegistry } from "../../src/registry/bundled.js";

const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((issue) => issue.message);

describe("parsing with the library's schemas", () => {
  it("gives zod's English messages through the helper, and none set globally", () => {
    expect(messages(safeParse(ProductSchema, { name: "", countryOfOrigin: 5 }))).toEqual([
      "Too small: expected string to have >=1 characters",
      "Invalid input: expected string, received number",
    ]);
    expect(() => parse(ProductSchema, {})).toThrow(
      "Invalid input: expected string, received undefined",
    );
    // A schema parsed directly, without the English messages, says only "Invalid input".
    expect(messages(ProductSchema.safeParse({ name: "" }))).toEqual(["Invalid input"]);
    expect(z.config().localeError).toBeUndefined();
    expect(z.config().customError).toBeUndefined();
  });

  it("keeps vendorgate's messages in English when the host sets another zod locale", () => {
    z.config(fr());
    try {
      expect(messages(ProductSchema.safeParse({}))?.[0]).not.toMatch(/^Invalid input/);
      const result = safeEvaluate(
        { name: "" },
        { registry: bundledRegistry(), policies: ["jp-gov-procurement"], asOf: "2019-06-01" },
      );
      expect(result.ok ? [] : result.issues).toEqual([
        {
          code: "invalid_input",
          path: ["product", "name"],
          message: "Too small: expected string to have >=1 characters",
        },
      ]);
      expect(() => parseProduct({ name: 3 })).toThrow(
        "✖ Invalid input: expected string, received number\n  → at name",
      );
    } finally {
      z.config({ localeError: undefined });
    }
  });
});
