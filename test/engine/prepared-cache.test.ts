// `evaluate` reuses the options it prepared for the same options object: every change a caller
// can make between two calls (to the object, anything inside it, or its registry) must be seen.
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  createRegistry,
  type EvaluateOptions,
  evaluate,
  loadPack,
  type Report,
  VendorgateError,
} from "../../src/index.js";
import { buildPack, generateSigningKey } from "../../src/maintain/index.js";
import { acme, testPolicy } from "../fixtures/policies.js";

const profile = {
  id: "xx-government",
  title: "XX government",
  policies: ["test-policy"],
  context: { buyer: { sector: "government" as const, jurisdiction: "XX" } },
};
const makeRegistry = () => createRegistry({ policies: [testPolicy()], profiles: [profile] });
const product = {
  name: "Router",
  manufacturer: "Clean Corp",
  components: [
    { name: "Radio", manufacturer: "Acme Networks Co., Ltd." },
    { name: "Fan" },
    { name: "Cable" },
  ],
};

type Options = EvaluateOptions & Record<string, unknown>;

function baseOptions(registry = makeRegistry()): Options {
  return {
    registry,
    policies: ["test-policy"],
    asOf: "2021-01-01",
    context: { buyer: { sector: "government", jurisdiction: "XX" } },
  };
}

/** A deep copy of a value: new objects (nothing cached for them) with the same properties. */
function copyOf<T>(value: T, top = true): T {
  if (value === null || typeof value !== "object") return value;
  if (value instanceof Date) return new Date(value.getTime()) as T;
  const copy = Array.isArray(value) ? [] : Object.create(Object.getPrototypeOf(value));
  for (const [key, slot] of Object.entries(Object.getOwnPropertyDescriptors(value))) {
    if (top && key === "registry") Object.defineProperty(copy, key, slot);
    else if ("value" in slot)
      Object.defineProperty(copy, key, { ...slot, value: copyOf(slot.value, false) });
    else Object.defineProperty(copy, key, slot);
  }
  return copy;
}

function outcome(run: () => Report): unknown {
  try {
    return run();
  } catch (error) {
    if (error instanceof VendorgateError) return { error: error.issues };
    throw error;
  }
}

/**
 * Evaluates with `options`, changes them with `change`, evaluates again with the same object:
 * the second answer must be what a fresh options object with the same data gives, and differ
 * from the first (so the change mattered and a stale preparation would have been caught).
 */
function expectSeen(change: (options: Options) => void, options = baseOptions()): void {
  const before = outcome(() => evaluate(product, options));
  change(options);
  const after = outcome(() => evaluate(product, options));
  const fresh = outcome(() => evaluate(product, copyOf(options)));
  expect(after).toEqual(fresh);
  expect(after).not.toEqual(before);
}

const waiver = {
  id: "w1",
  entity: "acme",
  reason: "Swap scheduled",
  approver: "CISO",
  expires: "2030-01-01",
};

describe("prepared options reused for the same options object", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("prepares once for repeated calls with unchanged options", () => {
    const options = baseOptions();
    const resolve = vi.spyOn(options.registry, "resolve");
    const first = evaluate(product, options);
    const second = evaluate(product, options);
    expect(second).toEqual(first);
    expect(resolve).toHaveBeenCalledTimes(1);
    // A change, then the same data again: prepared again, then reused.
    (options.context as { buyer: { sector: string } }).buyer.sector = "private";
    evaluate(product, options);
    evaluate(product, options);
    expect(resolve).toHaveBeenCalledTimes(2);
  });

  it("sees a change to the context, however deep", () => {
    expectSeen((o) => {
      (o.context as { buyer: { sector: string } }).buyer.sector = "private";
    });
    expectSeen((o) => {
      o.context = { buyer: { sector: "government", jurisdiction: "YY" } };
    });
    expectSeen((o) => {
      (o.context as { asOf?: string }).asOf = "2022-01-01";
    });
  });

  it("sees a change to the policies list", () => {
    expectSeen((o) => {
      (o.policies as string[]).length = 0;
    });
    expectSeen((o) => {
      (o.policies as string[])[0] = "test-policy@^2";
    });
    expectSeen((o) => {
      (o.policies as string[]).push("no-such-policy");
    });
    expectSeen((o) => {
      o.policies = undefined;
      o.profile = "xx-government";
      o.context = { buyer: { sector: "private" } };
    });
  });

  it("sees a change of profile", () => {
    const options = { ...baseOptions(), policies: undefined, profile: "xx-government" };
    expectSeen((o) => {
      o.profile = "no-such-profile";
    }, options);
  });

  it("sees a change of date", () => {
    expectSeen((o) => {
      o.asOf = "2019-06-01";
    });
    expectSeen((o) => {
      o.asOf = "2021-02-30";
    });
  });

  it("sees waivers added, changed or removed", () => {
    expectSeen((o) => {
      o.waivers = [{ ...waiver }];
    });
    const waived = { ...baseOptions(), waivers: [{ ...waiver }] };
    expectSeen((o) => {
      for (const w of o.waivers as { expires: string }[]) w.expires = "2020-06-30";
    }, waived);
    expectSeen(
      (o) => {
        for (const w of o.waivers as { entity?: string }[]) w.entity = "someone-else";
      },
      { ...baseOptions(), waivers: [{ ...waiver }] },
    );
    expectSeen(
      (o) => {
        (o.waivers as unknown[]).push({ ...waiver });
      },
      { ...baseOptions(), waivers: [{ ...waiver }] },
    );
    expectSeen(
      (o) => {
        (o.waivers as unknown[]).pop();
      },
      { ...baseOptions(), waivers: [{ ...waiver }] },
    );
  });

  it("sees changes to limits, allGaps and stale", () => {
    expectSeen((o) => {
      o.limits = { maxComponents: 2 };
    });
    expectSeen(
      (o) => {
        (o.limits as { maxComponents: number }).maxComponents = 2;
      },
      { ...baseOptions(), limits: { maxComponents: 100 } },
    );
    expectSeen((o) => {
      o.allGaps = true;
    });
    expectSeen((o) => {
      Object.assign(o, { stale: "sometimes" });
    });
  });

  it("sees another registry, and a registry that gained a policy version", () => {
    const other = createRegistry({
      policies: [testPolicy({ version: "2.0.0", title: "Test policy, second version" })],
    });
    expectSeen((o) => {
      o.registry = other;
    });
    const options = baseOptions();
    expectSeen(() => {
      options.registry.add(
        testPolicy({ version: "1.1.0", effective: { from: "2020-06-01" }, title: "Amended" }),
      );
    }, options);
  });

  it("sees keys that would reach a prototype, hidden keys and values that are not data", () => {
    expectSeen((o) => {
      Object.defineProperty(o.context, "__proto__", { value: {}, enumerable: true });
    });
    expectSeen((o) => {
      o.allGaps = (() => true) as unknown as boolean;
    });
    expectSeen((o) => {
      Object.defineProperty(o, "stale", { value: "never", enumerable: false });
    });
  });

  it("reads getters afresh on every call", () => {
    const options = baseOptions();
    let sector = "government";
    Object.defineProperty(options, "context", {
      enumerable: true,
      get: () => ({ buyer: { sector, jurisdiction: "XX" } }),
    });
    expect(evaluate(product, options).verdict).toBe("prohibited");
    sector = "private";
    expect(evaluate(product, options).verdict).toBe("allowed");
  });
});

describe("prepared options and the pack's age", () => {
  const created = "2026-01-01T00:00:00.000Z";

  async function packRegistry() {
    const key = await generateSigningKey();
    const pack = await buildPack(
      { entities: [acme], policies: [testPolicy()], profiles: [], tests: [] },
      { name: "test-pack", revision: 1, maxAgeDays: 30, created },
      key.privateKey,
    );
    return loadPack(pack, { trustedKeys: [key.publicKey] });
  }

  it("sees the clock given in `now` move, even in place", async () => {
    const options = { ...baseOptions(await packRegistry()), now: new Date("2026-01-10") };
    expectSeen((o) => {
      (o.now as Date).setTime(Date.parse("2026-03-01"));
    }, options);
    expect(evaluate(product, options).warnings?.[0]?.code).toBe("stale");
  });

  it("judges the pack's age again on every call without `now`", async () => {
    const options = baseOptions(await packRegistry());
    vi.useFakeTimers({ now: new Date("2026-01-10"), toFake: ["Date"] });
    expect(evaluate(product, options).warnings).toBeUndefined();
    vi.setSystemTime(new Date("2026-03-01"));
    expect(evaluate(product, options).warnings?.[0]?.message).toMatch(/59 days ago/);
    vi.setSystemTime(new Date("2026-03-02"));
    expect(evaluate(product, options).warnings?.[0]?.message).toMatch(/60 days ago/);
    options.stale = "refuse";
    expect(() => evaluate(product, options)).toThrow(/stale/);
  });
});
