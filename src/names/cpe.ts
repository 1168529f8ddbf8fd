/**
 * The leading attributes of a CPE name: `part` (`a` application, `o` operating system, `h`
 * hardware), `vendor`, `product` and `version`, unescaped and lower-cased. `undefined` stands
 * for ANY (`*`, or an empty URI component) and `"-"` for NA.
 */
export interface CpeName {
  readonly part: "a" | "o" | "h" | undefined;
  readonly vendor: string | undefined;
  readonly product: string | undefined;
  readonly version: string | undefined;
}

const parts = new Set(["a", "o", "h"]);

// NISTIR 7695 §6.2: a formatted string has 11 attributes after "cpe:2.3:", separated by colons
// that are not escaped; any character but alphanumerics and "_" may be escaped by a backslash.
function splitFormatted(body: string): string[] | undefined {
  const out: string[] = [];
  let current = "";
  for (let i = 0; i < body.length; i++) {
    const ch = body[i] as string;
    if (ch === "\\") {
      const next = body[i + 1];
      if (next === undefined) return undefined;
      current += ch + next;
      i++;
    } else if (ch === ":") {
      out.push(current);
      current = "";
    } else current += ch;
  }
  out.push(current);
  return out;
}

function unbindFormatted(value: string): string | undefined {
  if (value === "*" || value === "") return undefined;
  if (value === "-") return "-";
  // Unquoted "*" and "?" are wildcards (§6.2.2.2): kept, but they never equal a vendor string.
  return value.replace(/\\(.)/g, "$1").toLowerCase();
}

// NISTIR 7695 §6.1: a URI has up to 7 components after "cpe:/", percent-encoded; "~" packs
// the edition in 2.3's extended form, which only concerns the edition component.
function unbindUri(value: string | undefined): string | undefined {
  if (value === undefined || value === "") return undefined;
  if (value === "-") return "-";
  try {
    return decodeURIComponent(value).toLowerCase();
  } catch {
    return undefined;
  }
}

/**
 * Parses a CPE 2.3 formatted string (`cpe:2.3:h:huawei:p30:-:*:*:*:*:*:*:*`) or a CPE 2.2 URI
 * (`cpe:/h:huawei:p30`), per NISTIR 7695 (CPE Naming 2.3). `undefined` when the text is neither.
 */
export function parseCpe(text: string): CpeName | undefined {
  const trimmed = text.trim();
  const lower = trimmed.slice(0, 8).toLowerCase();
  if (lower.startsWith("cpe:2.3:")) {
    const fields = splitFormatted(trimmed.slice(8));
    if (fields?.length !== 11) return undefined;
    const part = unbindFormatted(fields[0] as string);
    if (part !== undefined && !parts.has(part)) return undefined;
    return {
      part: part as CpeName["part"],
      vendor: unbindFormatted(fields[1] as string),
      product: unbindFormatted(fields[2] as string),
      version: unbindFormatted(fields[3] as string),
    };
  }
  if (lower.startsWith("cpe:/")) {
    const fields = trimmed.slice(5).split(":");
    if (fields.length > 7) return undefined;
    const part = unbindUri(fields[0]);
    if (part !== undefined && !parts.has(part)) return undefined;
    return {
      part: part as CpeName["part"],
      vendor: unbindUri(fields[1]),
      product: unbindUri(fields[2]),
      version: unbindUri(fields[3]),
    };
  }
  return undefined;
}
