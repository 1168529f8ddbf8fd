// Types for the bench's targets (targets.mjs), for the TypeScript test that imports them.

/** One target judged on a bench run. */
export interface Target {
  name: string;
  ratio?: number;
  target?: number;
  met?: boolean;
  missedBy?: number;
  ceiling?: number;
  ceilingWhy?: string;
  reference?: number;
  referenceWhy?: string;
  measured?: string;
  skipped?: string;
}

/** The most `--jobs 2` can gain over `--jobs 1` on these cores without extra work. */
export function parallelCeiling(run: {
  wallMs: number;
  cpuMs: number | undefined;
  setupCpuMs: number | undefined;
  cores: number;
}): number | undefined;

/** The read + parse floor against Node's own read + parse + digest of each line + reports' JSON. */
export function outputReference(cli: {
  floorMs: number;
  digestFloorMs: number | undefined;
  reportsJsonMs: number | undefined;
}): number | undefined;

/** Every target of a run. */
export function targetsOf(run: { rows: object[]; cli?: object; deepest?: object }): Target[];

/** Prints the targets, one a line. */
export function printTargets(targets: Target[]): void;
