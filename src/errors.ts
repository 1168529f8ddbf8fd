/** Where in the input a problem is: object keys and array indexes from the input's root. */
export type IssuePath = readonly (string | number)[];

/** The kinds of problem vendorgate reports, each once (`IssueCode`). */
export const issueCodes = [
  "invalid_input",
  "invalid_json",
  "invalid_date",
  "duplicate_id",
  "unknown_ref",
  "cycle",
  "limit_exceeded",
  "unknown_operation",
  "invalid_operation",
  "invalid_var",
  "unknown_entity",
  "unknown_source",
  "unknown_policy",
  "invalid_range",
  "invalid_version",
  "version_exists",
  "invalid_signature",
  "invalid_dates",
  "rollback",
  "incompatible_engine",
  "stale_data",
  "fetch_failed",
] as const;

/** The kinds of problem vendorgate reports. */
export type IssueCode = (typeof issueCodes)[number];

/** One problem with an input, with the path to it. */
export interface Issue {
  code: IssueCode;
  path: IssuePath;
  message: string;
}

/** The one error class vendorgate throws: it carries every problem found, each with its path. */
export class VendorgateError extends Error {
  override readonly name = "VendorgateError";
  readonly issues: readonly Issue[];

  constructor(message: string, issues: readonly Issue[], options?: { cause?: unknown }) {
    super(`${message}\n${formatIssues(issues)}`, options);
    this.issues = issues;
  }
}

/** Formats a path like `components[2].manufacturer`. */
export function formatPath(path: IssuePath): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out || "(root)";
}

/** Prints issues one per problem: `✖ message` then `→ at path`. */
export function formatIssues(issues: readonly Issue[]): string {
  return issues.map((issue) => `✖ ${issue.message}\n  → at ${formatPath(issue.path)}`).join("\n");
}

/** Prefixes every issue's path, for problems found inside a part of a larger input. */
export function prefixIssues(prefix: IssuePath, issues: readonly Issue[]): Issue[] {
  return issues.map((issue) => ({ ...issue, path: [...prefix, ...issue.path] }));
}
