// The bundled registry compiles the package's own documents without running their schemas
// (the slowest part of start-up). That is sound only while each document is exactly what its
// schema returns for it, which these tests check.
import { describe, expect, it } from "vitest";
import { EntitySchema } from "../../src/model/entity.js";
import { PolicySchema } from "../../src/model/policy.js";
import { bundledRegistry } from "../../src/registry/bundled.js";
import {
  bundledEntities,
  bundledPolicies,
  bundledProfiles,
} from "../../src/registry/bundled-data.js";
import { createRegistry } from "../../src/registry/registry.js";
import { canonicalJson } from "../../src/util/canonical-json.js";

describe("the bundled documents", () => {
  it("are each exactly what the policy schema returns for them", () => {
    for (const document of bundledPolicies) {
      expect(canonicalJson(PolicySchema.parse(document))).toBe(canonicalJson(document));
    }
  });

  it("are each exactly what the entity schema returns for them", () => {
    for (const entity of bundledEntities) {
      expect(canonicalJson(EntitySchema.parse(entity))).toBe(canonicalJson(entity));
    }
  });

  it("compile to the same versions and digests with the schemas as without", () => {
    const checked = createRegistry({
      entities: bundledEntities,
      policies: bundledPolicies,
      profiles: bundledProfiles,
    });
    expect(bundledRegistry().list()).toEqual(checked.list());
    expect(bundledRegistry().list()).toHaveLength(bundledPolicies.length);
  });
});
