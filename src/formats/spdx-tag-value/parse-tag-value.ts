/** One `Tag: value` of a tag-value document, with the line it starts on (from 1). */
export interface TagValue {
  readonly tag: string;
  readonly value: string;
  readonly line: number;
}

const tagLine = /^([A-Za-z][A-Za-z0-9]*):\s?(.*)$/;

/**
 * Splits SPDX tag-value text into its tags, in order: lines end in LF, CRLF or a lone CR (as
 * pub.dev's tool writes); blank lines and `#` comments are skipped; a value that opens
 * `<text>` runs to its `</text>`, across lines. Lines that are not `Tag: value` are skipped:
 * the tags vendorgate reads are checked where they are used.
 */
export function parseTagValue(text: string): TagValue[] {
  const lines = text.split(/\r\n|\r|\n/);
  const tags: TagValue[] = [];
  for (let i = 0; i < lines.length; i++) {
    const match = tagLine.exec(lines[i] as string);
    if (!match) continue;
    const line = i + 1;
    let value = (match[2] as string).trim();
    if (value.startsWith("<text>")) {
      const parts = [value.slice("<text>".length)];
      while (!(parts[parts.length - 1] as string).includes("</text>") && i + 1 < lines.length) {
        parts.push(lines[++i] as string);
      }
      const joined = parts.join("\n");
      const end = joined.indexOf("</text>");
      value = (end >= 0 ? joined.slice(0, end) : joined).trim();
    }
    tags.push({ tag: match[1] as string, value, line });
  }
  return tags;
}

/** Whether text is an SPDX tag-value document: its first tag is `SPDXVersion`. */
export function isTagValue(text: string): boolean {
  for (const line of text.slice(0, 4096).split(/\r\n|\r|\n/)) {
    const trimmed = line.trim();
    if (trimmed === "" || trimmed.startsWith("#")) continue;
    return /^SPDXVersion:\s*SPDX-/.test(trimmed);
  }
  return false;
}
