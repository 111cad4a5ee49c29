/**
 * The local page's stylesheet: a sticky tab bar, tables that fit a window from 1024 to 1920 px
 * (smaller type below 1280 and 1180 px, where the French Dashboard's headers need the room), charts
 * that wrap into one column when narrow, and a print layout that prints the Summary alone, one
 * school per page.
 */
export const PAGE_CSS = `
:root { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #202124; background: #f8f9fa; }
html { scroll-padding-top: 96px; }
body { margin: 0; }
header { background: #fff; border-bottom: 1px solid #dadce0; padding: 12px 24px; display: flex; flex-wrap: wrap; align-items: baseline; column-gap: 24px; row-gap: 4px; position: sticky; top: 0; z-index: 1; }
h1 { font-size: 18px; margin: 0; font-weight: 600; }
nav a { margin-right: 16px; color: #1a73e8; text-decoration: none; font-weight: 500; }
nav a:hover, nav a:focus { text-decoration: underline; }
main { padding: 16px 24px; }
section { background: #fff; border: 1px solid #dadce0; border-radius: 8px; padding: 8px 16px 16px; margin-bottom: 24px; scroll-margin-top: 96px; }
h2 { font-size: 16px; margin: 8px 0 12px; }
table.layout { width: 100%; border-collapse: collapse; table-layout: auto; font-size: 13px; line-height: 1.35; }
table.layout td { border: 1px solid #eceff1; padding: 4px 6px; vertical-align: top; white-space: pre-line; overflow-wrap: break-word; hyphens: manual; }
table.layout tr.gap { height: 12px; }
table.layout td.rest { border: none; }
.spark { letter-spacing: 1px; color: #1a73e8; font-size: 14px; white-space: nowrap; }
.place { color: #3c4043; font-style: normal; }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(420px, 1fr)); gap: 16px 32px; margin: 16px 0; }
figure.chart { margin: 0; min-width: 0; }
figure.chart figcaption { font-weight: 600; margin-bottom: 6px; }
figure.chart svg { display: block; max-width: 720px; font-size: 12px; fill: #3c4043; }
figure.chart .empty { color: #5f6368; font-style: italic; }
ul.legend { list-style: none; display: flex; flex-wrap: wrap; gap: 4px 16px; padding: 0; margin: 6px 0 0; font-size: 12px; color: #3c4043; }
.swatch { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin-right: 6px; }
#summary .sheet-page { max-width: 860px; }
#summary table.layout td { border: none; padding: 3px 10px; }
#summary table.layout tr.gap { height: 16px; }
#summary .sheet-page + .sheet-page { margin-top: 12px; padding-top: 4px; border-top: 1px solid #dadce0; }
footer { color: #5f6368; font-size: 12px; padding: 0 24px 24px; overflow-wrap: anywhere; }
@media (max-width: 1279px) {
  main { padding: 12px; }
  section { padding: 8px 10px 12px; }
  table.layout { font-size: 12px; }
  table.layout td { padding: 3px 4px; }
}
@media (max-width: 1179px) { /* the French Dashboard's headers need ~1,080 px unbroken at 12 px */
  main { padding: 8px; }
  section { padding: 6px 6px 10px; }
  table.layout { font-size: 11px; }
  table.layout td { padding: 2px 3px; }
}
@media print {
  :root { background: #fff; }
  header, footer, #dashboard, #summary > h2 { display: none; }
  main { padding: 0; }
  section { border: none; padding: 0; margin: 0; }
  #summary .sheet-page, #summary .sheet-page + .sheet-page { max-width: none; break-after: page; border: none; margin: 0; }
  #summary .sheet-page:last-child { break-after: auto; }
  table.layout tr { break-inside: avoid; }
  table.layout td { border-color: transparent; }
}
`;
