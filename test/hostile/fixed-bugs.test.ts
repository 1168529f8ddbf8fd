// Regression cases for bugs the fuzzer and the hostile-input review found (each once gave a
// wrong "allowed" or a throw that was not a VendorgateError).
import { describe, expect, it } from "vitest";
import {
  bundledRegistry,
  createRegistry,
  evaluate,
  fromCycloneDX,
  fromSPDX,
  parsePolicySpec,
  VendorgateError,
} from "../../src/index.js";
import { compilePolicy, keyIdOf, verifyDigest } from "../../src/maintain/index.js";
import { foldText } from "../../src/names/normalize.js";
import { testPolicy } from "../fixtures/policies.js";

const registry = createRegistry({ policies: [testPolicy()] });
const options = {
  registry,
  policies: ["test-policy"],
  asOf: "2021-01-01",
  context: { buyer: { sector: "government" as const, jurisdiction: "XX" } },
};
const codes = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(VendorgateError);
    return (error as VendorgateError).issues.map((issue) => issue.code);
  }
  return [];
};

describe("fixed: wrong allowed", () => {
  it("finds a covered name with invisible characters inside it", () => {
    for (const ch of ["\u00AD", "\u200B", "\u200D", "\u2060", "\uFEFF", "\u200E"]) {
      const report = evaluate({ name: "Box", manufacturer: `Ac${ch}me Networks` }, options);
      expect(report.verdict, JSON.stringify(ch)).toBe("prohibited");
    }
    const jp = evaluate(
      { name: "Router", manufacturer: "Hua\u00ADwei Technologies Co., Ltd." },
      { registry: bundledRegistry(), profile: "jp-national-ministry", asOf: "2019-06-01" },
    );
    expect(jp.verdict).toBe("restricted");
  });

  it("does not let another version with the same number replace a published one", () => {
    for (const version of ["v1.0.0", " 1.0.0", "1.0.0+build"]) {
      expect(
        codes(() => registry.add(testPolicy({ version }))),
        version,
      ).toContain("invalid_version");
    }
    expect(registry.list().map((p) => p.version)).toEqual(["1.0.0"]);
  });

  it("keeps reports from changing the compiled policy they came from", () => {
    const report = evaluate({ name: "Box", manufacturer: "Acme" }, options);
    (report.findings[0] as { source: { url: string } }).source.url = "https://tampered.example";
    expect(evaluate({ name: "Box", manufacturer: "Acme" }, options).findings[0]?.source.url).toBe(
      "https://example.org/law",
    );
  });
});

describe("fixed: throws that were not VendorgateError", () => {
  it("refuses JSON Logic nested past the limit instead of overflowing the stack", () => {
    let when: unknown = { made_by: "acme" };
    for (let i = 0; i < 2000; i++) when = { and: [when] };
    const base = testPolicy();
    expect(codes(() => compilePolicy({ ...base, rules: [{ ...base.rules[0], when }] }))).toEqual([
      "limit_exceeded",
    ]);
  });

  it("refuses a var default that is not a literal", () => {
    const base = testPolicy();
    for (const fallback of [{ nope: 1 }, { var: "constructor" }, { log: "x" }]) {
      const when = {
        and: [{ made_by: "acme" }, { "!!": { var: ["component.attributes.x", fallback] } }],
      };
      expect(codes(() => compilePolicy({ ...base, rules: [{ ...base.rules[0], when }] }))).toEqual([
        "invalid_var",
      ]);
    }
  });

  it("checks createRegistry's options", () => {
    expect(codes(() => createRegistry({ entities: "x" } as never))).toEqual(["invalid_input"]);
    expect(codes(() => createRegistry({ trustedkeys: [] } as never))).toEqual(["invalid_input"]);
  });

  it("refuses malformed keys with VendorgateError", async () => {
    expect(codes(() => keyIdOf("ed25519:abc"))).toEqual(["invalid_signature"]);
    const signature = {
      algorithm: "Ed25519",
      keyId: "0123456789abcdef",
      digest: `sha256:${"a".repeat(64)}`,
      signature: "AAAA",
    };
    await expect(verifyDigest(signature.digest, signature, ["ed25519:abc"])).rejects.toBeInstanceOf(
      VendorgateError,
    );
  });

  it("refuses null and undefined as an SPDX document (found by the fuzzer)", () => {
    for (const document of [null, undefined]) {
      expect(codes(() => fromSPDX(document))).toEqual(["invalid_input"]);
    }
  });

  it("keeps error messages about imported values short", () => {
    const bom = {
      bomFormat: "CycloneDX",
      specVersion: "1.5",
      components: [{ name: "x", type: "t".repeat(1_000_000) }],
    };
    try {
      fromCycloneDX(bom);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(VendorgateError);
      expect((error as VendorgateError).message.length).toBeLessThan(2000);
    }
  });

  it("refuses an empty range, an invalid asOf in resolve, and reports a bad spec with its index", () => {
    expect(codes(() => parsePolicySpec("test-policy@"))).toEqual(["invalid_range"]);
    expect(codes(() => registry.resolve("test-policy", "2021-02-30"))).toEqual(["invalid_date"]);
    try {
      evaluate({ name: "Box" }, { ...options, policies: ["test-policy", "nope"] });
      expect.unreachable();
    } catch (error) {
      expect((error as VendorgateError).issues[0]?.path).toEqual(["options", "policies", 1]);
    }
  });

  it("reports each requested policy once, even when named twice", () => {
    const report = evaluate(
      { name: "Box", manufacturer: "Acme" },
      { ...options, policies: ["test-policy", "test-policy"] },
    );
    expect(report.policies).toHaveLength(1);
    expect(report.findings).toHaveLength(1);
  });
});

describe("fixed: found by the property tests", () => {
  it("folds a voicing mark kept from a space by another mark in one pass", () => {
    // No-break space, combining acute, spacing voicing mark: NFKC gives " ́ ゙"; the acute went
    // only after the spaces were rejoined, so a second fold changed the text again.
    const text = "\u00a0\u0301\u309b";
    expect(foldText(foldText(text))).toBe(foldText(text));
    expect(foldText(text)).toBe("\u3099");
  });
});
