/**
 * The report's only style sheet, inlined: system fonts (nothing fetched), verdict colours with
 * at least 4.5:1 contrast against their text (WCAG AA), visible focus, and a print layout.
 */
export const reportStyle = `
:root { color-scheme: light; --ink: #1a1a1a; --muted: #4a4a4a; --line: #c8c8c8; --panel: #f4f4f4;
  --link: #0645ad; --focus: #1a56db; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
  color: var(--ink); background: #fff; }
main { max-width: 72rem; margin: 0 auto; padding: 1rem 1.25rem 3rem; }
a { color: var(--link); }
a:focus-visible, button:focus-visible, summary:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.skip { position: absolute; left: -999px; top: 0; background: #fff; padding: .5rem; }
.skip:focus { left: .5rem; }
h1 { font-size: 1.6rem; margin: .5rem 0; }
h2 { font-size: 1.35rem; margin: 2rem 0 .5rem; border-bottom: 2px solid var(--line); padding-bottom: .25rem; }
h3 { font-size: 1.1rem; margin: 1.25rem 0 .5rem; }
h4 { font-size: 1rem; margin: 0 0 .25rem; }
code, pre { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .9em; }
pre { background: var(--panel); padding: .5rem .75rem; overflow-x: auto; white-space: pre-wrap; word-break: break-all; }
.muted { color: var(--muted); }
.badge { display: inline-block; padding: 0 .45em; border-radius: .25em; font-weight: 600; font-size: .85em;
  color: #fff; white-space: nowrap; }
.v-prohibited { background: #7f1d1d; } .v-restricted { background: #b91c1c; } .v-review { background: #8a3b00; }
.v-indeterminate { background: #6b21a8; } .v-allowed { background: #166534; } .v-unknown { background: #4a4a4a; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0; }
th, td { border: 1px solid var(--line); padding: .3rem .5rem; text-align: left; vertical-align: top; }
th { background: var(--panel); }
th button { font: inherit; font-weight: 600; background: none; border: 0; padding: 0; cursor: pointer; color: var(--ink); }
th button::after { content: " \\2195"; color: var(--muted); }
th[aria-sort="ascending"] button::after { content: " \\2191"; }
th[aria-sort="descending"] button::after { content: " \\2193"; }
.product { border-top: 4px solid var(--line); margin-top: 2.5rem; }
.tree, .tree ul { list-style: none; margin: 0; padding-left: 1.25rem; }
.tree { padding-left: 0; }
.tree li { margin: .1rem 0; }
.tree summary { cursor: pointer; }
.tree .leaf { padding-left: 1.1rem; }
.tree .hit > summary, .tree .hit.leaf { font-weight: 600; }
.tree .count { color: var(--muted); font-weight: normal; }
.finding { border: 1px solid var(--line); border-left: 6px solid var(--line); padding: .5rem .75rem; margin: .75rem 0;
  break-inside: avoid; }
.finding.f-prohibited, .finding.f-restricted { border-left-color: #b91c1c; }
.finding.f-review { border-left-color: #8a3b00; } .finding.f-indeterminate { border-left-color: #6b21a8; }
.finding.f-allowed { border-left-color: #166534; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .15rem .75rem; margin: .5rem 0 0; }
dl.facts dt { font-weight: 600; } dl.facts dd { margin: 0; overflow-wrap: anywhere; }
.path { overflow-wrap: anywhere; }
.tools { margin: .5rem 0; }
.tools button { font: inherit; padding: .2rem .6rem; }
@media print {
  body { font-size: 11pt; }
  main { max-width: none; padding: 0; }
  .skip, .tools, th button::after { display: none; }
  a { color: inherit; }
  .finding a[href^="http"]::after { content: " <" attr(href) ">"; font-size: .85em; word-break: break-all; }
  .badge { border: 1px solid #000; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .product { break-before: page; }
  h2, h3 { break-after: avoid; }
}
`;
