// Types for the CLI bench (cli-floor.mjs), for the TypeScript test that imports it.

/** The CPU milliseconds of the child processes waited for; `undefined` without `/proc`. */
export function childCpuMs(): number | undefined;
