import { describe, expect, it } from "vitest";
import {
  entityIdentifierKey,
  fccGranteeCode,
  readIdentifier,
} from "../../src/names/identifier-keys.js";

describe("readIdentifier", () => {
  it("reads Maven group prefixes, most general first", () => {
    expect(
      readIdentifier("purl", "pkg:maven/com.huawei.agconnect/agconnect-core@1.9.1").keys,
    ).toEqual([
      "purl-namespace:maven/com",
      "purl-namespace:maven/com.huawei",
      "purl-namespace:maven/com.huawei.agconnect",
    ]);
  });

  it("reads an npm scope as a key and as a name", () => {
    const reading = readIdentifier("purl", "pkg:npm/%40huaweicloud/huaweicloud-sdk-core@3.1.0");
    expect(reading.keys).toEqual(["purl-namespace:npm/@huaweicloud"]);
    expect(reading.names).toEqual(["huaweicloud"]);
    expect(reading.scheme).toBe("purl-namespace");
  });

  it("reads repository owners and Go module paths", () => {
    expect(readIdentifier("purl", "pkg:github/ZTE/foo@1").names).toEqual(["zte"]);
    expect(
      readIdentifier("purl", "pkg:golang/github.com/huaweicloud/huaweicloud-sdk-go-v3@v0.1.0").keys,
    ).toContain("purl-namespace:golang/github.com/huaweicloud");
  });

  it("reads nothing from a malformed package URL or one without a namespace", () => {
    expect(readIdentifier("purl", "not a purl").keys).toEqual([]);
    expect(readIdentifier("purl", "pkg:pypi/requests@2").keys).toEqual([]);
  });

  it("reads CPE vendors in both bindings", () => {
    expect(readIdentifier("cpe", "cpe:2.3:a:kaspersky:anti-virus:*:*:*:*:*:*:*:*").keys).toEqual([
      "cpe-vendor:kaspersky",
    ]);
    expect(readIdentifier("cpe", "cpe:/h:huawei:p30").keys).toEqual(["cpe-vendor:huawei"]);
    expect(readIdentifier("cpe", "cpe:2.3:a:*:x:*:*:*:*:*:*:*:*").keys).toEqual([]);
  });

  it("reads web and e-mail domains with their parents, never a bare top-level domain", () => {
    expect(readIdentifier("url", "https://consumer.huawei.com/en/").keys).toEqual([
      "domain:huawei.com",
      "domain:consumer.huawei.com",
    ]);
    expect(readIdentifier("website", "www.zte.com.cn").keys).toContain("domain:zte.com.cn");
    const mail = readIdentifier("email", "mailto:Someone@Huawei.COM");
    expect(mail.keys).toEqual(["domain:huawei.com"]);
    expect(mail.scheme).toBe("email-domain");
    expect(readIdentifier("email", "no-at-sign").keys).toEqual([]);
    expect(readIdentifier("url", "http://localhost/").keys).toEqual([]);
  });

  it("ignores schemes it does not read", () => {
    expect(readIdentifier("swid", "huawei").keys).toEqual([]);
  });
});

describe("fccGranteeCode", () => {
  it("reads IDs as printed on a label, in full-width digits too", () => {
    expect(fccGranteeCode("FCC ID: QISME909S-120")).toBe("QIS");
    expect(fccGranteeCode("ＦＣＣ ＩＤ：ＱＩＳＭＥ９０９Ｓ")).toBe("QIS");
    expect(fccGranteeCode("fcc id 2ADTD-5604SD")).toBe("2ADTD");
    expect(fccGranteeCode("SRQ-Z233VL")).toBe("SRQ");
  });
});

describe("entityIdentifierKey", () => {
  it("keeps dots and dashes where they are part of the value", () => {
    expect(entityIdentifierKey("domain", "Huawei.com")).toBe("domain:huawei.com");
    expect(entityIdentifierKey("purl-namespace", "maven/com.huawei")).toBe(
      "purl-namespace:maven/com.huawei",
    );
    expect(entityIdentifierKey("fcc-grantee", "2ADTD")).toBe("fcc-grantee:2ADTD");
  });
});
