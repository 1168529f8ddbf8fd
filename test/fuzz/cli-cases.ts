// Command lines for the fuzzer: `vendorgate check` (mostly well formed, so inputs get read and
// checked) and `vendorgate policy ...`, with their files, standard input and terminal.

import { bundledFlags } from "../cli/built.js";
import { acmeEntity, basePolicy, genContext, genPolicy } from "./policies.js";
import { genCycloneDx, genProduct, genSpdx } from "./products.js";
import type { Rng } from "./rng.js";
import type { FuzzConfig } from "./types.js";
import type { Loose } from "./values.js";
import { genDate, genString, mutate, serializeInput } from "./values.js";

/** Files of a CLI input by path: text, or bytes that need not be UTF-8. */
export type CliFiles = Record<string, string | Uint8Array>;

/** A command line, its files (in memory), standard input and terminal, for `runCli`. */
export interface CliSpec {
  argv: string[];
  files: CliFiles;
  stdin: string | Uint8Array;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  noColor: boolean;
  /** Report stdout closed (EPIPE) after this many writes. */
  closeStdoutAfter?: number;
  /** Press Ctrl-C right after this many writes to stdout. */
  interruptAfterWrites?: number;
  /** Invalid UTF-8 at a known place, and whether `--lenient-utf8` is given. */
  expectUtf8?: { label: string; line: number; offset: number; lenient: boolean };
}

/** Profile ids: bundled ones and ones that do not exist. */
export const profiles = [
  "jp-national-ministry",
  "us-federal-agency",
  "au-telecom-carrier",
  "nope",
  "",
];

const cliPolicies = [
  "test-policy",
  "test-policy@^1",
  "jp-gov-procurement",
  "us-ndaa-889@^1",
  "nope",
  "test-policy@bad range",
  "",
];
const sectors = ["government", "telecom-carrier", "gov", ""];
const jurisdictions = ["XX", "JP", "US", "xx", "JPN"];

function productText(rng: Rng, config: FuzzConfig): string | Uint8Array {
  return rng.weighted<() => string | Uint8Array>([
    [6, () => serializeInput(maybe(rng, genProduct(rng, { heavy: false }), config))],
    [1, () => serializeInput(genCycloneDx(rng))],
    [1, () => serializeInput(genSpdx(rng))],
    [0.3, () => ""],
    [0.3, () => "  \n\t"],
    [0.5, () => randomBytesText(rng)],
    [0.5, () => truncated(rng, serializeInput(genProduct(rng, { heavy: false })))],
    [
      0.5,
      () => rng.pick(["[1,2]", "null", "42", '"x"', "{}", "{", "}", "[", '\ufeff{"name":"Box"}']),
    ],
    [0.2, () => '<?xml version="1.0"?><bom xmlns="http://cyclonedx.org/schema/bom/1.5"></bom>'],
    [0.2, () => "SPDXVersion: SPDX-2.3\nDataLicense: CC0-1.0\n"],
    [0.3, () => serializeInput(genProduct(rng, { heavy: true }))],
  ])();
}

/** Lines of products and of anything else (text, or bytes that may not be UTF-8). */
function fleetText(rng: Rng, config: FuzzConfig): string | Uint8Array {
  const lines = Array.from({ length: rng.range(1, 6) }, () => {
    if (rng.chance(0.85))
      return serializeInput(maybe(rng, genProduct(rng, { heavy: false }), config));
    const other = productText(rng, config);
    return typeof other === "string"
      ? other.replace(/\n/g, " ")
      : Uint8Array.from(other, (byte) => (byte === 0x0a ? 0x20 : byte));
  });
  const separator = rng.pick(["\n", "\r\n", "\n\n"]);
  const end = rng.pick(["", "\n"]);
  if (lines.every((line) => typeof line === "string")) return lines.join(separator) + end;
  const parts = lines.flatMap((line, i) => [...(i > 0 ? [separator] : []), line]);
  return Buffer.concat([...parts, end].map((part) => Buffer.from(part)));
}

function maybe(rng: Rng, value: Loose, config: FuzzConfig): Loose {
  const options = config.avoidKnownBugs ? { deepLimit: 150 } : {};
  return rng.chance(0.3) ? mutate(rng, value, rng.range(1, 2), options) : value;
}

/** Random bytes: mostly not UTF-8 at all. */
function randomBytesText(rng: Rng): Uint8Array {
  const bytes = new Uint8Array(rng.range(1, 200));
  for (let i = 0; i < bytes.length; i++) bytes[i] = rng.int(256);
  return bytes;
}

/** Byte sequences that are not UTF-8: stray, overlong, surrogate, past U+10FFFF, cut short. */
const invalidSequences = [
  [0xff],
  [0xfe],
  [0x80],
  [0xbf],
  [0xc0, 0xaf],
  [0xc1, 0xbf],
  [0xe0, 0x80, 0xaf],
  [0xed, 0xa0, 0x80],
  [0xf4, 0x90, 0x80, 0x80],
  [0xf5, 0x80, 0x80, 0x80],
  [0xc3],
  [0xe2, 0x82],
  [0xf0, 0x9f, 0x98],
];

/**
 * `vendorgate check` of a product file, a fleet or standard input with invalid UTF-8 inside a
 * maker's name (as in "Huaw\xFFei"): refused with exit 2 naming the input, line and byte offset,
 * or with `--lenient-utf8` read with U+FFFD and a warning naming the same. `expectUtf8` says what.
 */
function badBytesInput(rng: Rng): CliSpec {
  const makers = ["Huawei Technologies Co., Ltd.", "ZTE Corporation", "Clean Corp", "華為技術"];
  const lines = Array.from({ length: rng.range(1, 4) }, (_, i) => ({
    before: `{"name": "Router ${i}", "manufacturer": "`,
    maker: rng.pick(makers),
  }));
  const bad = rng.int(lines.length);
  const bom = rng.chance(0.2) ? [0xef, 0xbb, 0xbf] : [];
  const ending = rng.pick(["\n", "\r\n"]);
  const parts: Uint8Array[] = [];
  let size = 0;
  let at = 0;
  const push = (part: Uint8Array) => {
    parts.push(part);
    size += part.length;
  };
  push(Uint8Array.from(bom));
  lines.forEach((line, i) => {
    const maker = [...line.maker];
    const cut = rng.int(maker.length + 1);
    push(Buffer.from(line.before + maker.slice(0, cut).join("")));
    if (i === bad) {
      at = size;
      push(Uint8Array.from(rng.pick(invalidSequences)));
    }
    push(Buffer.from(`${maker.slice(cut).join("")}"}${ending}`));
  });
  const bytes = Buffer.concat(parts);
  const where = rng.pick(["bad.json", "bad.ndjson", "-"]);
  const lenient = rng.chance(0.4);
  const argv = [
    "check",
    where,
    ...bundledFlags,
    ...(rng.chance(0.5) ? ["--format", "json"] : []),
    ...(lenient ? ["--lenient-utf8"] : []),
  ];
  return {
    argv,
    files: where === "-" ? {} : { [where]: bytes },
    stdin: where === "-" ? bytes : "",
    stdoutIsTTY: false,
    stderrIsTTY: false,
    noColor: true,
    expectUtf8: {
      label: where === "-" ? "<stdin>" : where,
      line: bad + 1,
      offset: at,
      lenient,
    },
  };
}

function truncated(rng: Rng, text: string): string {
  return text.slice(0, rng.int(Math.max(1, text.length)));
}

/** A command line, its files (in memory), standard input and terminal, for `runCli`. */
export function cliInput(rng: Rng, config: FuzzConfig): CliSpec {
  const kind = rng.weighted([
    [8, "check"],
    [3, "policy"],
    [1, "random"],
    [1, "bad-bytes"],
  ]);
  if (kind === "bad-bytes") return badBytesInput(rng);
  const files: CliFiles = {};
  let argv: string[];
  let stdin: string | Uint8Array = "";
  if (kind === "check") {
    // Mostly well-formed usage, so that inputs get read and checked; sometimes anything goes.
    const wild = rng.chance(0.15);
    const ok = (p: number) => !wild || rng.chance(p);
    const inputs: string[] = [];
    for (
      let i = wild
        ? rng.range(0, 3)
        : rng.weighted([
            [6, 1],
            [3, 2],
            [1, 3],
          ]);
      i > 0;
      i--
    ) {
      const name = rng.weighted([
        [4, "p.json"],
        [2, "q.json"],
        [4, "fleet.ndjson"],
        [1, "fleet.jsonl"],
        [1, "bom.json"],
        [1, "x.txt"],
        [wild ? 1 : 0.2, "dir"],
        [wild ? 1 : 0.2, "missing.json"],
        [1, "-"],
      ]);
      if (name === "-" && inputs.includes("-") && !wild) continue;
      if (name === "-") stdin = rng.chance(0.5) ? productText(rng, config) : fleetText(rng, config);
      else if (name === "dir") files["dir/a.json"] = "{}";
      else if (name !== "missing.json")
        files[name] =
          name.includes("fleet") || rng.chance(0.2)
            ? fleetText(rng, config)
            : productText(rng, config);
      inputs.push(name);
    }
    const flags = [];
    const policies = rng.weighted([
      [1, 0],
      [6, 1],
      [2, 2],
    ]);
    for (let i = policies || (ok(0.7) ? 1 : 0); i > 0; i--) {
      flags.push(
        "--policy",
        ok(0.5) && rng.chance(0.9) ? rng.pick(cliPolicies.slice(0, 4)) : rng.pick(cliPolicies),
      );
    }
    if (rng.chance(0.1))
      flags.push(
        "--profile",
        ok(0.5) && rng.chance(0.8) ? "jp-national-ministry" : rng.pick(profiles),
      );
    if (rng.chance(0.8))
      flags.push(
        "--as-of",
        ok(0.5) && rng.chance(0.9)
          ? rng.pick(["2019-06-01", "2021-01-01", "2023-06-01"])
          : genDate(rng),
      );
    if (ok(0.7) || rng.chance(0.1))
      flags.push(
        "--buyer-sector",
        ok(0.5) && rng.chance(0.95) ? rng.pick(sectors.slice(0, 2)) : rng.pick(sectors),
      );
    if (ok(0.7) || rng.chance(0.1))
      flags.push(
        "--buyer-jurisdiction",
        ok(0.5) && rng.chance(0.95) ? rng.pick(jurisdictions.slice(0, 3)) : rng.pick(jurisdictions),
      );
    if (rng.chance(0.1)) {
      const value =
        ok(0.5) && rng.chance(0.9)
          ? rng.pick(["national-ministry", "procurement"])
          : rng.pick(["", " "]);
      flags.push(rng.pick(["--buyer-body", "--use", "--purpose"]), value);
    }
    if (rng.chance(0.15)) {
      const contextFile = rng.pick(["ctx.json", "ctx.json", "missing-ctx.json", "-"]);
      if (contextFile === "ctx.json")
        files[contextFile] = rng.chance(0.7)
          ? serializeInput(genContext(rng))
          : productText(rng, config);
      if (contextFile === "-") stdin = serializeInput(genContext(rng));
      flags.push("--context", contextFile);
    }
    if (rng.chance(0.7))
      flags.push(
        "--format",
        ok(0.5) || rng.chance(0.9) ? rng.pick(["json", "json", "text"]) : "xml",
      );
    if (rng.chance(0.3))
      flags.push(
        "--fail-on",
        ok(0.5) && rng.chance(0.95) ? rng.pick(["prohibited", "review", "allowed"]) : "bogus",
      );
    if (wild && rng.chance(0.3))
      flags.push(rng.pick(["--nope", "-x", "--help", "--version", "--policy", "--", "--as-of="]));
    argv = ["check", ...interleave(rng, inputs, flags)];
  } else if (kind === "policy") {
    argv = policyArgv(rng, files, config);
  } else {
    argv = Array.from({ length: rng.int(4) }, () =>
      rng.pick([
        "check",
        "policy",
        "help",
        "--help",
        "-h",
        "--version",
        "validate",
        "x",
        "-",
        "--",
        genString(rng),
      ]),
    );
  }
  return {
    argv,
    files,
    stdin,
    stdoutIsTTY: rng.chance(0.2),
    stderrIsTTY: rng.chance(0.2),
    noColor: rng.chance(0.3),
    ...(rng.chance(0.1) ? { closeStdoutAfter: rng.int(3) } : {}),
    ...(rng.chance(0.05) ? { interruptAfterWrites: rng.range(1, 3) } : {}),
  };
}

function interleave(rng: Rng, inputs: string[], flags: string[]): string[] {
  if (rng.chance(0.7)) return [...inputs, ...flags];
  return [...flags, ...inputs];
}

function policyText(rng: Rng, config: FuzzConfig): string | Uint8Array {
  return rng.chance(0.85)
    ? serializeInput(maybe(rng, genPolicy(rng, config), config))
    : productText(rng, config);
}

function policyArgv(rng: Rng, files: CliFiles, config: FuzzConfig): string[] {
  const command = rng.pick([
    "validate",
    "test",
    "diff",
    "schema",
    "keygen",
    "sign",
    "verify",
    "nope",
  ]);
  switch (command) {
    case "validate": {
      const names = Array.from(
        { length: rng.range(0, 2) },
        (_, i) => `pol/test-policy/1.${i}.0.json`,
      );
      for (const name of names) files[name] = policyText(rng, config);
      if (rng.chance(0.3)) files["pol/entities/acme.json"] = serializeInput(acmeEntity());
      return [
        "policy",
        "validate",
        ...names,
        ...(rng.chance(0.2) ? ["--entities", rng.pick(["pol/entities", "missing"])] : []),
      ];
    }
    case "test": {
      const version = rng.pick(["1.0.0", "1.1.0", "01.0.0", "1.0.0-01", "1.0.0-beta"]);
      files[`pol/test-policy/${version}.json`] = policyText(rng, config);
      if (rng.chance(0.5)) {
        const policy = basePolicy();
        policy.version = version;
        files[`pol/test-policy/${version}.json`] = serializeInput(policy);
      }
      if (rng.chance(0.6)) {
        files["pol/test-policy/tests/cases.json"] = serializeInput(
          maybe(
            rng,
            {
              cases: [
                {
                  name: "Acme radio",
                  asOf: genDate(rng),
                  context: { buyer: { sector: "government", jurisdiction: "XX" } },
                  product: genProduct(rng, { heavy: false }),
                  expect: { verdict: rng.pick(["prohibited", "allowed"]) },
                },
              ],
            },
            config,
          ),
        );
      }
      if (rng.chance(0.2)) files["pol/entities/acme.json"] = serializeInput(acmeEntity());
      return ["policy", "test", rng.pick(["pol", "pol", "missing", "pol/test-policy"])];
    }
    case "diff": {
      files["a.json"] = policyText(rng, config);
      files["b.json"] = policyText(rng, config);
      const args = [
        "policy",
        "diff",
        rng.pick(["a.json", "jp-gov-procurement@1.0.0", "missing.json"]),
        rng.pick(["b.json", "jp-gov-procurement@1.1.0", "nope@9"]),
      ];
      if (rng.chance(0.3)) {
        files["corpus.ndjson"] = fleetText(rng, config);
        args.push(
          "--corpus",
          rng.pick(["corpus.ndjson", "missing"]),
          "--as-of",
          genDate(rng),
          "--buyer-sector",
          rng.pick(sectors),
          "--buyer-jurisdiction",
          rng.pick(jurisdictions),
        );
      }
      if (rng.chance(0.3)) args.push("--format", rng.pick(["json", "text", "x"]));
      return args;
    }
    case "keygen":
      if (rng.chance(0.3)) files["key.jwk"] = "{}";
      return ["policy", "keygen", ...(rng.chance(0.8) ? ["--out", "key.jwk"] : [])];
    case "sign":
    case "verify":
      files["pol/test-policy/1.0.0.json"] = policyText(rng, config);
      files["key.jwk"] = rng.pick([
        "{}",
        '{"crv":"Ed25519","x":"abc","d":"def","kty":"OKP"}',
        "not json",
        "",
      ]);
      if (rng.chance(0.5))
        files["pol/test-policy/1.0.0.json.sig"] = rng.pick([
          "{}",
          "x",
          serializeInput({
            algorithm: "Ed25519",
            keyId: "0123456789abcdef",
            digest: `sha256:${"0".repeat(64)}`,
            signature: "AAAA",
          }),
        ]);
      return [
        "policy",
        command,
        "pol/test-policy/1.0.0.json",
        ...(rng.chance(0.8) ? ["--key", rng.pick(["key.jwk", "ed25519:abc", "missing"])] : []),
      ];
    default:
      return ["policy", command];
  }
}
