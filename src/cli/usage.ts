import { availableParallelism } from "node:os";
import { BuyerSectorSchema, VerdictSchema, version } from "../index.js";

function list(values: readonly string[]): string {
  return `${values.slice(0, -1).join(", ")} or ${values.at(-1)}`;
}

/** Wraps an option's description to 100 columns, continuing under its first line. */
function wrap(text: string, indent = 27, width = 100): string {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line && indent + line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  lines.push(line);
  return lines.join(`\n${" ".repeat(indent)}`);
}

/** The one-line synopsis of `vendorgate check`, printed after a usage error. */
export const checkSynopsis =
  "Usage: vendorgate check FILE... (--policy SPEC... | --profile ID | --policy-file FILE) [options]";

/** What `vendorgate --help` prints. */
export function mainUsage(): string {
  return `vendorgate ${version}: screen products against government vendor-restriction policies

Usage:
  vendorgate check FILE... --policy SPEC [options]   Check products against policies
  vendorgate check FILE... --profile ID [options]    ... or against a buyer profile's policies
  vendorgate policy COMMAND ...                      Policy maintainers' commands (validate, test, diff,
                                                     schema, keygen, sign, verify)
  vendorgate pack COMMAND ...                        Signed policy packs (build, verify, inspect, diff)
  vendorgate list [--format json]                    The bundled policies (versions, dates) and profiles
  vendorgate --help | -v, --version

Run 'vendorgate check --help' for the options of check.
`;
}

/** What `vendorgate check --help` prints. */
export function checkUsage(): string {
  const verdicts = VerdictSchema.options;
  const sectors = BuyerSectorSchema.options;
  return `${checkSynopsis}

Checks each product against the policies and prints, for every policy, whether it applies and
each finding: the path to the part, the verdict, the rule, the entity and the source.

FILE is a product JSON object, a CycloneDX BOM (JSON or XML), an SPDX 2 document (JSON or
tag-value), an SPDX 3 JSON-LD document (told apart by content, not by name), or an NDJSON fleet
of JSON documents (.ndjson, .jsonl, or one JSON value a line). '-' reads standard input. Quirks
real SBOM tools write (a dependency on no part, an SPDXID without SPDXRef-, ...) are accepted
and listed as warnings in each report; --strict refuses them. The buyer's sector and
jurisdiction are required, from the flags, the --context file or the --profile.

Fleets of any size are read line by line in constant memory, each report written in input
order as soon as it is made (not after reading everything): a bad line stops the run with exit 2
after the reports of the lines before it. Fleets of 2,000 lines or more are checked on --jobs
threads (this one and worker threads). Ctrl-C stops reading, keeps the reports already written whole and exits 130.

Options:
  --policy SPEC            ${wrap("A policy id, or id@range such as us-ndaa-889@^1 (repeatable; required unless --profile)")}
  --profile ID             ${wrap("A buyer profile: its policies and its context as defaults (for example jp-national-ministry, us-federal-agency). Repeat it to print a profile × policy matrix for each product, the flags overriding every profile's context")}
  --horizon UNTIL          ${wrap("Print the verdict on --as-of and each date up to UNTIL (YYYY-MM-DD) on which it changes, with the rule, source and cause (product documents, not NDJSON fleets)")}
  --policy-file FILE       ${wrap("Your own policy document (entities inline or named from the catalogue), checked beside the named policies (repeatable)")}
  --pack FILE|URL          ${wrap("Check against a signed policy pack instead of the bundled policies (refused unless its signature verifies)")}
  --key KEY|FILE           ${wrap("A public key trusted for --pack (repeatable; default: the vendorgate release key)")}
  --as-of DATE             The date of the decision, YYYY-MM-DD (default: today)
  --buyer-sector S         ${wrap(`The buyer's sector: ${list(sectors)}`)}
  --buyer-jurisdiction CC  The buyer's country: ISO 3166-1 alpha-2 such as JP
  --buyer-body B           The buying body, such as a ministry
  --use U                  What the product will be used for
  --purpose P              Why it is procured
  --phase acquire|operate  Buying new equipment (default) or keeping installed equipment in service
  --context FILE           A JSON context object; the flags above override its keys
  --format F               ${wrap("text (default); json: one report, or one report a line (NDJSON) when there are several products; or one document of every report, written at the end: html (a self-contained page with the component tree), sarif (SARIF 2.1.0 for code scanning), junit (a test case per product and policy) or markdown (a summary table for pull requests and job summaries)")}
  -o, --output FILE        ${wrap("Write the output to FILE instead of standard output, atomically: FILE appears whole at the end, or (on an error or Ctrl-C) is left as it was")}
  -q, --quiet              ${wrap("Print nothing but errors: no reports on standard output (unless --output), no progress, no summary; the exit status still tells")}
  --fail-on VERDICT        ${wrap(`Exit 1 when a product's verdict is this or worse (default: restricted). From least to most severe: ${verdicts.join(" < ")}`)}
  --all-gaps               ${wrap("List every finding about a part of unknown origin, one per part and rule, instead of a summary per missing field")}
  --strict                 Refuse SBOM quirks instead of accepting them with a warning
  --lenient-utf8           ${wrap("Read invalid UTF-8 in product inputs as U+FFFD instead of refusing it, saying on stderr for each line what was replaced (input, line, byte offset, count)")}
  -j, --jobs N             ${wrap(`Threads that check NDJSON fleets, this one and N - 1 workers (default: the cores available, ${availableParallelism()} here); 1 checks in this thread only`)}
  -h, --help               Show this help
  -v, --version            Show the version

Inputs are read as UTF-8 (a leading byte-order mark is fine): invalid UTF-8 stops the run with
exit 2, naming the input, line and byte offset, unless --lenient-utf8.

Exit status: 0 when no product reaches --fail-on, 1 when one does, 2 on bad input or usage or
when output cannot be written (a full disk), 130 when stopped by Ctrl-C. On a terminal, standard error shows progress (count, rate, and for
files the share read and the time left).
`;
}
