// Values for the fuzzer: names, hostile strings, dates, versions, any JSON, and the mutations
// (prototype keys, wrong types, huge strings, deep nesting, bad dates and versions, values JSON
// cannot carry). Everything is drawn from a seeded random source, so an input is reproducible
// from (seed, index, options) alone.

import type { Rng } from "./rng.js";

/**
 * Any value the fuzzer builds or breaks: JSON and worse, on purpose without a type (the
 * generators set any key, break shapes and plant values of every kind).
 */
// biome-ignore lint/suspicious/noExplicitAny: the fuzzer's values have every shape on purpose
export type Loose = any;

/** Where a value sits inside another: its parent and key (the root has neither). */
interface Place {
  value: Loose;
  parent: Loose;
  key: string | number | undefined;
}

/** How `mutate` may break a value. */
export interface MutateOptions {
  /** Only what JSON can carry (else also cycles, undefined, NaN, functions, bigints). */
  json?: boolean;
  /** The deepest nesting the "deep" mutation builds. */
  deepLimit?: number;
  /** Whether an object may be made to contain itself. */
  cycles?: boolean;
}

/** Sets an own, enumerable property, even one named `__proto__` (as `JSON.parse` does). */
export function setKey(object: Loose, key: string, value: unknown): void {
  Object.defineProperty(object, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

/**
 * An input as JSON text, however deep (`JSON.stringify` overflows at about 10,000 levels), marking
 * what JSON cannot carry: object cycles, undefined, non-finite numbers, functions, bigints.
 */
export function serializeInput(value: unknown): string {
  const out: string[] = [];
  const open = new Set<unknown>();
  const stack: { value?: Loose; text?: string; close?: unknown }[] = [{ value }];
  while (stack.length > 0) {
    const item = stack.pop() as (typeof stack)[number];
    if (item.text !== undefined) {
      out.push(item.text);
      if (item.close) open.delete(item.close);
      continue;
    }
    const current = item.value;
    if (current === undefined) out.push('{"$fuzz":"undefined"}');
    else if (typeof current === "function" || typeof current === "symbol")
      out.push(`{"$fuzz":"${typeof current}"}`);
    else if (typeof current === "bigint") out.push(`{"$fuzz":"bigint ${current}"}`);
    else if (typeof current === "number" && !Number.isFinite(current))
      out.push(`{"$fuzz":"${current}"}`);
    else if (current === null || typeof current !== "object") out.push(JSON.stringify(current));
    else if (open.has(current)) out.push('{"$fuzz":"cycle"}');
    else if (current instanceof Date) out.push(`{"$fuzz":"Date ${current.getTime()}"}`);
    else if (current instanceof Map) out.push('{"$fuzz":"Map"}');
    else {
      open.add(current);
      const array = Array.isArray(current);
      const keys: (string | number)[] = array ? [...current.keys()] : Object.keys(current);
      stack.push({ text: array ? "]" : "}", close: current });
      for (let i = keys.length - 1; i >= 0; i--) {
        stack.push({ value: current[keys[i] as string | number] });
        if (!array) stack.push({ text: `${JSON.stringify(keys[i])}:` });
        if (i > 0) stack.push({ text: "," });
      }
      stack.push({ text: array ? "[" : "{" });
    }
  }
  return out.join("");
}

export const forbiddenKeys = ["__proto__", "constructor", "prototype"];

/** What a prototype-pollution payload sets; the checker looks for this name on every prototype. */
export const pollutionMarker = "vgPolluted";

/** Names of the test entity `acme` in forms the matcher must recognise. */
export const plantedAcmeNames = [
  "ACME Networks Co., Ltd.",
  "Acme",
  "acme networks",
  "艾克美网络有限公司",
  "アクメ・ジャパン",
  "Hangzhou Acme Digital Technology",
  "ＡＣＭＥ Ｎｅｔｗｏｒｋｓ",
  "Ａｃｍｅ",
  "The ACME (Shenzhen) Co., Ltd.",
];

/**
 * Forms of `Acme` a reader sees as Acme but the matcher does not (Fixed bug (kept as an option to reproduce): invisible format
 * characters and combining marks split a token). Planted unless `--avoid-known-bugs` is given.
 */
export const invisibleAcmeNames = [
  "Ac\u00adme",
  "Ac\u200bme",
  "A\u200dcme",
  "Ac\u2060me",
  "\u200eAcme",
];

export const coveredParties = [
  ...plantedAcmeNames.slice(0, 5),
  "Dawn",
  "Roadrunner Chips",
  "Huawei Technologies Co., Ltd.",
  "HUAWEI",
  "华为技术有限公司",
  "ファーウェイ・ジャパン",
  "HiSilicon",
  "Honor",
  "ZTE Corporation",
  "Hangzhou Hikvision Digital Technology",
  "Dahua Technology",
  "AO Kaspersky Lab",
  "Hytera Communications",
];

export const cleanParties = [
  "Clean Corp",
  "Aztec Components",
  "Dahuang Foods",
  "Nippon Netgear Works K.K.",
  "Honorable Tools",
  "Acmeville Farms",
];

export const componentNames = [
  "Router",
  "Board",
  "Radio",
  "Modem",
  "Camera",
  "Chip",
  "Firmware",
  "App",
];

/** Strings that have broken parsers and matchers elsewhere. */
export const hostileStrings = [
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "hasOwnProperty",
  "valueOf",
  "__defineGetter__",
  "",
  " ",
  "\t\n",
  "\u0000",
  "\ufeff",
  "\ud800",
  "\udfff\ud800",
  "\u202e",
  "\u200b",
  "\u0024{x}",
  "{{x}}",
  "../../etc/passwd",
  "NaN",
  "null",
  "-0",
  "1e309",
  "a.b.c",
  "*",
  "@",
  "a@b@c",
  "ＡＣＭＥ",
  "I\u0307",
  "ﾊ゛",
];

const validDates = ["2019-06-01", "2020-01-01", "2020-11-17", "2021-01-01", "2023-06-01"];

export const badDates = [
  "2019-02-30",
  "2019-13-01",
  "2019-00-10",
  "2019-06-31",
  "2019-06-01T00:00:00Z",
  "2019-06-01T00:00:00+09:00",
  "2019-06-01Z",
  "2019-06-01 ",
  " 2019-06-01",
  "2019-6-1",
  "20190601",
  "2019/06/01",
  "+002019-06-01",
  "0000-00-00",
  "2019-02-29",
  "2019",
  "2019-06",
  "",
  "tomorrow",
];

export const versions = ["1.0.0", "1.1.0", "2.0.0", "1.0.0-beta.1", "1.0.0+build.5"];

export const badVersions = [
  "1.0",
  "v1.0.0",
  "01.0.0",
  "1.0.0-",
  "1.0.0-01",
  "x",
  "",
  "1.0.0.0",
  "99999999999999999999.0.0",
];

const specs = [
  "test-policy",
  "test-policy@^1",
  "test-policy@1.0.0",
  "test-policy@>=1 <2",
  "test-policy@*",
  "test-policy@",
  "test-policy@^3",
  "test-policy@not a range",
  "test-policy@1.0.0 || 2",
  "jp-gov-procurement",
  "jp-gov-procurement@^1",
  "us-ndaa-889",
  "us-fcc-covered-list@^1",
  "au-5g-security-guidance",
  "nope",
  "Test-Policy",
  "@1",
  "a@b@c",
  "test-policy@\u0000",
  "",
];

/** A string: names, identifiers, hostile text, dates, versions, or (rarely) a huge one. */
export function genString(rng: Rng): string {
  return rng.weighted([
    [6, () => rng.pick(coveredParties)],
    [4, () => rng.pick(cleanParties)],
    [3, () => rng.pick(componentNames)],
    [3, () => randomAscii(rng, rng.int(16))],
    [2, () => randomUnicode(rng, rng.int(12))],
    [3, () => rng.pick(hostileStrings)],
    [1, () => rng.pick([...validDates, ...badDates])],
    [1, () => rng.pick([...versions, ...badVersions])],
    [1, () => hugeString(rng)],
  ])();
}

/** A string longer than the default limit of 10,000 characters, or just at it. */
export function hugeString(rng: Rng): string {
  const length = rng.pick([9_999, 10_000, 10_001, 20_000, 100_000, 200_000]);
  const unit = rng.pick(["A", "ä", "华", "e\u0301", " ", "Acme "]);
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

function randomAscii(rng: Rng, length: number): string {
  let out = "";
  for (let i = 0; i < length; i++) out += String.fromCharCode(32 + rng.int(95));
  return out;
}

const unicodeRanges: [number, number][] = [
  [0x0300, 0x036f],
  [0x0400, 0x04ff],
  [0x2000, 0x206f],
  [0x3000, 0x30ff],
  [0x4e00, 0x4fff],
  [0xff00, 0xffef],
  [0xd800, 0xdfff],
  [0x1f300, 0x1f64f],
  [0xac00, 0xac40],
];

function randomUnicode(rng: Rng, length: number): string {
  let out = "";
  for (let i = 0; i < length; i++) {
    const [lo, hi] = rng.pick(unicodeRanges);
    out += String.fromCodePoint(rng.range(lo, hi));
  }
  return out;
}

/** A date: mostly calendar dates, often impossible ones, with times, zones or other forms. */
export function genDate(rng: Rng): string {
  return rng.chance(0.7) ? rng.pick(validDates) : rng.pick(badDates);
}

/** A spec for `evaluate`'s `policies`. */
export function genSpec(rng: Rng): string {
  return rng.chance(0.95) ? rng.pick(specs) : genString(rng);
}

const keyPool = [
  "name",
  "id",
  "type",
  "manufacturer",
  "brand",
  "supplier",
  "components",
  "ref",
  "shared",
  "attributes",
  "identifiers",
  "categories",
  "countryOfOrigin",
  "when",
  "scope",
  "rules",
  "entities",
  "var",
  "and",
  "!",
  "made_by",
  "asOf",
  "buyer",
  "sector",
  "x",
  "",
  "0",
  "length",
  "a.b",
  ...forbiddenKeys,
];

/** Any JSON value, at most `depth` levels deep. */
export function genJson(rng: Rng, depth = 3): Loose {
  const kind = depth <= 0 ? rng.int(4) : rng.int(6);
  switch (kind) {
    case 0:
      return null;
    case 1:
      return rng.chance(0.5);
    case 2:
      return rng.pick([0, -0, 1, -1, 1.5, 2 ** 53 + 2, 1e308, -1e308, 5e-324, 2019, 10_000_000]);
    case 3:
      return genString(rng);
    case 4:
      return Array.from({ length: rng.int(4) }, () => genJson(rng, depth - 1));
    default: {
      const out = {};
      for (let i = rng.int(4); i > 0; i--) setKey(out, rng.pick(keyPool), genJson(rng, depth - 1));
      return out;
    }
  }
}

/** A value of a different kind from `value`. */
function wrongType(rng: Rng, value: unknown): Loose {
  for (let tries = 0; tries < 8; tries++) {
    const other = genJson(rng, 1);
    if (typeof other !== typeof value || Array.isArray(other) !== Array.isArray(value))
      return other;
  }
  return null;
}

/** A JSON value nested `depth` levels deep (arrays, objects or JSON Logic), built without recursion. */
export function deepValue(rng: Rng, depth: number, leaf: unknown = 1): Loose {
  const shape = rng.pick(["array", "object", "not", "and", "or", "any_ancestor", "some"]);
  let value = leaf;
  for (let i = 0; i < depth; i++) {
    switch (shape) {
      case "array":
        value = [value];
        break;
      case "object":
        value = { x: value };
        break;
      case "not":
        value = { "!": value };
        break;
      case "and":
        value = { and: [value] };
        break;
      case "or":
        value = { or: [true, value] };
        break;
      case "any_ancestor":
        value = { any_ancestor: value };
        break;
      default:
        value = { some: [{ var: "ancestors" }, value] };
    }
  }
  return value;
}

/** Every object and array inside `root` (up to a bound), each with its parent and key. */
function locations(root: unknown): Place[] {
  const out: Place[] = [];
  const stack: Place[] = [{ value: root, parent: undefined, key: undefined }];
  const seen = new Set<unknown>();
  while (stack.length > 0 && out.length < 2_000) {
    const here = stack.pop() as Place;
    const { value } = here;
    if (value === null || typeof value !== "object" || seen.has(value)) continue;
    seen.add(value);
    out.push(here);
    const keys = Array.isArray(value) ? value.keys() : Object.keys(value);
    let count = 0;
    for (const key of keys) {
      if (++count > 200) break;
      stack.push({ value: value[key], parent: value, key });
    }
  }
  return out;
}

/**
 * Applies `count` random mutations in place and returns the (possibly replaced) root. `json`
 * false allows values JSON cannot carry (object cycles, undefined, NaN, functions, bigints).
 * `deepLimit` bounds the nesting the "deep" mutation builds.
 */
export function mutate(
  rng: Rng,
  root: Loose,
  count: number,
  { json = true, deepLimit = 30_000, cycles = true }: MutateOptions = {},
): Loose {
  let out = root;
  for (let i = 0; i < count; i++) {
    const places = locations(out);
    if (places.length === 0) return genJson(rng, 2);
    const place = rng.pick(places);
    const target: Loose = place.value;
    const keys = Object.keys(target);
    const key = keys.length > 0 ? rng.pick(keys) : undefined;
    const replace = (value: unknown) => {
      if (key !== undefined) setKey(target, key, value);
      else if (Array.isArray(target)) target.push(value);
      else setKey(target, rng.pick(keyPool), value);
    };
    const operation = rng.weighted([
      [4, "forbidden-key"],
      [4, "wrong-type"],
      [2, "delete"],
      [1, "huge-string"],
      [1, "deep"],
      [2, "duplicate"],
      [1, "bad-date"],
      [1, "bad-version"],
      [1, "replace-root"],
      [json ? 0 : 1, "js-only"],
    ]);
    switch (operation) {
      case "forbidden-key":
        // JSON gives arrays no named keys; only in-process inputs can have them.
        if (Array.isArray(target) && json) break;
        setKey(
          target,
          rng.pick(forbiddenKeys),
          rng.pick([
            { [pollutionMarker]: true },
            { name: "x", [pollutionMarker]: 1 },
            "x",
            null,
            [1],
          ]),
        );
        break;
      case "wrong-type":
        replace(wrongType(rng, key === undefined ? target : target[key]));
        break;
      case "delete":
        if (key !== undefined) {
          if (Array.isArray(target)) removeAt(target, Number(key));
          else delete target[key];
        }
        break;
      case "huge-string":
        replace(hugeString(rng));
        break;
      case "deep":
        replace(
          deepValue(
            rng,
            Math.min(deepLimit, rng.pick([50, 500, 2_000, 30_000])),
            rng.pick([1, { made_by: "acme" }, true, "x"]),
          ),
        );
        break;
      case "duplicate":
        if (key !== undefined && typeof target[key] === "object" && target[key] !== null) {
          if (Array.isArray(target)) target.push(structuredCloneSafe(target[Number(key)]));
          else setKey(target, `${key}`, structuredCloneSafe(target[key]));
        }
        break;
      case "bad-date":
        replace(rng.pick(badDates));
        break;
      case "bad-version":
        replace(rng.pick(badVersions));
        break;
      case "replace-root":
        if (rng.chance(0.2)) out = genJson(rng, 2);
        break;
      default:
        if (!cycles) break;
        replace(
          rng.pick([
            () => target,
            () => undefined,
            () => Number.NaN,
            () => Number.POSITIVE_INFINITY,
            () => () => 1,
            () => Symbol("x"),
            () => 10n,
            () => new Date(0),
            () => new Map([["a", 1]]),
          ])(),
        );
    }
  }
  return out;
}

/**
 * Removes an array's item at `index`, moving the rest down, without `splice`: an earlier
 * mutation may have given the array an own `constructor` ("x", say), and `splice` reads
 * `constructor[Symbol.species]` for the array it returns, throwing a TypeError then.
 */
export function removeAt(array: unknown[], index: number): void {
  if (!(index >= 0 && index < array.length)) return;
  for (let i = index; i < array.length - 1; i++) array[i] = array[i + 1];
  array.length--;
}

/** Inserts `value` at `index` of an array without `splice` (see `removeAt`). */
export function insertAt(array: unknown[], index: number, value: unknown): void {
  for (let i = array.length; i > index; i--) array[i] = array[i - 1];
  array[index] = value;
}

function structuredCloneSafe(value: unknown): unknown {
  try {
    return structuredClone(value);
  } catch {
    return null;
  }
}
