// The fuzzer's own types: options, inputs, outcomes and the environment the checks run in.
import type { Loose } from "./values.js";

/** How the generators are set: known bugs avoided, heavy shapes allowed. */
export interface FuzzConfig {
  /** Keep inputs out of the classes of bugs found and fixed (see cases.ts). */
  avoidKnownBugs?: boolean;
  /** Allow the heavy shapes: 30,000-deep chains, 20,000-wide products, issue 19's large shapes. */
  heavy?: boolean;
}

/** Options of the input generator. */
export interface FuzzOptions extends FuzzConfig {
  /** Fuzz only this entry point. */
  target?: string;
}

/** What a report must show: a finding of `policy` at `atLeast` on the part named `part`. */
export interface Oracle {
  policy: string;
  atLeast: "allowed" | "indeterminate" | "review" | "restricted" | "prohibited";
  /** The planted part's name (default "Planted"); null when only the verdict is known. */
  part?: string | null;
}

/** One generated input. */
export interface FuzzCase {
  seed: number;
  index: number;
  target: string;
  jsonSafe: boolean;
  input: Loose;
  oracle?: Oracle;
  /** A bound of its own on the call's time (large shapes), above the run's. */
  slowMs?: number;
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

/** Runs the built CLI as a process, for some CLI inputs. */
export interface SpawnCli {
  wants(testCase: FuzzCase): boolean;
  run(
    argv: string[],
    files: Record<string, string | Uint8Array>,
    stdin: string | Uint8Array,
  ): Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }>;
}

/** What `createEnv` is given: the library under test, `runCli` and the library it was built with. */
export interface EnvOptions {
  lib: Loose;
  runCli: Loose;
  cliLib?: Loose;
  timeLimitMs?: number;
  spawnCli?: SpawnCli | undefined;
}

/** What the checks run against. */
export interface FuzzEnv {
  lib: Loose;
  runCli: Loose;
  spawnCli: SpawnCli | undefined;
  timeLimitMs: number;
  registries: Record<string, Loose>;
  cliRegistry: Loose;
  signing: { privateKey: CryptoKey; publicKey: string; keyId: string };
  prototypeNames: string[];
}

/** What a check records while it runs an input: the time of the call. */
export interface CaseState {
  ms: number;
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

/** What `runFuzz` runs. */
export interface RunFuzzOptions {
  seed: number;
  runs: number;
  start?: number;
  env: FuzzEnv;
  options?: FuzzOptions;
  onCase?: (index: number) => void;
  onFailure?: (failure: FuzzFailure, testCase: FuzzCase) => void | Promise<void>;
}
