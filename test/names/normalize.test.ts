import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeName } from "../../src/index.js";
import { stripCjkLegalForms, stripLegalForms } from "../../src/names/corporate-suffixes.js";
import { foldText } from "../../src/names/normalize.js";

describe("normalizeName", () => {
  it("folds case and punctuation into word tokens", () => {
    expect(normalizeName("Huawei Technologies Co., Ltd.").tokens).toEqual([
      "huawei",
      "technologies",
      "co",
      "ltd",
    ]);
  });

  it("reads full-width Latin as ASCII (NFKC)", () => {
    expect(normalizeName("ＨＵＡＷＥＩ").tokens).toEqual(["huawei"]);
  });

  it("keeps CJK as runs and drops separators between CJK characters", () => {
    expect(normalizeName("ファーウェイ・ジャパン株式会社").cjk).toEqual([
      "ファーウェイジャパン株式会社",
    ]);
    expect(normalizeName("华为技术有限公司").cjk).toEqual(["华为技术有限公司"]);
  });

  it("turns half-width katakana into full-width", () => {
    expect(normalizeName("ﾌｧｰｳｪｲ").cjk).toEqual(["ファーウェイ"]);
  });

  it("splits mixed-script names into tokens and runs", () => {
    expect(normalizeName("ZTE 中兴通讯 Corp")).toEqual({
      tokens: ["zte", "corp"],
      cjk: ["中兴通讯"],
    });
  });

  it("folds Cyrillic case and strips diacritics", () => {
    expect(normalizeName("«Лаборатория Касперского»").tokens).toEqual([
      "лаборатория",
      "касперского",
    ]);
    expect(foldText("Hikvisión")).toBe("hikvision");
  });

  it("is idempotent on its own token output", () => {
    const once = normalizeName("Hangzhou Hikvision Digital Technology Co., Ltd.");
    expect(normalizeName(once.tokens.join(" ")).tokens).toEqual(once.tokens);
  });
});

describe("legal forms", () => {
  it("drops English legal forms at the end only", () => {
    expect(stripLegalForms(["huawei", "technologies", "co", "ltd"])).toEqual([
      "huawei",
      "technologies",
    ]);
    expect(stripLegalForms(["company", "of", "heroes"])).toEqual(["company", "of", "heroes"]);
  });

  it("never drops a name to nothing", () => {
    expect(stripLegalForms(["limited"])).toEqual(["limited"]);
  });

  it("drops Russian legal forms written before the name", () => {
    expect(stripLegalForms(["ао", "лаборатория", "касперского"])).toEqual([
      "лаборатория",
      "касперского",
    ]);
  });

  it("drops Chinese and Japanese legal forms at either end", () => {
    expect(stripCjkLegalForms("华为技术有限公司")).toBe("华为技术");
    expect(stripCjkLegalForms("中兴通讯股份有限公司")).toBe("中兴通讯");
    expect(stripCjkLegalForms("株式会社ファーウェイ")).toBe("ファーウェイ");
  });
});

describe("invisible characters and voicing marks", () => {
  it("drops invisible format characters inside a word (a wrong 'allowed' otherwise)", () => {
    for (const ch of ["\u00AD", "\u200B", "\u200D", "\u2060", "\uFEFF", "\u180E", "\u200E"]) {
      expect(normalizeName(`Hua${ch}wei Technologies`).tokens, JSON.stringify(ch)).toEqual([
        "huawei",
        "technologies",
      ]);
    }
  });

  it("drops enclosing and combining marks that do not belong to kana", () => {
    expect(normalizeName("Hua\u0489wei").tokens).toEqual(["huawei"]);
  });

  it("composes a spacing voicing mark with the kana before it", () => {
    expect(normalizeName("ﾊ゛イトダンス").cjk).toEqual(["バイトダンス"]);
    expect(normalizeName("ﾊﾞｲﾄﾀﾞﾝｽ").cjk).toEqual(["バイトダンス"]);
    expect(foldText(foldText("ﾊ゛イト"))).toBe(foldText("ﾊ゛イト"));
  });
});

describe("normalizeName on plain ASCII", () => {
  // A no-break space is folded to a space by NFKC: appending one sends the same name through
  // the general path, which the ASCII shortcut must agree with.
  const general = (text: string) => normalizeName(`${text}\u00a0`);

  it("gives what the general path gives, for any printable ASCII text", () => {
    const ascii = fc.string({
      unit: fc.constantFrom(..."\t\n\r !\"#$%&'()*+,-./0123456789:;<=>?@AZaz[\\]^_`{|}~HuaweiZTE"),
      maxLength: 40,
    });
    fc.assert(
      fc.property(ascii, (text) => {
        expect(normalizeName(text)).toEqual(general(text));
      }),
      { numRuns: 2_000 },
    );
    for (const text of ["Huawei Technologies Co., Ltd.", "Z.T.E.", "  ", "", "O'Neil & Sons"]) {
      expect(normalizeName(text)).toEqual(general(text));
    }
    expect(normalizeName("Z.T.E. Corp").tokens).toEqual(["z", "t", "e", "corp"]);
  });
});
