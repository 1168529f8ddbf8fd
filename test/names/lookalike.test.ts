import { describe, expect, it } from "vitest";
import { sightIdentifier, sightName } from "../../src/names/entity-index.js";
import { lookalikeWord, visibleText } from "../../src/names/skeleton.js";
import { bundledIndex } from "./bundled-index.js";

const index = bundledIndex();
const first = (text: string) => sightName(index, text)[0];

describe("look-alike keys (UTS #39 confusables)", () => {
  it("gives disguised letters and digits the key of the letters they imitate", () => {
    const huawei = lookalikeWord("Huawei");
    for (const text of ["Нuawei", "Ηuawei", "HUAWEl", "HUAWE1", "HUAWEI", "ｈｕａｗｅｉ"]) {
      expect(lookalikeWord(text), text).toBe(huawei);
    }
    expect(lookalikeWord("HIKVISI0N")).toBe(lookalikeWord("Hikvision"));
    expect(lookalikeWord("Huawei")).not.toBe(lookalikeWord("Huawen"));
  });

  it("shows text as read: invisible characters gone, right-to-left overrides applied", () => {
    expect(visibleText("Hua\u3164wei")).toBe("Huawei");
    expect(visibleText("Hua\uFFA0wei\u115F")).toBe("Huawei");
    expect(visibleText("Hua\u2800w\u0000ei\uD800")).toBe("Huawei");
    expect(visibleText("\u202Eiewauh")).toBe("huawei");
    expect(visibleText("ACME \u202Eiewauh\u202C Ltd")).toBe("ACME huawei Ltd");
  });
});

describe("sightName: disguises carry the rule's own verdict", () => {
  const cases: [string, string, string[]][] = [
    ["Нuawei", "huawei", ["confusable"]],
    ["Ηuawei Technologies", "huawei", ["confusable"]],
    ["HUAWEl", "huawei", ["confusable"]],
    ["HIKVISI0N", "hikvision", ["confusable"]],
    ["Z.T.E.", "zte", ["spacing"]],
    ["Hua wei", "huawei", ["spacing"]],
    ["Hua-wei", "huawei", ["spacing"]],
    ["Byte Dance", "bytedance", ["spacing"]],
    ["HuaweiCloud", "huawei", ["compound"]],
    ["huaweicloud-sdk-go", "huawei", ["compound"]],
    ["Hua\u3164wei", "huawei", ["invisible"]],
    ["Hua\uFFA0wei", "huawei", ["invisible"]],
    ["Hua\u115Fwei", "huawei", ["invisible"]],
    ["Hua\u2800wei", "huawei", ["invisible"]],
    ["Hua\u0000wei", "huawei", ["invisible"]],
    ["Hua\uD800wei", "huawei", ["invisible"]],
    ["\u202Eiewauh", "huawei", ["invisible", "reordered"]],
    ["華\u3164為", "huawei", ["invisible"]],
  ];
  for (const [text, entity, kinds] of cases) {
    it(`${JSON.stringify(text)} is ${entity}, via look-alike (${kinds.join(", ")})`, () => {
      const match = first(text);
      expect(match?.target.entityId).toBe(entity);
      expect(match?.via).toBe("look-alike");
      expect(match?.reviewOnly).toBeUndefined();
      for (const kind of kinds) expect(match?.disguise?.kinds).toContain(kind);
    });
  }

  // Misses of the labelled set before look-alike symbols, both cases of Cyrillic letters and
  // spellings spaced across every word were read.
  const disguised: [string, string][] = [
    ["₭aspersky Lab, Inc.", "kaspersky"],
    ["N〇rsat", "hytera"],
    ["Weix｜n", "tencent"],
    ["Little R℮d Bo⊝k", "xiaohongshu"],
    ["Autel In🝨elligent A𝑽iation", "autel"],
    ["Лаборатория 𝓚асперского", "kaspersky"],
    ["КасперскͶй", "kaspersky"],
    ["Кас.перский", "kaspersky"],
    ["КасперскийCloud", "kaspersky"],
    ["C . o . n . t . e . m . p . o . r . a . r . y Amperex Technology Co., Limited", "catl"],
    ["S-h-e-n-z-h-e-n Da-Jiang Innovations Sciences and Technologies Company Limited", "dji"],
    ["Pacific Network CorΡ.", "pacific-networks"],
  ];
  for (const [text, entity] of disguised) {
    it(`${JSON.stringify(text)} is ${entity}, with the rule's own verdict`, () => {
      const match = first(text);
      expect(match?.target.entityId).toBe(entity);
      expect(match?.via).toBe("look-alike");
      expect(match?.reviewOnly).toBeUndefined();
    });
  }

  it("keys both cases of a Cyrillic letter as the Latin letter they imitate", () => {
    expect(lookalikeWord("касперский")).toBe(lookalikeWord("КАСПЕРСКИЙ"));
    expect(lookalikeWord("к")).toBe(lookalikeWord("k"));
    expect(lookalikeWord("ĸ")).toBe(lookalikeWord("k"));
    expect(lookalikeWord("б")).not.toBe(lookalikeWord("b"));
  });

  it("says which characters were swapped", () => {
    expect(first("Нuawei")?.disguise?.swapped).toEqual(["н→h"]);
    expect(first("HUAWEl")?.disguise?.swapped).toEqual(["l→i"]);
    expect(first("HIKVISI0N")?.disguise?.swapped).toEqual(["0→o"]);
    expect(first("Hua\u3164wei")?.disguise?.removed).toEqual(["U+3164"]);
  });

  it("finds native short names and the variant 華爲 as aliases", () => {
    const names: [string, string][] = [
      ["華爲", "huawei"],
      ["Касперский", "kaspersky"],
      ["卡巴斯基", "kaspersky"],
      ["海能达", "hytera"],
    ];
    for (const [text, entity] of names) {
      expect(first(text)?.target.entityId, text).toBe(entity);
      expect(first(text)?.via, text).toBe("alias");
    }
  });
});

describe("sightName: near misses are a review with a score", () => {
  for (const [text, entity] of [
    ["Huawai", "huawei"],
    ["Hauwei", "huawei"],
    ["Hikvsion", "hikvision"],
    ["Dahau", "dahua"],
    ["Kasperski", "kaspersky"],
    ["China Mobil", "china-mobile"],
  ]) {
    it(`${text} resembles ${entity}`, () => {
      const match = first(text as string);
      expect(match?.target.entityId).toBe(entity);
      expect(match?.via).toBe("near-miss");
      expect(match?.reviewOnly).toBe(true);
      expect(match?.similarity).toBeGreaterThan(0.7);
      expect(match?.similarity).toBeLessThan(1);
    });
  }

  it("has none for short names, exact-only names or names that opted out", () => {
    expect(sightName(index, "ZTF")).toEqual([]);
    expect(sightName(index, "Honer")).toEqual([]);
    expect(sightName(index, "Zenergy")).toEqual([]);
    expect(sightName(index, "Lemons")).toEqual([]);
  });
});

describe("sightName: traps stay clean", () => {
  for (const text of [
    "Aztec Networks Inc.",
    "ZTEC",
    "Dahuang Foods Co., Ltd.",
    "Hikari",
    "Honorable Foods",
    "Honor Guard Security",
    "Zhongxing Plastics Co., Ltd.",
    "Hytech Radio Inc.",
    "Kasper Systems GmbH",
    "DeepSeeker Analytics Pty Ltd",
    "Asia Pacific Network Ltd",
    "TickTock Timer",
    "上海思明電子有限公司",
    "Apple Inc.",
    "Microsoft Corporation",
  ]) {
    it(text, () => expect(sightName(index, text)).toEqual([]));
  }
});

describe("sightIdentifier", () => {
  it("finds covered entities by package-URL namespace, CPE vendor, domain and FCC ID", () => {
    const cases: [string, string, string, string][] = [
      ["purl", "pkg:maven/com.huawei.agconnect/agconnect-core@1.9.1", "huawei", "purl-namespace"],
      ["purl", "pkg:npm/%40huaweicloud/huaweicloud-sdk-core@3.1.0", "huawei", "purl-namespace"],
      ["purl", "pkg:huggingface/deepseek-ai/DeepSeek-R1", "deepseek", "purl-namespace"],
      ["cpe", "cpe:2.3:a:kaspersky:anti-virus:*:*:*:*:*:*:*:*", "kaspersky", "cpe-vendor"],
      ["cpe", "cpe:/o:dahuasecurity:ipc-hum7xxx_firmware", "dahua", "cpe-vendor"],
      ["cpe23", "cpe:2.3:h:huawei:p30:-:*:*:*:*:*:*:*", "huawei", "cpe-vendor"],
      ["url", "https://www.hikvision.com/en/", "hikvision", "domain"],
      ["email", "psirt@zte.com.cn", "zte", "email-domain"],
      ["fccId", "FCC ID: QISME909S-120", "huawei", "fcc-grantee"],
      ["fccId", "ＱＩＳＭＥ９０９Ｓ", "huawei", "fcc-grantee"],
    ];
    for (const [scheme, value, entity, via] of cases) {
      const [match] = sightIdentifier(index, scheme, value);
      expect(match?.target.entityId, value).toBe(entity);
      expect(match?.via, value).toBe("identifier");
      expect(match?.scheme, value).toBe(via);
    }
  });

  it("reads the names inside identifiers when no key is known", () => {
    const [owner] = sightIdentifier(index, "purl", "pkg:github/ZTE/zxr10@1.0");
    expect(owner?.target.entityId).toBe("zte");
    const [vendor] = sightIdentifier(index, "cpe", "cpe:2.3:a:hytera:dmr:*:*:*:*:*:*:*:*");
    expect(vendor?.target.entityId).toBe("hytera");
  });

  it("finds nothing in clean identifiers", () => {
    for (const [scheme, value] of [
      ["purl", "pkg:npm/left-pad@1.3.0"],
      ["purl", "pkg:maven/org.apache.commons/commons-lang3@3.12.0"],
      ["cpe", "cpe:2.3:a:apache:log4j:2.14.1:*:*:*:*:*:*:*"],
      ["url", "https://example.com"],
      ["fccId", "BCG-E3091A"],
    ]) {
      expect(sightIdentifier(index, scheme as string, value as string), value).toEqual([]);
    }
  });
});
