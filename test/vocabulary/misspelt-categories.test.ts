// A category value a letter or two off a vocabulary term ("video survelliance") may mean that
// term: a rule asking for it cannot tell, so a covered maker's part is a review, never allowed.
import { describe, expect, it } from "vitest";
import { bundledRegistry, evaluate, type Report } from "../../src/index.js";

const registry = bundledRegistry();
const camera = (categories: string[]) =>
  evaluate(
    {
      name: "Dome camera",
      type: "device",
      manufacturer: "Hangzhou Hikvision Digital Technology Co., Ltd.",
      categories,
    },
    {
      registry,
      policies: ["us-ndaa-889"],
      asOf: "2021-01-01",
      context: {
        buyer: { sector: "government", jurisdiction: "US" },
        use: "procurement",
        purpose: "public-safety",
      },
    },
  );

const hikvision = (report: Report) => report.findings.filter((f) => f.entity?.id === "hikvision");

describe("a misspelt category on a covered maker's part", () => {
  it.each([["video survelliance"], ["video-surveilance"], ["Video Survellance"]])(
    "%s is a review that names the categories as the fact that would settle it",
    (value) => {
      const report = camera([value]);
      expect(report.verdict).toBe("review");
      const findings = hikvision(report);
      expect(findings.length).toBeGreaterThan(0);
      expect(findings.every((f) => f.verdict !== "allowed")).toBe(true);
      expect(JSON.stringify(report)).toContain("categories");
      const warning = report.warnings?.find((w) => w.code === "unknown_category");
      expect(warning?.message).toContain('"video-surveillance"');
    },
  );

  it("keeps the rule's own verdict when another value is the category asked for", () => {
    expect(camera(["video-surveilance", "video-surveillance"]).verdict).toBe("prohibited");
  });

  it("leaves a category that is another word (not a slip) out of the rule, as before", () => {
    expect(camera(["personal-computer"]).verdict).toBe(
      camera(["consumer-router-x-laptop"]).verdict,
    );
    expect(["allowed", "review"]).toContain(camera(["personal-computer"]).verdict);
    expect(camera(["video-surveillance"]).verdict).toBe("prohibited");
  });
});
