// Plain hand-written screeners used as yardsticks by the benchmark.
import jsonLogic from "json-logic-js";

function normalize(name) {
  return name
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** A baseline: iterative walk, a Set of normalised covered tokens, CJK substrings, a name cache. */
export function makeBaseline(tokens, cjk) {
  const covered = new Set(tokens);
  const cache = new Map();
  const isCovered = (name) => {
    let hit = cache.get(name);
    if (hit === undefined) {
      const text = normalize(name);
      hit =
        text.split(" ").some((t) => covered.has(t)) || cjk.some((alias) => text.includes(alias));
      cache.set(name, hit);
    }
    return hit;
  };
  return (product) => {
    const byId = product.shared ? new Map(product.shared.map((c) => [c.id, c])) : undefined;
    const findings = [];
    const stack = [[product, [product.name]]];
    while (stack.length) {
      const [node, path] = stack.pop();
      if (node.manufacturer && isCovered(node.manufacturer)) findings.push(path);
      for (const child of node.components ?? []) {
        const part = child.ref ? byId.get(child.ref) : child;
        stack.push([part, [...path, part.name]]);
      }
    }
    return findings;
  };
}

/** The naive approach: one json-logic-js rule applied to every component. */
export function makeJsonLogicPerComponent(tokens) {
  const rule = { some: [{ var: "tokens" }, { in: [{ var: "" }, tokens] }] };
  return (product) => {
    const byId = product.shared ? new Map(product.shared.map((c) => [c.id, c])) : undefined;
    let findings = 0;
    const stack = [product];
    while (stack.length) {
      const node = stack.pop();
      const data = { tokens: normalize(node.manufacturer ?? "").split(" ") };
      if (jsonLogic.apply(rule, data)) findings++;
      for (const child of node.components ?? [])
        stack.push(child.ref ? byId.get(child.ref) : child);
    }
    return findings;
  };
}
