import type { Finding, GapSummary } from "../model/report.js";
import { comparePaths, compareText } from "./findings.js";
import { samplePathCount } from "./path-stack.js";

/** What the order of unknown-origin gaps reads of each: their findings' order without an entity. */
interface GapEntry {
  readonly policyId: string;
  readonly ruleId: string;
  readonly path: readonly string[];
  readonly componentId: string | undefined;
}

interface DataTally {
  findings: number;
  /** Per rule (`policy/rule`): its least gap, which places the rule in the summary. */
  readonly rules: Map<string, GapEntry>;
  /** The least gaps, in order, at most `samplePathCount`. */
  readonly samples: GapEntry[];
  /** Once the samples are full: the greatest of them and of the rules' least gaps. */
  bound: GapEntry | undefined;
  /** The rule of the last gap counted and its least gap: gaps of one rule come in runs. */
  lastRule: string | undefined;
  lastLeast: GapEntry | undefined;
}

function boundOf(tally: DataTally): GapEntry | undefined {
  const { samples } = tally;
  if (samples.length < samplePathCount) return undefined;
  let bound = samples[samples.length - 1] as GapEntry;
  for (const least of tally.rules.values()) if (compareEntries(least, bound) > 0) bound = least;
  return bound;
}

// The gap being counted, as an entry to compare; never kept (tallies do not call each other).
const probe: { -readonly [K in keyof GapEntry]: GapEntry[K] } = {
  policyId: "",
  ruleId: "",
  path: [],
  componentId: undefined,
};

/** `compareFindings` on findings without an entity (every unknown-origin gap). */
function compareEntries(a: GapEntry, b: GapEntry): number {
  return (
    compareText(a.policyId, b.policyId) ||
    comparePaths(a.path, b.path) ||
    compareText(a.ruleId, b.ruleId) ||
    compareText(a.componentId, b.componentId)
  );
}

/** Puts a gap among the least (`probe` is it), dropping the greatest past `samplePathCount`. */
function insertSample(samples: GapEntry[], kept: GapEntry): void {
  let at = samples.length;
  while (at > 0 && compareEntries(probe, samples[at - 1] as GapEntry) < 0) at--;
  // Shifted by hand: `splice` and a `pop` after it are slow paths in engines.
  let end = samples.length < samplePathCount ? samples.length : samplePathCount - 1;
  if (end === samples.length) samples.push(kept);
  for (; end > at; end--) samples[end] = samples[end - 1] as GapEntry;
  samples[at] = kept;
}

/**
 * The summary of data gaps about parts of unknown origin, kept as they are met, in any order:
 * per missing datum a count, its rules in report order and the first paths in report order. What
 * a sort of every such finding gives, without a finding, a sort or a path copy per gap: a path is
 * kept only while it is among the least.
 */
export class GapTally {
  // Made with the first gap: most reports have none.
  private byData: Map<string, DataTally> | undefined;
  // The tallies of the last list of missing data: a rule's decisions share one list.
  private lastMissing: readonly string[] | undefined;
  private lastTallies: DataTally[] = [];

  private talliesOf(missing: readonly string[]): DataTally[] {
    if (missing === this.lastMissing) return this.lastTallies;
    this.byData ??= new Map();
    const tallies: DataTally[] = [];
    for (const data of missing) {
      let tally = this.byData.get(data);
      if (tally === undefined) {
        tally = {
          findings: 0,
          rules: new Map(),
          samples: [],
          bound: undefined,
          lastRule: undefined,
          lastLeast: undefined,
        };
        this.byData.set(data, tally);
      }
      tallies.push(tally);
    }
    this.lastMissing = missing;
    this.lastTallies = tallies;
    return tallies;
  }

  /**
   * Counts one gap. A `live` path is a list the caller changes later: it is copied, and only
   * when the gap is among the least so far.
   */
  add(
    policyId: string,
    rule: string,
    ruleId: string,
    path: readonly string[],
    live: boolean,
    componentId: string | undefined,
    missing: readonly string[],
  ): void {
    probe.policyId = policyId;
    probe.ruleId = ruleId;
    probe.path = path;
    probe.componentId = componentId;
    let kept: GapEntry | undefined;
    const tallies = this.talliesOf(missing);
    for (let t = 0; t < tallies.length; t++) {
      const tally = tallies[t] as DataTally;
      tally.findings++;
      const least = tally.lastRule === rule ? tally.lastLeast : tally.rules.get(rule);
      // Past the bound (the greatest of the kept gaps), a gap of a rule already seen changes nothing.
      if (
        least !== undefined &&
        tally.bound !== undefined &&
        compareEntries(probe, tally.bound) >= 0
      ) {
        tally.lastRule = rule;
        tally.lastLeast = least;
        continue;
      }
      const rules = least === undefined || compareEntries(probe, least) < 0;
      const { samples } = tally;
      const sample =
        samples.length < samplePathCount ||
        compareEntries(probe, samples[samples.length - 1] as GapEntry) < 0;
      tally.lastRule = rule;
      tally.lastLeast = least;
      if (!rules && !sample) continue;
      kept ??= { policyId, ruleId, path: live ? path.slice() : path, componentId };
      if (rules) {
        tally.rules.set(rule, kept);
        tally.lastLeast = kept;
      }
      if (sample) insertSample(samples, kept);
      tally.bound = boundOf(tally);
    }
    probe.path = [];
  }

  /**
   * Counts `count` gaps of one rule that lack the same data, given the least of them in report
   * order (at most `samplePathCount`, paths their own): what counting each would give, since no
   * other could be among the least.
   */
  addMany(
    policyId: string,
    rule: string,
    ruleId: string,
    count: number,
    least: readonly {
      readonly path: readonly string[];
      readonly componentId: string | undefined;
    }[],
    missing: readonly string[],
  ): void {
    for (const entry of least)
      this.add(policyId, rule, ruleId, entry.path, false, entry.componentId, missing);
    const more = count - least.length;
    if (more > 0) for (const tally of this.talliesOf(missing)) tally.findings += more;
  }

  /** Counts a gap already made into a finding (its path is its own). */
  addFinding(finding: Finding): void {
    this.add(
      finding.policy.id,
      `${finding.policy.id}/${finding.ruleId}`,
      finding.ruleId,
      finding.path,
      false,
      finding.componentId,
      finding.missing ?? [],
    );
  }

  /** The summaries, by missing datum in code-unit order. */
  summary(): GapSummary[] {
    const byData = this.byData;
    if (byData === undefined) return [];
    return [...byData.keys()].sort().map((data) => {
      const tally = byData.get(data) as DataTally;
      return {
        data,
        findings: tally.findings,
        rules: [...tally.rules].sort((a, b) => compareEntries(a[1], b[1])).map(([rule]) => rule),
        samples: tally.samples.map((entry) => entry.path.slice()),
      };
    });
  }
}
