// False positives stay out: no maker, supplier or brand named in the 87 real documents of
// ../shared/outside-boms (read there, never copied) is taken for any covered entity of the
// bundled catalogue, plainly, as a look-alike or as a near miss. People are left out: a
// person's name never matches a company's (see parties in src/model/component.ts).
import { describe, expect, it } from "vitest";
import type { Component, Party } from "../../src/index.js";
import { sightName } from "../../src/names/entity-index.js";
import { bundledIndex } from "../names/bundled-index.js";
import { importOutside, outsideFiles } from "./outside-boms.js";

function readable(name: string): boolean {
  try {
    importOutside(name);
    return true;
  } catch {
    return false;
  }
}

function partyNames(root: Component): Set<string> {
  const names = new Set<string>();
  const add = (party: Party | undefined) => {
    if (party === undefined) return;
    if (typeof party === "string") names.add(party);
    else if (party.kind !== "person") names.add(party.name);
  };
  const stack: Component[] = [root];
  const seen = new Set<Component>();
  while (stack.length > 0) {
    const part = stack.pop() as Component;
    if (seen.has(part)) continue;
    seen.add(part);
    add(part.manufacturer);
    add(part.supplier);
    add(part.brand);
    for (const child of part.components ?? []) if ("name" in child) stack.push(child as Component);
    for (const shared of (part as { shared?: Component[] }).shared ?? []) stack.push(shared);
  }
  return names;
}

describe("the parties named in the real documents", () => {
  const documents = outsideFiles().filter(readable);
  const names = new Set<string>();
  for (const name of documents)
    for (const party of partyNames(importOutside(name).product)) names.add(party);

  it("are many, from most of the documents", () => {
    expect(documents.length).toBeGreaterThanOrEqual(85);
    expect(names.size).toBeGreaterThan(700);
    expect(sightName(bundledIndex(), "Huawei Technologies Co., Ltd.").length).toBeGreaterThan(0);
  });

  it("name no covered entity, plainly, as a look-alike or as a near miss", () => {
    const index = bundledIndex();
    const matched = [...names].flatMap((name) =>
      sightName(index, name).map(
        (match) => `${name} → ${JSON.stringify(match.target)} (${match.via})`,
      ),
    );
    expect(matched).toEqual([]);
  });
});
