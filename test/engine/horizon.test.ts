import { describe, expect, it } from "vitest";
import { bundledRegistry, HorizonSchema, horizon, VendorgateError } from "../../src/index.js";

const registry = bundledRegistry();
const huaweiRadio = {
  name: "4G radio unit",
  type: "device",
  manufacturer: "Huawei Technologies Co., Ltd.",
  attributes: { networkDomain: "ran" },
};

describe("horizon", () => {
  it("finds the 4G removal deadline of Canada's policy, with its rule, source and cause", () => {
    const result = horizon(huaweiRadio, {
      registry,
      policies: ["ca-telecom-huawei-zte"],
      asOf: "2023-01-01",
      until: "2030-12-31",
      context: {
        buyer: { sector: "telecom-carrier", jurisdiction: "CA" },
        use: "4g-network",
        phase: "operate",
      },
    });
    expect(HorizonSchema.parse(result)).toEqual(result);
    expect(result.verdict).toBe("allowed");
    expect(result.changes.map((c) => [c.date, c.previous, c.verdict])).toEqual([
      ["2028-01-01", "allowed", "restricted"],
    ]);
    const [change] = result.changes;
    expect(change?.policies).toEqual([
      {
        id: "ca-telecom-huawei-zte",
        version: "1.0.0",
        previousVersion: "1.0.0",
        applies: true,
        verdict: "restricted",
        previous: "allowed",
      },
    ]);
    expect(change?.causes).toEqual([
      expect.objectContaining({ kind: "rule-starts", ruleId: "4g-removal-by-2027-12-31" }),
    ]);
    expect(change?.findings[0]).toMatchObject({
      ruleId: "4g-removal-by-2027-12-31",
      source: { id: "ref-189" },
      path: ["4G radio unit"],
    });
  });

  it("reports only the dates where the overall verdict changes, across several policies", () => {
    const core = { ...huaweiRadio, name: "5G core node", attributes: { networkDomain: "core" } };
    const result = horizon(core, {
      registry,
      profile: "de-telecom-operator",
      asOf: "2024-01-01",
      until: "2031-12-31",
      context: { phase: "operate" },
    });
    // The EU toolbox asks for a review throughout; Germany's core deadline makes it prohibited.
    expect(result.verdict).toBe("review");
    expect(result.changes.map((c) => [c.date, c.previous, c.verdict])).toEqual([
      ["2027-01-01", "review", "prohibited"],
    ]);
    expect(result.changes[0]?.policies.map((p) => p.id)).toEqual(["de-5g-huawei-zte"]);
  });

  it("follows a product through versions and deadlines of the UK direction", () => {
    const result = horizon(huaweiRadio, {
      registry,
      policies: ["gb-5g-designated-vendor"],
      asOf: "2020-08-01",
      until: "2030-01-01",
      context: {
        buyer: { sector: "telecom-carrier", jurisdiction: "GB" },
        use: "5g-network",
        phase: "acquire",
      },
    });
    expect(result.changes.map((c) => [c.date, c.previous, c.verdict])).toEqual([
      ["2021-01-01", "allowed", "restricted"],
      ["2022-10-13", "restricted", "prohibited"],
    ]);
    expect(result.changes[1]?.causes.map((c) => c.kind)).toContain("version-in-force");
    expect(result.changes[1]?.policies[0]).toMatchObject({
      version: "2.0.0",
      previousVersion: "1.0.0",
    });
  });

  it("names a version coming into force", () => {
    const phone = {
      name: "Work phone",
      manufacturer: "Samsung Electronics Co., Ltd.",
      components: [{ name: "TikTok", type: "application", manufacturer: "TikTok Pte. Ltd." }],
    };
    const result = horizon(phone, {
      registry,
      profile: "ca-federal-institution",
      asOf: "2023-01-01",
      until: "2024-12-31",
    });
    expect(result.changes).toHaveLength(1);
    expect(result.changes[0]).toMatchObject({
      date: "2023-02-28",
      verdict: "prohibited",
      causes: [
        { kind: "version-in-force", policy: { id: "ca-gov-mobile-devices", version: "1.0.0" } },
      ],
    });
  });

  it("finds an affiliation ending (Honor leaving Huawei) and the findings it lifts", () => {
    const result = horizon(
      { name: "Phone", type: "device", manufacturer: "Honor" },
      {
        registry,
        policies: ["jp-gov-procurement"],
        asOf: "2020-01-01",
        until: "2021-12-31",
        context: { buyer: { sector: "government", jurisdiction: "JP" } },
      },
    );
    expect(result.verdict).toBe("restricted");
    const [change] = result.changes;
    expect(change).toMatchObject({
      date: "2020-11-18",
      previous: "restricted",
      verdict: "allowed",
    });
    expect(change?.causes).toEqual([
      expect.objectContaining({ kind: "affiliation-ends", entity: "huawei", affiliate: "Honor" }),
    ]);
    expect(change?.findings).toEqual([]);
    expect(change?.previousFindings[0]).toMatchObject({
      entity: { id: "huawei", via: "affiliate" },
    });
  });

  it("finds the Kaspersky removal deadline of PSPF 002-2025 for an installed instance", () => {
    const laptop = {
      name: "Agency laptop",
      manufacturer: "Wattle Devices Pty Ltd",
      components: [
        { name: "Endpoint Security", type: "application", manufacturer: "Kaspersky Lab, Inc." },
      ],
    };
    const result = horizon(laptop, {
      registry,
      profile: "au-commonwealth-entity",
      asOf: "2025-01-01",
      until: "2026-01-01",
      context: { phase: "operate" },
    });
    expect(result.changes.map((c) => [c.date, c.verdict])).toEqual([
      ["2025-02-21", "restricted"],
      ["2025-04-01", "prohibited"],
    ]);
  });

  it("finds a waiver expiring", () => {
    const result = horizon(huaweiRadio, {
      registry,
      policies: ["ca-telecom-huawei-zte"],
      asOf: "2025-01-01",
      until: "2025-12-31",
      context: {
        buyer: { sector: "telecom-carrier", jurisdiction: "CA" },
        use: "5g-network",
        phase: "operate",
      },
      waivers: [
        {
          id: "w1",
          entity: "huawei",
          reason: "swap scheduled",
          approver: "CISO",
          expires: "2025-06-30",
        },
      ],
    });
    expect(result.verdict).toBe("allowed");
    expect(result.changes).toMatchObject([
      {
        date: "2025-07-01",
        verdict: "restricted",
        causes: [{ kind: "waiver-expires", waiver: "w1" }],
      },
    ]);
  });

  it("returns no changes when nothing changes, and refuses bad dates with paths", () => {
    const clean = { name: "Radio", manufacturer: "Telefonaktiebolaget LM Ericsson" };
    const options = {
      registry,
      profile: "gb-telecom-provider",
      asOf: "2020-01-01",
      until: "2030-01-01",
    };
    expect(horizon(clean, options).changes).toEqual([]);
    const bad = (extra: object) => {
      try {
        horizon(clean, { ...options, ...extra });
      } catch (error) {
        return error instanceof VendorgateError ? error.issues : error;
      }
      return [];
    };
    expect(bad({ until: "2019-12-31" })).toEqual([
      expect.objectContaining({ code: "invalid_date", path: ["options", "until"] }),
    ]);
    expect(bad({ until: "2030-02-30" })).toEqual([
      expect.objectContaining({ code: "invalid_input", path: ["options", "until"] }),
    ]);
  });
});
