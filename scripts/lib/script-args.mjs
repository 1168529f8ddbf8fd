// The command line of the scripts under scripts/: `--help` prints the script's usage and exits 0,
// and a bad option prints one line and the usage, with exit 2, instead of a stack trace.
import { basename } from "node:path";
import { parseArgs } from "node:util";

/**
 * Reads a script's options with `parseArgs` (`help`/`-h` is added). Exits 0 after printing
 * `usage` when help is asked for, and 2 after printing the problem and `usage` for a bad option.
 */
export function scriptArgs(usage, { options = {}, allowPositionals = false } = {}) {
  const name = basename(process.argv[1] ?? "script");
  let parsed;
  try {
    parsed = parseArgs({
      options: { ...options, help: { type: "boolean", short: "h" } },
      allowPositionals,
      strict: true,
    });
  } catch (error) {
    process.stderr.write(`${name}: ${error.message.split("\n")[0]}\n\n${usage.trim()}\n`);
    process.exit(2);
  }
  if (parsed.values.help) {
    process.stdout.write(`${usage.trim()}\n`);
    process.exit(0);
  }
  return parsed;
}
