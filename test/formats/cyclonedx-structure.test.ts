// How nesting and the dependency graph combine into one product tree (or DAG).
import { describe, expect, it } from "vitest";
import {
  createRegistry,
  evaluate,
  fromCycloneDX,
  parseProduct,
  VendorgateError,
} from "../../src/index.js";
import { testPolicy } from "../fixtures/policies.js";
import { bom, childrenOf, lib, part, partsOf } from "./helpers.js";

const root = {
  type: "device",
  "bom-ref": "router",
  name: "Router",
  manufacturer: { name: "Clean Corp" },
};
const withRoot = (components: object[], dependencies?: object[]) =>
  bom(components, { metadata: { component: root }, ...(dependencies ? { dependencies } : {}) });

function cycleIssue(json: unknown) {
  try {
    fromCycloneDX(json, { dependencyCycles: "error" });
  } catch (error) {
    if (error instanceof VendorgateError) return error.issues;
    throw error;
  }
  throw new Error("expected a cycle to be refused");
}

describe("fromCycloneDX structure", () => {
  it("makes metadata.component the product and its nested components its parts", () => {
    const product = fromCycloneDX(
      bom([lib("libc")], { metadata: { component: { ...root, components: [lib("board")] } } }),
    );
    expect(product.name).toBe("Router");
    expect(product.id).toBe("router");
    expect(childrenOf(product)).toEqual(["board", "libc"]);
  });

  it("puts top-level components that nothing depends on directly under the product, in order", () => {
    expect(childrenOf(fromCycloneDX(withRoot([lib("a"), lib("b"), lib("c")])))).toEqual([
      "a",
      "b",
      "c",
    ]);
  });

  it("moves a top-level component under the part that depends on it, not also under the product", () => {
    const product = fromCycloneDX(
      withRoot(
        [lib("app"), lib("zlib")],
        [
          { ref: "router", dependsOn: ["app"] },
          { ref: "app", dependsOn: ["zlib"] },
        ],
      ),
    );
    expect(childrenOf(product)).toEqual(["app"]);
    expect(childrenOf(part(product, "app"))).toEqual(["zlib"]);
    expect(product.shared).toBeUndefined();
  });

  it("shares a component several parts depend on: one definition, a ref from each", () => {
    const product = fromCycloneDX(
      withRoot(
        [lib("web"), lib("vpn"), lib("openssl")],
        [
          { ref: "web", dependsOn: ["openssl"] },
          { ref: "vpn", dependsOn: ["openssl", "openssl"] },
        ],
      ),
    );
    expect(childrenOf(product)).toEqual(["web", "vpn"]);
    expect(childrenOf(part(product, "web"))).toEqual(["ref:openssl"]);
    expect(childrenOf(part(product, "vpn"))).toEqual(["ref:openssl"]);
    expect(product.shared).toEqual([{ name: "openssl", id: "openssl", type: "library" }]);
    expect(partsOf(product)).toHaveLength(4);
  });

  it("reports a covered shared part on every path to it", () => {
    const registry = createRegistry({ policies: [testPolicy()] });
    const product = fromCycloneDX(
      withRoot(
        [
          lib("web", { author: "Clean Corp" }),
          lib("vpn", { author: "Clean Corp" }),
          lib("radio", { manufacturer: { name: "Acme" } }),
        ],
        [
          { ref: "web", dependsOn: ["radio"] },
          { ref: "vpn", dependsOn: ["radio"] },
        ],
      ),
    );
    const report = evaluate(product, {
      registry,
      policies: ["test-policy"],
      asOf: "2021-01-01",
      context: { buyer: { sector: "government", jurisdiction: "XX" } },
    });
    // Once, with both paths.
    expect(
      report.findings.map((f) => [
        (f.paths ?? [f.path]).map((path) => path.join(" > ")),
        f.componentId,
        f.entity?.origin,
      ]),
    ).toEqual([
      [["Router > vpn > radio", "Router > web > radio"], "radio", "cyclonedx:manufacturer"],
    ]);
  });

  it("shares a nested component that another part also depends on", () => {
    const product = fromCycloneDX(
      withRoot(
        [lib("modem", { components: [lib("firmware")] }), lib("driver")],
        [{ ref: "driver", dependsOn: ["firmware"] }],
      ),
    );
    expect(childrenOf(part(product, "modem"))).toEqual(["ref:firmware"]);
    expect(childrenOf(part(product, "driver"))).toEqual(["ref:firmware"]);
    expect(product.shared?.map((shared) => shared.id)).toEqual(["firmware"]);
  });

  it("drops a dependency on the product itself (it holds every part), or refuses it on request", () => {
    const json = withRoot([lib("app")], [{ ref: "app", dependsOn: ["router"] }]);
    expect(childrenOf(fromCycloneDX(json))).toEqual(["app"]);
    expect(cycleIssue(json)).toEqual([
      {
        code: "cycle",
        path: ["dependencies", 0, "dependsOn", 0],
        message:
          '"app" depends on the product itself ("Router"), which contains every part: that is a cycle',
      },
    ]);
  });

  it("breaks a dependency cycle at the edge that closes it, keeping every part", () => {
    const json = withRoot(
      [lib("a"), lib("b"), lib("c")],
      [
        { ref: "router", dependsOn: ["a"] },
        { ref: "a", dependsOn: ["b"] },
        { ref: "b", dependsOn: ["c"] },
        { ref: "c", dependsOn: ["a"] },
      ],
    );
    const product = fromCycloneDX(json);
    expect(childrenOf(part(product, "b"))).toEqual(["c"]);
    expect(childrenOf(part(product, "c"))).toEqual([]);
    expect(partsOf(product)).toHaveLength(4);
    expect(cycleIssue(json)).toEqual([
      {
        code: "cycle",
        path: ["dependencies", 3, "dependsOn", 0],
        message: "Parts depend on each other in a cycle: a → b → c → a",
      },
    ]);
  });

  it("keeps parts that only a cycle reaches, and refuses a self-dependency on request", () => {
    const island = withRoot(
      [lib("x"), lib("y")],
      [
        { ref: "x", dependsOn: ["y"] },
        { ref: "y", dependsOn: ["x"] },
      ],
    );
    const product = fromCycloneDX(island);
    expect(childrenOf(product)).toEqual(["x"]);
    expect(childrenOf(part(product, "x"))).toEqual(["y"]);
    const self = withRoot([lib("x")], [{ ref: "x", dependsOn: ["x"] }]);
    expect(partsOf(fromCycloneDX(self))).toHaveLength(2);
    expect(cycleIssue(self)[0]?.message).toBe("Parts depend on each other in a cycle: x → x");
  });

  it("walks 100,000 levels of nesting without overflowing the stack", () => {
    let innermost: Record<string, unknown> = { type: "library", name: "level 100000" };
    for (let level = 99_999; level >= 1; level--) {
      innermost = { type: "library", name: `level ${level}`, components: [innermost] };
    }
    const product = fromCycloneDX(bom([innermost]));
    expect(parseProduct(product).graph.nodes).toHaveLength(100_001);
  });
});
