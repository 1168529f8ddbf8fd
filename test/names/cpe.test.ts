import { describe, expect, it } from "vitest";
import { parseCpe } from "../../src/names/cpe.js";

describe("parseCpe (NISTIR 7695)", () => {
  it("reads a 2.3 formatted string", () => {
    expect(parseCpe("cpe:2.3:h:huawei:p30:-:*:*:*:*:*:*:*")).toEqual({
      part: "h",
      vendor: "huawei",
      product: "p30",
      version: "-",
    });
  });

  it("unquotes escaped characters, keeping an escaped colon inside a value", () => {
    const cpe = parseCpe("cpe:2.3:o:hikvision:ds-2cd2026g2-iu\\/sl_firmware:5\\:1:*:*:*:*:*:*:*");
    expect(cpe?.vendor).toBe("hikvision");
    expect(cpe?.product).toBe("ds-2cd2026g2-iu/sl_firmware");
    expect(cpe?.version).toBe("5:1");
  });

  it("reads a 2.2 URI, percent-decoded, with missing components as ANY", () => {
    expect(parseCpe("cpe:/h:huawei:p30")).toEqual({
      part: "h",
      vendor: "huawei",
      product: "p30",
      version: undefined,
    });
    expect(parseCpe("cpe:/a:kaspersky%5flab:anti-virus:2021")?.vendor).toBe("kaspersky_lab");
    expect(parseCpe("CPE:/O:ZTE")?.vendor).toBe("zte");
  });

  it("reads ANY and NA vendors as such", () => {
    expect(parseCpe("cpe:2.3:a:*:x:*:*:*:*:*:*:*:*")?.vendor).toBeUndefined();
    expect(parseCpe("cpe:2.3:a:-:x:*:*:*:*:*:*:*:*")?.vendor).toBe("-");
    expect(parseCpe("cpe:/a")?.vendor).toBeUndefined();
  });

  it("refuses what is not a CPE name", () => {
    for (const text of [
      "",
      "huawei",
      "cpe:2.3:h:huawei:p30",
      "cpe:2.3:x:huawei:p30:-:*:*:*:*:*:*:*",
      "cpe:2.3:h:huawei:p30:-:*:*:*:*:*:*:*:*",
      "cpe:2.3:h:huawei:p30:-:*:*:*:*:*:*:\\",
      "cpe:/x:huawei",
      "cpe:/a:b:c:d:e:f:g:h",
      "pkg:npm/left-pad",
    ]) {
      expect(parseCpe(text), text).toBeUndefined();
    }
  });

  it("leaves a malformed percent escape undecoded as ANY rather than throwing", () => {
    expect(parseCpe("cpe:/a:%zz:product")?.vendor).toBeUndefined();
  });
});
