import type { Issue, IssueCode, IssuePath } from "../errors.js";
import type { Warning } from "../model/report.js";
import { addIssue } from "./issue-list.js";

/** How many warnings of one code an import lists before it only counts them. */
export const maxWarningsPerCode = 50;

/**
 * What an import found: `issues` refuse the document; `warnings` are quirks it accepted.
 * With `strict`, every quirk is an issue instead, so the document is refused as it always was.
 */
export interface ImportLog {
  readonly strict: boolean;
  readonly issues: Issue[];
  readonly warnings: Warning[];
  /** How many warnings of each code were found, listed or not. */
  readonly counts: Map<string, number>;
}

/** An empty log. */
export function createImportLog(strict: boolean, issues: Issue[] = []): ImportLog {
  return { strict, issues, warnings: [], counts: new Map() };
}

/** A quirk of a real producer that a lenient import accepts. */
export interface Quirk {
  /** The warning's code, such as `dangling_ref`. */
  readonly code: string;
  /** The issue code it is refused with under `strict`. */
  readonly issue: IssueCode;
  readonly path: IssuePath;
  /** What is wrong. */
  readonly message: string;
  /** What the lenient import did about it, added to the warning's message. */
  readonly action: string;
}

/**
 * Records a quirk: an issue under `strict` (the document is refused), else a warning saying
 * what was done. Past `maxWarningsPerCode` of one code the warnings are counted, not listed;
 * `finishWarnings` adds one line saying how many more there were.
 */
export function tolerate(log: ImportLog, quirk: Quirk): void {
  if (log.strict) {
    addIssue(log.issues, { code: quirk.issue, path: quirk.path, message: quirk.message });
    return;
  }
  const count = (log.counts.get(quirk.code) ?? 0) + 1;
  log.counts.set(quirk.code, count);
  if (count <= maxWarningsPerCode) {
    log.warnings.push({
      code: quirk.code,
      path: [...quirk.path],
      message: `${quirk.message}: ${quirk.action}`,
    });
  }
}

/** The log's warnings, with one line per code that had more than were listed. */
export function finishWarnings(log: ImportLog): Warning[] {
  const warnings = [...log.warnings];
  for (const [code, count] of log.counts) {
    if (count > maxWarningsPerCode) {
      warnings.push({
        code,
        path: [],
        message: `${count - maxWarningsPerCode} more warnings of this kind (${count} in all; the first ${maxWarningsPerCode} are listed)`,
      });
    }
  }
  return warnings;
}
