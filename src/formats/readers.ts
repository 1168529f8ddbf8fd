import { cycloneDxJsonReader } from "./cyclonedx/from-cyclonedx.js";
import { cycloneDxXmlReader } from "./cyclonedx-xml/from-cyclonedx-xml.js";
import type { DocumentInput, FormatReader } from "./format-reader.js";
import { spdx2JsonReader } from "./spdx/from-spdx.js";
import { spdxTagValueReader } from "./spdx-tag-value/from-tag-value.js";
import { spdx3JsonReader } from "./spdx3/from-spdx3.js";

/**
 * Every document format vendorgate reads, in the order they are tried: the first whose
 * `detects` accepts a document reads it. A new format is a folder with its reader, and one
 * line here (see docs/importers.md).
 */
export const formatReaders: readonly FormatReader[] = [
  cycloneDxJsonReader,
  spdx2JsonReader,
  spdx3JsonReader,
  cycloneDxXmlReader,
  spdxTagValueReader,
];

/** The reader of a document, judged by its content; undefined when none reads it. */
export function readerFor(input: DocumentInput): FormatReader | undefined {
  return formatReaders.find((reader) => reader.detects(input));
}
