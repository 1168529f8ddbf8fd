// A deterministic synthetic fleet: products of about 51 components, trees 2-5 deep, shared
// sub-assemblies, realistic maker names with respellings, other scripts and look-alikes, and
// about 1% covered parts.

/** A seeded pseudo-random generator (mulberry32). */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const syllables = [
  "ka",
  "to",
  "mi",
  "ra",
  "zen",
  "lu",
  "vor",
  "tek",
  "neo",
  "sun",
  "kai",
  "dor",
  "vex",
  "lin",
  "mar",
];
const suffixes = [
  "Co., Ltd.",
  "Inc.",
  "Corporation",
  "GmbH",
  "K.K.",
  "Ltd",
  "LLC",
  "S.A.",
  "Electronics Co., Ltd.",
];
const cjkMakers = [
  "東京電子株式会社",
  "深圳市明华科技有限公司",
  "台灣精密股份有限公司",
  "大阪通信機器株式会社",
];
export const coveredNames = [
  "Huawei Technologies Co., Ltd.",
  "HUAWEI",
  "华为技术有限公司",
  "ファーウェイ・ジャパン株式会社",
  "HiSilicon Technologies",
  "ZTE Corporation",
  "中興通訊股份有限公司",
  "Huawei Device Co., Ltd.",
];
const lookAlikes = [
  "Aztec Electronics",
  "Huaweian Trading Ltd.",
  "Dahuang Foods",
  "Ztelecom Parts Inc.",
  "Hua Wei Lighting",
];
const types = ["module", "chip", "board", "firmware", "assembly", "library"];

function makerPool(next) {
  const pool = [];
  for (let i = 0; i < 400; i++) {
    const words = 1 + Math.floor(next() * 2);
    let name = "";
    for (let w = 0; w < words; w++) {
      const word =
        syllables[Math.floor(next() * syllables.length)] +
        syllables[Math.floor(next() * syllables.length)];
      name += `${w ? " " : ""}${word[0].toUpperCase()}${word.slice(1)}`;
    }
    pool.push(`${name} ${suffixes[Math.floor(next() * suffixes.length)]}`);
    if (next() < 0.3) pool.push(name.toUpperCase()); // respelling of the same maker
  }
  return [...pool, ...cjkMakers, ...lookAlikes];
}

/** Generates `count` products; `coveredRate` of components are made by a covered entity. */
export function generateFleet({ count, seed = 42, coveredRate = 0.01, size = 51 }) {
  const next = random(seed);
  const makers = makerPool(next);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const part = (name) => ({
    name,
    type: pick(types),
    manufacturer: next() < coveredRate ? pick(coveredNames) : pick(makers),
  });
  const products = [];
  for (let p = 0; p < count; p++) {
    let made = 1;
    const root = {
      name: `Product ${p}`,
      type: "device",
      manufacturer: pick(makers),
      components: [],
    };
    const shared = next() < 0.2 ? { ...part(`Shared PSU ${p}`), id: `psu-${p}` } : undefined;
    const open = [[root, 1]];
    while (made < size) {
      const [parent, depth] = open[Math.floor(next() * open.length)];
      const child = part(`Part ${made}`);
      parent.components ??= [];
      parent.components.push(child);
      made++;
      if (depth < 4) open.push([child, depth + 1]);
    }
    if (shared) {
      root.shared = [shared];
      root.components.push({ ref: shared.id });
      root.components[0].components ??= [];
      root.components[0].components.push({ ref: shared.id });
    }
    products.push(root);
  }
  return products;
}

/** Counts the components a product expands to (shared ones on every path). */
export function countComponents(product) {
  const byId = new Map((product.shared ?? []).map((c) => [c.id, c]));
  let n = 0;
  const stack = [product];
  while (stack.length) {
    const node = stack.pop();
    n++;
    for (const child of node.components ?? []) stack.push(child.ref ? byId.get(child.ref) : child);
  }
  return n;
}
