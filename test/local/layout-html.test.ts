import { describe, expect, it } from 'vitest';
import type { Layout } from '../../shared/layout';
import { cellHtml, escapeHtml, layoutHtml } from '../../local/layout-html';
import { layoutFormula, textSparkline } from '../../local/layout-formulas';
import { pageHtml } from '../../local/page-html';

const layout = (values: Layout['values'], extra: Partial<Layout> = {}): Layout => ({
  values,
  styles: [],
  merges: [],
  columnWidths: [],
  frozenRows: 0,
  charts: [],
  links: [],
  ...extra,
});

describe('escaping untrusted text', () => {
  it.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['"quoted" & \'single\'', '&quot;quoted&quot; &amp; &#39;single&#39;'],
    ['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
  ])('%j', (input, expected) => {
    expect(escapeHtml(input)).toBe(expected);
    expect(layoutHtml(layout([[input]]))).toContain(expected);
    expect(layoutHtml(layout([[input]]))).not.toContain(input);
  });

  it('a colour that is not a hex colour never reaches the style attribute', () => {
    const html = layoutHtml(layout([['x']], { styles: [{ range: { row: 0, col: 0, rows: 1, cols: 1 }, style: { background: 'red;background:url(http://evil)' } }] }));
    expect(html).not.toContain('evil');
  });
});

describe('cells as the sheet shows them', () => {
  it.each([
    [0.42, '0%', '42%'],
    [0.425, '0.0%', '42.5%'],
    [12.3456, '0.00', '12.35'],
    [7, undefined, '7'],
    [new Date(Date.UTC(2026, 5, 30)), undefined, '2026-06-30'],
    [null, undefined, ''],
    ['=SPARKLINE({20,30,42},{"charttype","line"})', undefined, '<span class="spark">▁▄█</span>'],
    ['=HYPERLINK("#gid=0&range=B4","Open the plan")', undefined, '<span class="link">Open the plan</span>'],
    ['=SUM(A1:A3)', undefined, '=SUM(A1:A3)'],
    ["'=SUM(A1:A3) written inert by the add-on", undefined, '=SUM(A1:A3) written inert by the add-on'],
    ["'plain apostrophe kept", undefined, '&#39;plain apostrophe kept'],
    ['=HYPERLINK("http://evil.example","click")', undefined, '=HYPERLINK(&quot;http://evil.example&quot;,&quot;click&quot;)'],
  ] as const)('%j with format %j → %j', (value, format, expected) => {
    expect(cellHtml(value as never, format)).toBe(expected);
  });

  it.each([
    [[1, 1, 1], '▄▄▄'],
    [[0, 50, 100], '▁▅█'],
    [[], ''],
  ])('text sparkline of %j is %j', (values, expected) => {
    expect(textSparkline(values)).toBe(expected);
  });

  it('reads HYPERLINK with doubled quotes in its label', () => {
    expect(layoutFormula('=HYPERLINK("#A1","say ""hi""")')).toEqual({ kind: 'link', target: '#A1', label: 'say "hi"' });
  });
});

describe('layoutHtml', () => {
  it('turns merges into colspan/rowspan and skips the covered cells', () => {
    const html = layoutHtml(layout([['Title', 'hidden', 'hidden'], ['a', 'b', 'c']], { merges: [{ row: 0, col: 0, rows: 1, cols: 3 }] }));
    expect(html).toContain('<td colspan="3">Title</td>');
    expect(html).not.toContain('hidden');
    expect(html.match(/<td/g)).toHaveLength(4);
  });

  it('applies styles and column widths', () => {
    const html = layoutHtml(
      layout([['On track', 0.5]], {
        styles: [{ range: { row: 0, col: 0, rows: 1, cols: 2 }, style: { background: '#d9ead3', color: '#137333', bold: true } }, { range: { row: 0, col: 1, rows: 1, cols: 1 }, style: { numberFormat: '0%' } }],
        columnWidths: [220, 90],
      }),
    );
    expect(html).toContain('<col style="width:220px">');
    expect(html).toContain('style="background:#d9ead3;color:#137333;font-weight:600">On track</td>');
    expect(html).toContain('>50%</td>');
  });

  it('draws charts as bars proportional to their values', () => {
    const html = layoutHtml(
      layout([['Type', 'Count'], ['observation', 12], ['student-work', 3]], { charts: [{ kind: 'bar', title: 'Evidence by type', data: { row: 0, col: 0, rows: 3, cols: 2 }, anchor: { row: 0, col: 3 } }] }),
    );
    expect(html).toContain('<figcaption>Evidence by type</figcaption>');
    expect(html).toContain('<th>observation</th><td><div class="bar" style="width:100%"></div></td><td class="num">12</td>');
    expect(html).toContain('style="width:25%"');
  });
});

describe('pageHtml', () => {
  it('escapes the title and links each section from the tab bar', () => {
    const html = pageHtml({ title: 'Plan <b>2026</b>', locale: 'fr', footer: 'généré', sections: [{ id: 'dashboard', title: 'Tableau de bord', html: '<table></table>' }] });
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('<title>Plan &lt;b&gt;2026&lt;/b&gt;</title>');
    expect(html).toContain('<a href="#dashboard">Tableau de bord</a>');
  });
});
