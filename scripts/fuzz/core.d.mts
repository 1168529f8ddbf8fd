// Types for the fuzz core (core.mjs), for the TypeScript tests that import it.

/** Options of the input generator. */
export interface FuzzOptions {
  /** Keep inputs out of the classes of reported, unfixed bugs (see cases.mjs). */
  avoidKnownBugs?: boolean;
  /** Allow the heavy shapes: 30,000-deep chains and 20,000-wide products. */
  heavy?: boolean;
  /** Fuzz only this entry point. */
  target?: string;
}

/** One generated input. */
export interface FuzzCase {
  seed: number;
  index: number;
  target: string;
  jsonSafe: boolean;
  input: unknown;
  oracle?: { policy: string; atLeast: string };
}

/** One failure: which input, which entry point, what went wrong. */
export interface FuzzFailure {
  index: number;
  target: string;
  kind: string;
  message: string;
  ms: number;
  signature: string;
}

/** The outcome of one input. */
export type FuzzResult =
  | { ok: true; ms: number }
  | { ok: false; ms: number; kind: string; message: string };

/** What the checks run against. */
export interface FuzzEnv {
  readonly timeLimitMs: number;
}

/** The figures of a run. */
export interface FuzzRun {
  seed: number;
  start: number;
  inputs: number;
  ms: number;
  byTarget: Record<string, { inputs: number; failures: number; ms: number }>;
  slowest: { ms: number; index: number; target: string };
  failures: FuzzFailure[];
}

export function createEnv(options: {
  lib: unknown;
  runCli: unknown;
  cliLib?: unknown;
  timeLimitMs?: number;
}): Promise<FuzzEnv>;

export function generateCase(seed: number, index: number, options?: FuzzOptions): FuzzCase;

export function runCase(testCase: FuzzCase, env: FuzzEnv): Promise<FuzzResult>;

export function runFuzz(options: {
  seed: number;
  runs: number;
  start?: number;
  env: FuzzEnv;
  options?: FuzzOptions;
  onCase?: (index: number) => void;
  onFailure?: (failure: FuzzFailure, testCase: FuzzCase) => void | Promise<void>;
}): Promise<FuzzRun>;

export function serializeInput(value: unknown): string;

export function signatureOf(target: string, failure: { kind: string; message: string }): string;
