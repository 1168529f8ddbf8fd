import { renderHtml } from "./html/render-html.js";
import { renderJunit } from "./junit.js";
import { renderMarkdown } from "./markdown.js";
import type { RenderOptions, ReportEntry } from "./report-entry.js";
import { renderSarif } from "./sarif.js";

/** A renderer of a whole document from every report of a run. */
export type DocumentRenderer = (entries: readonly ReportEntry[], options?: RenderOptions) => string;

/**
 * The document formats, one registration each. `product`: whether the renderer draws the
 * component tree, so the CLI keeps each product until the end only for those that do.
 */
export const documentRenderers = {
  html: { render: renderHtml, product: true },
  sarif: { render: renderSarif, product: false },
  junit: { render: renderJunit, product: false },
  markdown: { render: renderMarkdown, product: false },
} as const satisfies Record<string, { render: DocumentRenderer; product: boolean }>;

/** The name of a document format: `html`, `sarif`, `junit` or `markdown`. */
export type RenderFormat = keyof typeof documentRenderers;
