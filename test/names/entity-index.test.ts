import { describe, expect, it } from "vitest";
import type { Entity } from "../../src/index.js";
import {
  buildEntityIndex,
  inForceOn,
  matchIdentifier,
  matchName,
} from "../../src/names/entity-index.js";
import { fccGranteeCode } from "../../src/names/identifier-keys.js";

const source = "s";
const sources = [{ id: "s", title: "Test", url: "https://example.org" }];
const entities: Entity[] = [
  {
    id: "huawei",
    name: "Huawei",
    names: [
      { text: "Huawei Technologies Co., Ltd.", source },
      { text: "华为技术有限公司", source },
    ],
    aliases: [
      { text: "Huawei", source },
      { text: "華為", source },
      { text: "ファーウェイ", source },
    ],
    identifiers: [{ scheme: "fcc-grantee", value: "QIS", source }],
    affiliates: [
      { name: "HiSilicon", relation: "subsidiary", from: "2004-10", source },
      {
        name: "Honor",
        match: "exact",
        relation: "brand",
        from: "2013",
        until: "2020-11-17",
        source,
      },
    ],
    sources,
  },
  {
    id: "zte",
    name: "ZTE",
    names: [{ text: "ZTE Corporation", source }],
    aliases: [{ text: "中興通訊", source }],
    sources,
  },
  {
    id: "dahua",
    name: "Dahua",
    names: [{ text: "Zhejiang Dahua Technology Co., Ltd.", source }],
    aliases: [{ text: "Dahua", source }],
    sources,
  },
  {
    id: "hikvision",
    name: "Hikvision",
    names: [{ text: "Hangzhou Hikvision Digital Technology Co., Ltd.", source }],
    aliases: [{ text: "Hikvision", source }],
    sources,
  },
  {
    id: "kaspersky",
    name: "Kaspersky",
    names: [{ text: "АО «Лаборатория Касперского»", source }],
    sources,
  },
];
const index = buildEntityIndex(entities);
const ids = (text: string) => [...new Set(matchName(index, text).map((target) => target.entityId))];

describe("matching names", () => {
  it("finds an entity by its legal name with another legal form", () => {
    expect(ids("Huawei Technologies Company")).toEqual(["huawei"]);
    expect(ids("ZTE Corp.")).toEqual(["zte"]);
  });

  it("finds an alias as whole tokens inside a longer name", () => {
    expect(ids("Hangzhou Hikvision Digital Technology")).toEqual(["hikvision"]);
    expect(ids("Huawei Device (Dongguan) Co., Ltd.")).toEqual(["huawei"]);
  });

  it("does not find a name inside a longer word", () => {
    expect(ids("Aztec Electronics")).toEqual([]);
    expect(ids("Dahuang Foods")).toEqual([]);
    expect(ids("Huaweian Trading")).toEqual([]);
  });

  it("finds simplified and traditional Chinese as substrings", () => {
    expect(ids("华为技术有限公司")).toEqual(["huawei"]);
    expect(ids("華為技術日本株式会社")).toEqual(["huawei"]);
    expect(ids("深圳市中興通訊股份有限公司")).toEqual(["zte"]);
  });

  it("finds Japanese katakana across a middle dot", () => {
    expect(ids("ファーウェイ・ジャパン株式会社")).toEqual(["huawei"]);
  });

  it("finds Cyrillic names with the Russian legal form dropped", () => {
    expect(ids("Лаборатория Касперского")).toEqual(["kaspersky"]);
    expect(ids("ЗАО «ЛАБОРАТОРИЯ КАСПЕРСКОГО»")).toEqual(["kaspersky"]);
  });

  it("finds full-width and upper-case spellings", () => {
    expect(ids("ＨＵＡＷＥＩ")).toEqual(["huawei"]);
    expect(ids("HUAWEI")).toEqual(["huawei"]);
  });

  it("matches an exact-only brand only as the whole name", () => {
    expect(ids("Honor")).toEqual(["huawei"]);
    expect(ids("HONOR Device Co., Ltd.")).toEqual([]);
    expect(ids("Honor Guard Security")).toEqual([]);
  });

  it("reports how a name matched", () => {
    const [target] = matchName(index, "HiSilicon Technologies");
    expect(target).toMatchObject({ entityId: "huawei", via: "affiliate", alias: "HiSilicon" });
  });
});

describe("affiliate dates", () => {
  const honor = matchName(index, "Honor")[0];

  it("covers an affiliate from the first day of a partial start date", () => {
    if (!honor) throw new Error("Honor should match");
    expect(inForceOn(honor, "2012-12-31")).toBe(false);
    expect(inForceOn(honor, "2013-01-01")).toBe(true);
  });

  it("covers an affiliate through its end date and not after", () => {
    if (!honor) throw new Error("Honor should match");
    expect(inForceOn(honor, "2020-11-17")).toBe(true);
    expect(inForceOn(honor, "2020-11-18")).toBe(false);
  });
});

describe("identifiers", () => {
  it("takes 3-character grantee codes, or 5 when the code starts with a digit", () => {
    expect(fccGranteeCode("QISEM770W")).toBe("QIS");
    expect(fccGranteeCode("2ADTD-5604SD")).toBe("2ADTD");
    expect(fccGranteeCode("qis-em770w")).toBe("QIS");
  });

  it("finds an entity by the grantee code of an FCC ID", () => {
    expect(matchIdentifier(index, "fccId", "QISEM770W").map((t) => t.entityId)).toEqual(["huawei"]);
    expect(matchIdentifier(index, "fccId", "SRQ-Z233VL")).toEqual([]);
  });

  it("ignores identifier schemes it does not index", () => {
    expect(matchIdentifier(index, "purl", "pkg:npm/QIS")).toEqual([]);
  });
});
