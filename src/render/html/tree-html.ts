import type { Finding } from "../../model/report.js";
import { compareVerdicts } from "../../model/verdict.js";
import { escapeMarkup as e } from "../escape.js";
import type { PartTree } from "../part-tree.js";
import { badge } from "./badge.js";

/** How many parts a product's tree shows at most, besides those on a finding's path. */
export const treePartBudget = 2000;
/** How deep a tree is drawn; a finding deeper down is still listed with its whole path. */
const maxDepth = 200;
/** An open part's other children are folded into one group when there are more than this. */
const looseClean = 3;

/** A finding to mark in the tree, and the anchor of its card. */
export interface TreeFinding {
  finding: Finding;
  anchor: string;
}

const keyOf = (path: readonly string[]) => path.join("\u0000");

interface Walk {
  tree: PartTree;
  prefix: string;
  /** The path keys of the parts drawn open. */
  onPath: Set<string>;
  /** The findings at each path key. */
  at: Map<string, TreeFinding[]>;
  /** How many findings are at or below each path key. */
  inside: Map<string, number>;
  /** The element id of the first part drawn for each path key. */
  ids: Map<string, string>;
  /** The element id of each shared part already drawn in full, by node. */
  drawnNodes: Map<number, string>;
  budget: number;
  drawn: number;
}

function partsText(n: number): string {
  return `${n.toLocaleString("en-US")} part${n === 1 ? "" : "s"}`;
}

function findingsText(n: number): string {
  return `${n.toLocaleString("en-US")} finding${n === 1 ? "" : "s"}`;
}

/** A part's label (no links: it may sit in a `<summary>`), and links to its findings. */
function label(walk: Walk, node: number, key: string, id: string) {
  const part = walk.tree[node];
  if (!part) return { text: "", links: "" };
  const hits = walk.at.get(key) ?? [];
  const worst = hits.map((hit) => hit.finding.verdict).sort((a, b) => compareVerdicts(b, a))[0];
  const links = hits.length
    ? ` <span class="links">${hits.map((hit, i) => `<a href="#${hit.anchor}">finding ${i + 1}</a>`).join(" ")}</span>`
    : "";
  const below = (walk.inside.get(key) ?? 0) - hits.length;
  const counts = [
    part.below ? partsText(part.below) : "",
    below > 0 ? `${findingsText(below)} inside` : "",
  ]
    .filter(Boolean)
    .join(", ");
  const count = counts ? ` <span class="count">(${counts})</span>` : "";
  const ref = part.id !== undefined ? ` <code>${e(part.id)}</code>` : "";
  const about = part.about ? ` <span class="muted">${e(part.about)}</span>` : "";
  const mark = worst ? `${badge(worst)} ` : "";
  return { text: `<span id="${id}">${mark}${e(part.name)}</span>${ref}${about}${count}`, links };
}

function drawChildren(walk: Walk, children: readonly number[], key: string, depth: number): string {
  const hit: number[] = [];
  const rest: number[] = [];
  for (const child of children) {
    const name = walk.tree[child]?.name ?? "";
    (walk.onPath.has(`${key}\u0000${name}`) ? hit : rest).push(child);
  }
  let html = hit.map((child) => draw(walk, child, key, depth + 1)).join("");
  if (rest.length === 0) return html;
  const inner = drawList(walk, rest, key, depth);
  if (hit.length === 0 || rest.length <= looseClean) return html + inner;
  const total = rest.reduce((sum, child) => sum + 1 + (walk.tree[child]?.below ?? 0), 0);
  const inside = rest.reduce(
    (sum, child) => sum + (walk.inside.get(`${key}\u0000${walk.tree[child]?.name}`) ?? 0),
    0,
  );
  const found = inside > 0 ? `${findingsText(inside)} inside` : "no findings";
  html += `<li><details><summary>${rest.length.toLocaleString("en-US")} other parts <span class="count">(${partsText(total)} with their parts; ${found})</span></summary><ul>${inner}</ul></details></li>`;
  return html;
}

/** Parts drawn while the budget lasts; the rest are counted. */
function drawList(walk: Walk, nodes: readonly number[], key: string, depth: number): string {
  let html = "";
  let skipped = 0;
  for (const node of nodes) {
    if (walk.drawn >= walk.budget) skipped += 1 + (walk.tree[node]?.below ?? 0);
    else html += draw(walk, node, key, depth + 1);
  }
  if (skipped > 0) {
    html += `<li class="muted">${partsText(skipped)} more not drawn (a report draws up to ${walk.budget.toLocaleString("en-US")} parts of a product besides those on open paths)</li>`;
  }
  return html;
}

function draw(walk: Walk, node: number, parentKey: string | undefined, depth: number): string {
  const part = walk.tree[node];
  if (!part) return "";
  walk.drawn++;
  const key = parentKey === undefined ? part.name : `${parentKey}\u0000${part.name}`;
  const id = `${walk.prefix}-n${walk.drawn}`;
  if (!walk.ids.has(key)) walk.ids.set(key, id);
  const hit = walk.onPath.has(key);
  const cls = hit ? "hit" : "";
  const { text, links } = label(walk, node, key, id);
  if (part.children.length === 0) return `<li class="leaf ${cls}">${text}${links}</li>`;
  // A shared sub-assembly is drawn in full once; elsewhere, off the open paths, it links there.
  const first = walk.drawnNodes.get(node);
  if (first !== undefined && !hit) {
    return `<li class="leaf">${text}${links} <a href="#${first}">drawn above</a></li>`;
  }
  walk.drawnNodes.set(node, id);
  if (depth >= maxDepth) {
    return `<li class="leaf ${cls}">${text}${links} <span class="muted">(deeper parts not drawn)</span></li>`;
  }
  const children = hit
    ? drawChildren(walk, part.children, key, depth)
    : drawList(walk, part.children, key, depth);
  const after = links ? `<div class="links">${links}</div>` : "";
  return `<li><details class="${cls}"${hit ? " open" : ""}><summary>${text}</summary>${after}<ul>${children}</ul></details></li>`;
}

/**
 * Draws a product's part tree as nested `<details>` (it works without a script): the parts on
 * the paths to the `open` findings open, every part with findings marked with the worst
 * verdict there, every other part folded with its part count and the findings inside, and an
 * open part's other children folded into one group. Returns the HTML, how many parts it drew,
 * and the element id of each finding's part, for links back from the findings.
 */
export function treeHtml(
  tree: PartTree,
  findings: readonly TreeFinding[],
  open: readonly TreeFinding[],
  prefix: string,
  budget = treePartBudget,
): { html: string; ids: Map<string, string>; drawn: number } {
  // Keys only as deep as the tree is drawn: a path 100,000 parts deep costs no more.
  const prefixes = (path: readonly string[]) => {
    const keys: string[] = [];
    let key = "";
    for (const name of path.slice(0, maxDepth + 2)) {
      key = keys.length === 0 ? name : `${key}\u0000${name}`;
      keys.push(key);
    }
    return keys;
  };
  const onPath = new Set<string>();
  for (const { finding } of open) for (const key of prefixes(finding.path)) onPath.add(key);
  const at = new Map<string, TreeFinding[]>();
  const inside = new Map<string, number>();
  for (const hit of findings) {
    const path = hit.finding.path;
    for (const key of prefixes(path)) inside.set(key, (inside.get(key) ?? 0) + 1);
    const key = keyOf(path);
    at.set(key, [...(at.get(key) ?? []), hit]);
  }
  const walk: Walk = {
    tree,
    prefix,
    onPath,
    at,
    inside,
    ids: new Map(),
    drawnNodes: new Map(),
    budget,
    drawn: 0,
  };
  const html = `<ul class="tree" id="${prefix}-tree">${draw(walk, 0, undefined, 0)}</ul>`;
  return { html, ids: walk.ids, drawn: walk.drawn };
}

/** The key under which `treeHtml` records the element id of a finding's part. */
export function pathKey(path: readonly string[]): string {
  return keyOf(path);
}
