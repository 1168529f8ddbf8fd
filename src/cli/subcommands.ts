/** One subcommand of a command group (`vendorgate policy diff`), as its help shows it. */
export interface Subcommand {
  /** The arguments after the subcommand's name, such as `A B [--corpus DIR|FILE]`. */
  readonly args: string;
  /** What it does, one or two sentences. */
  readonly summary: string;
}

/**
 * The subcommand a group's arguments ask help for (`vendorgate policy diff --help`), or
 * undefined when they ask for none or name no known subcommand.
 */
export function helpTopic(
  commands: Readonly<Record<string, Subcommand>>,
  argv: readonly string[],
): string | undefined {
  const [name, ...rest] = argv;
  if (name === undefined || !Object.hasOwn(commands, name)) return undefined;
  const end = rest.indexOf("--");
  const before = end < 0 ? rest : rest.slice(0, end);
  return before.includes("--help") || before.includes("-h") ? name : undefined;
}

/** The help of one subcommand: its synopsis and what it does. */
export function subcommandUsage(
  group: string,
  commands: Readonly<Record<string, Subcommand>>,
  name: string,
): string {
  const command = commands[name] as Subcommand;
  return `Usage: vendorgate ${group} ${name} ${command.args}\n\n${command.summary}\n`;
}

/** The help of a group: every subcommand's synopsis and what it does. */
export function groupUsage(
  group: string,
  intro: string,
  commands: Readonly<Record<string, Subcommand>>,
): string {
  const lines = Object.entries(commands).map(
    ([name, command]) => `  ${name} ${command.args}\n      ${command.summary}`,
  );
  return `Usage: vendorgate ${group} COMMAND\n\n${intro}\n${lines.join("\n")}\n\nRun 'vendorgate ${group} COMMAND --help' for one command.\n`;
}
