import { parseArgs } from "node:util";
import type { PolicyVersionInfo, Profile, Registry } from "../../index.js";
import type { CliIo } from "../io.js";

/** What `vendorgate list --help` prints. */
export function listUsage(): string {
  return `Usage: vendorgate list [--format text|json]

Lists the bundled policies, each version with its effective dates, and the buyer profiles with
their policies.

  --format text|json   text (default), or one JSON object: { policies, profiles }
  -h, --help           Show this help
`;
}

function period(info: PolicyVersionInfo): string {
  return info.until === undefined ? `from ${info.from}` : `${info.from} to ${info.until}`;
}

function listText(policies: readonly PolicyVersionInfo[], profiles: readonly Profile[]): string {
  const lines: string[] = ["Policies:"];
  let current = "";
  for (const info of policies) {
    if (info.id !== current) {
      current = info.id;
      lines.push(`  ${info.id} (${info.jurisdiction}): ${info.title}`);
    }
    lines.push(`    ${info.version}  ${period(info)}`);
  }
  lines.push("", "Profiles:");
  for (const profile of profiles) {
    lines.push(`  ${profile.id}: ${profile.title}`, `    ${profile.policies.join(", ")}`);
  }
  return `${lines.join("\n")}\n`;
}

/** Runs `vendorgate list`: the registry's policy versions with their dates, and its profiles. */
export function runList(argv: readonly string[], io: CliIo, registry: Registry): number {
  let format: string;
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      options: { format: { type: "string" } },
      allowPositionals: true,
      strict: true,
    });
    if (positionals.length > 0) throw new Error(`list takes no arguments ("${positionals[0]}")`);
    format = values.format ?? "text";
    if (format !== "text" && format !== "json")
      throw new Error(`--format must be text or json, not "${format}"`);
  } catch (error) {
    const message = (error as Error).message.split(/\.\s|\n/)[0];
    io.stderr(`vendorgate: ${message}\nRun 'vendorgate list --help' for usage.\n`);
    return 2;
  }
  const policies = registry.list();
  const profiles = registry.profiles();
  if (format === "text") {
    io.stdout(listText(policies, profiles));
    return 0;
  }
  const json = {
    policies: policies.map(({ id, version, title, jurisdiction, from, until, digest }) => ({
      id,
      version,
      title,
      jurisdiction,
      from,
      ...(until === undefined ? {} : { until }),
      digest,
    })),
    profiles: profiles.map(({ id, title, policies }) => ({ id, title, policies })),
  };
  io.stdout(`${JSON.stringify(json, null, 2)}\n`);
  return 0;
}
