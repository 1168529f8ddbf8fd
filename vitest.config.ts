import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 30_000,
    // In CI, also write machine-readable results; .ci/run prints a one-line summary from them.
    reporters: process.env.CI ? ["default", "json"] : ["default"],
    outputFile: { json: ".vitest/results.json" },
  },
});
