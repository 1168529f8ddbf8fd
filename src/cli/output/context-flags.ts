import type { Context } from "../../index.js";

/**
 * The context as `vendorgate check` flags, for the command a report shows to reproduce its
 * decision. Context attributes have no flags: they come from the `--context` file.
 */
export function contextAsFlags(context: Context, contextFile: string | undefined): string[] {
  const flags: string[] = [];
  const add = (flag: string, value: string | undefined) => {
    if (value !== undefined) flags.push(flag, value);
  };
  add("--buyer-sector", context.buyer?.sector);
  add("--buyer-jurisdiction", context.buyer?.jurisdiction);
  add("--buyer-body", context.buyer?.body);
  add("--use", context.use);
  add("--purpose", context.purpose);
  add("--phase", context.phase);
  if (context.attributes && Object.keys(context.attributes).length > 0) {
    add("--context", contextFile ?? "CONTEXT.json");
  }
  return flags;
}
