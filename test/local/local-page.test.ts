// The local page as Preact renders it: layouts become tables and SVG charts, clip text stays text,
// numbers read as the sheet shows them, and the whole demo plan's findings and schools are there.
import { render } from '../../shared/i18n';
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../shared/cells';
import { valuesLayout, type Layout } from '../../shared/layout';
import type { Locale } from '../../shared/messages';
import { CellContent } from '../../local/server/page/cell-content';
import { LayoutView } from '../../local/server/page/layout-view';
import { layoutFormula, textSparkline } from '../../local/server/layout-formulas';
import { renderPage } from '../../local/server/page/page-document';
import { dashboardPage } from '../../local/server/dashboard-page';
import { PlanSession } from '../../local/server/plan-session';
import { t } from '../../shared/i18n/index';
import { TODAY, demoWorkbookFile } from './local-harness';

const layoutHtml = (value: Layout, locale: Locale = 'en') =>
  renderToString(h(LayoutView, { layout: value, locale }));
const cellHtml = (value: CellValue, numberFormat?: string, locale: Locale = 'en') =>
  renderToString(h(CellContent, { value, numberFormat, locale }));

/** What a reader sees of some HTML: its text, tags dropped and entities decoded. */
const visibleText = (html: string) =>
  html
    .replace(/<wbr\/>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/[ \t\r\n]+/g, ' ');

const layout = valuesLayout;

describe('escaping untrusted text', () => {
  it.each(['<script>alert(1)</script>', '"quoted" & \'single\'', '<img src=x onerror=alert(1)>'])(
    '%j shows as text',
    (input) => {
      const html = layoutHtml(layout([[input]]));
      expect(html).not.toContain(input);
      expect(html).not.toMatch(/<(script|img)/);
      expect(visibleText(html)).toContain(input);
    },
  );

  const ALPHABET = ['<', '>', '&', '"', "'", '/', '=', ' ', 'a', 'img', 'script', 'on', '\n', 'é'];
  it.each(Array.from({ length: 40 }, (_, seed) => seed))(
    "generated text %i: no tag but the table's own, every character shown",
    (seed) => {
      let state = seed + 1;
      const next = () => {
        state = (state * 1103515245 + 12345) % 2 ** 31;
        return state;
      };
      const text = Array.from({ length: 30 }, () => ALPHABET[next() % ALPHABET.length]).join('');
      const html = layoutHtml(layout([[text, `'${text}`]]));
      const tags = new Set([...html.matchAll(/<\/?([a-z]+)/g)].map((m) => m[1]));
      expect(
        [...tags].every((tag) =>
          ['div', 'table', 'colgroup', 'col', 'tbody', 'tr', 'td', 'wbr'].includes(tag),
        ),
      ).toBe(true);
      expect(visibleText(html).replace(/\s+/g, ' ')).toContain(text.trim().replace(/\s+/g, ' '));
    },
  );

  it('a colour that is not a hex colour never reaches the style attribute', () => {
    const html = layoutHtml(
      layout([['x']], {
        styles: [
          {
            range: { row: 0, col: 0, rows: 1, cols: 1 },
            style: { background: 'red;background:url(http://evil)' },
          },
        ],
      }),
    );
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
    [
      '=HYPERLINK("#gid=0&range=B4","Open the plan")',
      undefined,
      '<span class="place">Open the plan</span>',
    ],
    ['=SUM(A1:A3)', undefined, '=SUM(A1:A3)'],
    [
      "'=SUM(A1:A3) written inert by the add-on",
      undefined,
      '=SUM(A1:A3) written inert by the add-on',
    ],
    ["'plain apostrophe kept", undefined, "'plain apostrophe kept"],
    [
      '=HYPERLINK("http://evil.example","click")',
      undefined,
      '=HYPERLINK(&quot;http://evil.example&quot;,&quot;click&quot;)',
    ],
  ] as const)('%j with format %j → %j', (value, format, expected) => {
    expect(cellHtml(value as CellValue, format)).toBe(expected);
  });

  it.each([
    [[1, 1, 1], '▄▄▄'],
    [[0, 50, 100], '▁▅█'],
    [[], ''],
  ])('text sparkline of %j is %j', (values, expected) => {
    expect(textSparkline(values)).toBe(expected);
  });

  it('reads HYPERLINK with doubled quotes in its label', () => {
    expect(layoutFormula('=HYPERLINK("#A1","say ""hi""")')).toEqual({
      kind: 'link',
      target: '#A1',
      label: 'say "hi"',
    });
  });
});

describe('layoutHtml', () => {
  it('turns merges into colspan/rowspan and skips the covered cells', () => {
    const html = layoutHtml(
      layout(
        [
          ['Title', 'hidden', 'hidden'],
          ['a', 'b', 'c'],
        ],
        { merges: [{ row: 0, col: 0, rows: 1, cols: 3 }] },
      ),
    );
    expect(html).toContain('<td colspan="3">Title</td>');
    expect(html).not.toContain('hidden');
    expect(html.match(/<td/g)).toHaveLength(4);
  });

  it("applies styles, and keeps the sheet's column proportions as shares of the page width", () => {
    const html = layoutHtml(
      layout([['On track', 0.5]], {
        styles: [
          {
            range: { row: 0, col: 0, rows: 1, cols: 2 },
            style: { background: '#d9ead3', color: '#137333', bold: true },
          },
          { range: { row: 0, col: 1, rows: 1, cols: 1 }, style: { numberFormat: '0%' } },
        ],
        columnWidths: [300, 100],
      }),
    );
    expect(html).toContain('<col style="width:75.00%;"/><col style="width:25.00%;"/>');
    expect(html).not.toMatch(/width:\d+px/);
    expect(html).toContain(
      'style="background:#d9ead3;color:#137333;font-weight:600;">On track</td>',
    );
    expect(html).toContain('>50%</td>');
  });

  it.each([
    ['en', 'mmm d, yyyy', 'Jan\u00a013, 2026'],
    ['fr', 'd mmm yyyy', '13\u00a0janv. 2026'],
  ] as const)(
    'a formatted date reads as the sheet shows it, breaking only before the year (%s)',
    (locale, format, expected) => {
      expect(cellHtml(new Date(Date.UTC(2026, 0, 13)), format, locale)).toBe(expected);
    },
  );

  it('writes percentages the French way in French', () => {
    expect(cellHtml(0.425, '0.0%', 'fr')).toBe('42,5\u00a0%');
  });

  it("leaves out the charts' data columns and never names a link it cannot follow as a link", () => {
    const html = layoutHtml(
      layout([['Finding text', 'Go to Schools, cell D5 ↗', 'helper data']], {
        hiddenColumnsFrom: 2,
        links: [{ row: 0, col: 1, target: "'Schools'!D5", label: 'Go to Schools, cell D5 ↗' }],
      }),
      'fr',
    );
    expect(html).not.toContain('helper data');
    expect(html).not.toContain('↗');
    expect(html).not.toContain('<a ');
    expect(visibleText(html)).toContain('Dans le classeur\u00a0: Schools, cellule D5');
  });

  it('draws a side-by-side chart with one bar per series, never their sum, and leaves unlabelled rows out', () => {
    const pct = { numberFormat: '0%' };
    const html = layoutHtml(
      layout(
        [
          ['Key result', 'Progress', 'Period elapsed'],
          ['Fractions', 0.42, 0.45],
          ['Co-planning', 0.9, 0.45],
          [null, null, null],
        ],
        {
          styles: [{ range: { row: 1, col: 1, rows: 2, cols: 2 }, style: pct }],
          charts: [
            {
              kind: 'bar',
              stacked: false,
              title: 'Progress vs. elapsed',
              data: { row: 0, col: 0, rows: 4, cols: 3 },
              anchor: { row: 0, col: 0 },
            },
          ],
          hiddenColumnsFrom: 0,
        },
      ),
    );
    expect(html).toContain('<figcaption>Progress vs. elapsed</figcaption>');
    expect(html.match(/<rect /g)).toHaveLength(4);
    expect([...html.matchAll(/class="value">([^<]*)</g)].map((m) => m[1])).toEqual([
      '42%',
      '45%',
      '90%',
      '45%',
    ]);
    expect(html).not.toContain('87%');
    expect(visibleText(html)).toContain('Progress Period elapsed');
  });

  it('stacks a stacked chart and labels each bar with its total', () => {
    const html = layoutHtml(
      layout(
        [
          ['Week', 'Observation', 'PLC'],
          ['This week', 2, 3],
          ['1 wk ago', 0, 1],
        ],
        {
          charts: [
            {
              kind: 'column',
              stacked: true,
              title: 'Evidence per week',
              data: { row: 0, col: 0, rows: 3, cols: 3 },
              anchor: { row: 0, col: 0 },
            },
          ],
          hiddenColumnsFrom: 0,
        },
      ),
    );
    expect([...html.matchAll(/class="value">([^<]*)</g)].map((m) => m[1])).toEqual(['5', '1']);
  });

  it('says so when a chart has nothing to draw', () => {
    const html = layoutHtml(
      layout([['Key result', 'Progress']], {
        charts: [
          {
            kind: 'bar',
            title: 'Progress',
            data: { row: 0, col: 0, rows: 2, cols: 2 },
            anchor: { row: 0, col: 0 },
          },
        ],
        hiddenColumnsFrom: 0,
      }),
      'fr',
    );
    expect(html).toContain(t('fr', 'local.page.chartEmpty'));
    expect(html).not.toContain('<svg');
  });

  it('draws a chart where the sheet anchors it, and one anchored below the grid at its end', () => {
    const values: Layout['values'] = [
      ['Title'],
      ['Week', 'Count'],
      ['This week', 3],
      ['After the chart'],
    ];
    const chart = (row: number) => ({
      kind: 'bar' as const,
      title: `Chart at ${row}`,
      data: { row: 1, col: 0, rows: 2, cols: 2 },
      anchor: { row, col: 0 },
    });
    const html = layoutHtml(layout(values, { charts: [chart(3), chart(40)] }));
    const text = visibleText(html);
    expect(text.indexOf('Chart at 3')).toBeLessThan(text.indexOf('After the chart'));
    expect(text.indexOf('After the chart')).toBeLessThan(text.indexOf('Chart at 40'));
  });

  it('starts a printed page at each page break, and collapses runs of empty rows', () => {
    const html = layoutHtml(
      layout([['Title'], [null], [null], ['Intro'], ['School A'], [null], ['School B']], {
        pageBreaks: [4, 6],
      }),
    );
    expect(html.match(/<div class="sheet-page">/g)).toHaveLength(3);
    expect(html.match(/class="gap"/g)).toHaveLength(1);
  });

  it.each(Array.from({ length: 12 }, (_, i) => i + 1))(
    'a word of %i×9 characters stays whole text, with break chances every 18',
    (n) => {
      const word = 'x'.repeat(9 * n);
      const html = cellHtml(word);
      expect(html.replace(/<wbr\/>/g, '')).toBe(word);
      expect(html.split('<wbr/>').every((part) => part.length <= 18)).toBe(true);
    },
  );
});

describe('the local page of the demo plan', () => {
  it.each(['en', 'fr'] as const)(
    'shows every plan-health finding in full and the Summary of each school (%s)',
    async (locale) => {
      const opened = await PlanSession.open(await demoWorkbookFile());
      if (!opened.ok) throw new Error(opened.error.message);
      opened.session.workbook.setSetting('locale', locale);
      const snapshot = opened.session.snapshot(TODAY);
      if (!snapshot.ok) throw new Error('no snapshot');
      const text = visibleText(dashboardPage(opened.session, TODAY, 'http://127.0.0.1:1/exec'));
      expect(snapshot.snapshot.findings.length).toBeGreaterThan(0);
      for (const finding of snapshot.snapshot.findings)
        expect(text).toContain(render(locale, finding.message));
      for (const school of snapshot.snapshot.schools) expect(text).toContain(school.name);
      expect(text).not.toContain('↗');
      expect(text).toContain(t(locale, 'addon.dashboard.col.latest'));
    },
  );
});

describe('renderPage', () => {
  it('shows the title as text and links each section from the tab bar', () => {
    const html = renderPage({
      title: 'Plan <b>2026</b>',
      locale: 'fr',
      footer: 'généré',
      sections: [{ id: 'dashboard', title: 'Tableau de bord', content: ['Aucun plan'] }],
    });
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<html lang="fr">');
    expect(html).not.toContain('<b>');
    expect(visibleText(/<title>(.*)<\/title>/.exec(html)?.[1] ?? '')).toBe('Plan <b>2026</b>');
    expect(html).toContain('<a href="#dashboard">Tableau de bord</a>');
    expect(html).toContain('<p>Aucun plan</p>');
  });

  it('keeps the stylesheet as written (its child selectors are not escaped)', () => {
    const html = renderPage({ title: 'x', locale: 'en', footer: '', sections: [] });
    expect(html).toContain('#summary > h2');
  });
});

describe('a clip’s passage link on the local page', () => {
  it('the quote is a link opening the passage in a new tab; its address is escaped', () => {
    const url = 'https://x.org/a?b=1&c="2"#:~:text=why';
    const html = layoutHtml(
      layout([['“why”'], ['plain']], { webLinks: [{ row: 0, col: 0, url }] }),
    );
    expect(html).toContain(
      '<a href="https://x.org/a?b=1&amp;c=&quot;2&quot;#:~:text=why" target="_blank" rel="noopener noreferrer">“why”</a>',
    );
    expect(html.match(/<a /g)).toHaveLength(1);
  });

  it('an address that is not a web link stays plain text', () => {
    const html = layoutHtml(
      layout([['“why”']], { webLinks: [{ row: 0, col: 0, url: 'javascript:alert(1)' }] }),
    );
    expect(html).not.toContain('<a ');
  });
});
