/**
 * The page local mode serves at GET /: the Dashboard and Summary tabs of the workbook, one after the
 * other with a tab bar, readable and printable without a spreadsheet program. Text is escaped here;
 * sections arrive as HTML already escaped by layoutHtml.
 */
import type { Locale } from '../shared/messages';
import { escapeHtml } from './layout-html';

export interface PageSection {
  id: string;
  title: string;
  html: string;
}

export function pageHtml(input: { title: string; locale: Locale; sections: PageSection[]; footer: string }): string {
  const nav = input.sections.map((s) => `<a href="#${escapeHtml(s.id)}">${escapeHtml(s.title)}</a>`).join('');
  const body = input.sections
    .map((s) => `<section id="${escapeHtml(s.id)}"><h2>${escapeHtml(s.title)}</h2><div class="scroll">${s.html}</div></section>`)
    .join('');
  return `<!doctype html>
<html lang="${input.locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta http-equiv="refresh" content="60">
<title>${escapeHtml(input.title)}</title><style>${CSS}</style></head>
<body><header><h1>${escapeHtml(input.title)}</h1><nav>${nav}</nav></header><main>${body}</main>
<footer>${escapeHtml(input.footer)}</footer></body></html>`;
}

const CSS = `
:root { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #202124; background: #f8f9fa; }
body { margin: 0; }
header { background: #fff; border-bottom: 1px solid #dadce0; padding: 12px 24px; display: flex; align-items: baseline; gap: 24px; position: sticky; top: 0; z-index: 1; }
h1 { font-size: 18px; margin: 0; font-weight: 600; }
nav a { margin-right: 16px; color: #1a73e8; text-decoration: none; font-weight: 500; }
main { padding: 16px 24px; }
section { background: #fff; border: 1px solid #dadce0; border-radius: 8px; padding: 8px 16px 16px; margin-bottom: 24px; }
h2 { font-size: 16px; margin: 8px 0 12px; }
.scroll { overflow-x: auto; }
table.layout { border-collapse: collapse; table-layout: fixed; font-size: 12px; }
table.layout td { border: 1px solid #eceff1; padding: 4px 6px; vertical-align: top; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
table.layout tr.frozen td { border-bottom-color: #bdc1c6; }
.spark { letter-spacing: 1px; color: #1a73e8; font-size: 14px; }
.link { color: #1a73e8; }
figure.chart { margin: 16px 0 0; max-width: 640px; }
figure.chart figcaption { font-weight: 600; margin-bottom: 6px; }
figure.chart table { width: 100%; border-collapse: collapse; font-size: 13px; }
figure.chart th { text-align: left; font-weight: 400; width: 35%; padding: 2px 8px 2px 0; }
figure.chart .num { width: 3em; text-align: right; }
.bar { height: 14px; background: #1a73e8; border-radius: 2px; min-width: 1px; }
footer { color: #5f6368; font-size: 12px; padding: 0 24px 24px; }
@media print { header { position: static; } section { break-inside: avoid; border: none; } }
`;
