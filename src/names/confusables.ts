import { confusablesData } from "./confusables-data.js";

let table: ReadonlyMap<string, string> | undefined;

function decode(): Map<string, string> {
  const map = new Map<string, string>();
  for (const group of confusablesData.split(";")) {
    if (!group) continue;
    const [written = "", runs = ""] = group.split(":");
    const prototype = written.startsWith("_")
      ? String.fromCodePoint(
          ...written
            .slice(1)
            .split(".")
            .map((point) => parseInt(point, 36)),
        )
      : written;
    let point = 0;
    for (const run of runs.split(",")) {
      const [distance = "", more = "0"] = run.split("+");
      point += parseInt(distance, 36);
      const last = point + parseInt(more, 36);
      for (; point <= last; point++) map.set(String.fromCodePoint(point), prototype);
      point = last;
    }
  }
  return map;
}

/**
 * The confusables prototype of one character (Unicode UTS #39, the part that bears on Latin,
 * Cyrillic and Greek names; see scripts/write-confusables.mjs), or `undefined` if it has none.
 */
export function confusablePrototype(ch: string): string | undefined {
  table ??= decode();
  return table.get(ch);
}

/** Every character that has a prototype in the bundled part of the table. */
export function confusableCharacters(): IterableIterator<string> {
  table ??= decode();
  return table.keys();
}
