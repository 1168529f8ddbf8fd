import type { Finding, Report, TrailStep } from "../model/report.js";

/**
 * Names a path keeps in full; deeper paths keep the product and the names nearest the part
 * (as many as `PathStack.record` writes out).
 */
export const inlinePathLength = 64;

/** Paths a finding on a shared part lists beside its count. */
export const samplePathCount = 5;

/** A path as a report gives it: in full, or shortened with the full path in the trail. */
export interface PathRecord {
  readonly path: readonly string[];
  /** Names left out after the product. */
  readonly omitted?: number;
  /** The last step of the full path in the report's trail. */
  readonly trailAt?: number;
}

/**
 * The names from the product down to the component a walk stands on. Recording a path costs at
 * most `inlinePathLength` names; a deeper path is kept whole in `trail`, a table of steps that
 * every path through the same stack positions shares, so a 100,000-deep chain with a finding on
 * every level costs one step per level, not one name per level per finding.
 */
export class PathStack {
  readonly names: string[] = [];
  /** `trail` indexes of the steps for the first `steps.length` names on the stack. */
  private readonly steps: number[] = [];

  constructor(private readonly trail: TrailStep[]) {}

  push(name: string): void {
    this.names.push(name);
  }

  pop(): void {
    this.names.pop();
    // One step at a time: setting an array's length is a slow path in engines.
    while (this.steps.length > this.names.length) this.steps.pop();
  }

  /** Whether the path so far starts with `prefix`. */
  startsWith(prefix: readonly string[]): boolean {
    if (prefix.length > this.names.length) return false;
    for (let i = 0; i < prefix.length; i++) if (prefix[i] !== this.names[i]) return false;
    return true;
  }

  /** The path to the current component, shortened when deep (with its steps in the trail). */
  record(): PathRecord {
    const names = this.names;
    const length = names.length;
    if (length <= inlinePathLength) return { path: names.slice() };
    // The product, then the last `inlinePathLength - 1` names, as one array literal: V8 puts
    // what a literal makes straight into the old generation once it sees those arrays outlive
    // collections, as the paths of a deep chain's findings do (a third less time collecting
    // than when each path is filled in, or sliced, and then copied there).
    const n = names as readonly string[];
    const s = length - inlinePathLength;
    // biome-ignore format: the 64 names, 8 to a line
    const path = [
      n[0], n[s + 1], n[s + 2], n[s + 3], n[s + 4], n[s + 5], n[s + 6], n[s + 7],
      n[s + 8], n[s + 9], n[s + 10], n[s + 11], n[s + 12], n[s + 13], n[s + 14], n[s + 15],
      n[s + 16], n[s + 17], n[s + 18], n[s + 19], n[s + 20], n[s + 21], n[s + 22], n[s + 23],
      n[s + 24], n[s + 25], n[s + 26], n[s + 27], n[s + 28], n[s + 29], n[s + 30], n[s + 31],
      n[s + 32], n[s + 33], n[s + 34], n[s + 35], n[s + 36], n[s + 37], n[s + 38], n[s + 39],
      n[s + 40], n[s + 41], n[s + 42], n[s + 43], n[s + 44], n[s + 45], n[s + 46], n[s + 47],
      n[s + 48], n[s + 49], n[s + 50], n[s + 51], n[s + 52], n[s + 53], n[s + 54], n[s + 55],
      n[s + 56], n[s + 57], n[s + 58], n[s + 59], n[s + 60], n[s + 61], n[s + 62], n[s + 63],
    ] as string[];
    const steps = this.steps;
    for (let i = steps.length; i < length; i++) {
      const name = names[i] as string;
      this.trail.push(i === 0 ? { name } : { name, parent: steps[i - 1] as number });
      steps.push(this.trail.length - 1);
    }
    return { path, omitted: length - inlinePathLength, trailAt: steps[length - 1] as number };
  }
}

/** Rebuilds a full path from the trail of a report, from the product down. */
export function trailPath(trail: readonly TrailStep[], at: number): string[] {
  const names: string[] = [];
  let index = at;
  let step: TrailStep | undefined = trail[at];
  while (step !== undefined) {
    names.push(step.name);
    // Parents come before their children, so a made-up trail cannot loop.
    if (step.parent === undefined || step.parent >= index) break;
    index = step.parent;
    step = trail[index];
  }
  return names.reverse();
}

/**
 * A finding's full path, from the product down to its component, rebuilt from the report's
 * trail when the finding gives a shortened one.
 * @example
 * const names = findingPath(report, report.findings[0]); // ["Router", "Board", ..., "Radio"]
 */
export function findingPath(report: Pick<Report, "trail">, finding: Finding): string[] {
  if (finding.trailAt === undefined || report.trail === undefined) return finding.path.slice();
  return trailPath(report.trail, finding.trailAt);
}
