/** @jsxRuntime automatic */
/** @jsxImportSource preact */
// (so tsx and esbuild compile this JSX for Preact from any folder, not only beside tsconfig.json)
/**
 * A layout's chart as an SVG bar chart for the local page. Series are drawn side by side (one bar
 * each, never summed: progress beside period elapsed) or stacked when the chart says so; every bar
 * carries its value as text, and the legend is HTML so it wraps with the page.
 */

import { formatCellNumber } from '../../../shared/dashboard/amounts';
import { t } from '../../../shared/i18n/index';
import type { Locale } from '../../../shared/messages';
import type { ChartData } from './chart-data';

const COLOURS = [
  '#1a73e8',
  '#9aa0a6',
  '#188038',
  '#e37400',
  '#a142f4',
  '#d93025',
  '#12b5cb',
  '#5f6368',
];
const WIDTH = 600;
/** Short labels (weeks) sit left of their bars; longer ones (key results) on a line above them. */
const SIDE_LABEL_CHARS = 14;
const SIDE_LABEL = 110;
const ABOVE_LABEL = 18;
const BAR = 14;
const GAP = 10;

const colour = (series: number) => COLOURS[series % COLOURS.length];

/** One chart as a <figure>: caption, SVG bars with values, legend (or a line saying it is empty). */
export function ChartFigure({ chart, locale }: { chart: ChartData; locale: Locale }) {
  return (
    <figure class="chart">
      <figcaption>{chart.title}</figcaption>
      {chart.rows.length === 0 ? (
        <p class="empty">{t(locale, 'local.page.chartEmpty')}</p>
      ) : (
        <>
          <Bars chart={chart} locale={locale} />
          <ul class="legend">
            {chart.series.map((name, s) => (
              <li key={s}>
                <span class="swatch" style={{ background: colour(s) }} />
                {name}
              </li>
            ))}
          </ul>
        </>
      )}
    </figure>
  );
}

/** Where the rows go: the scale, the label placement and the height of one category's band. */
function geometry(chart: ChartData) {
  const totals = chart.rows.map((row) =>
    chart.stacked ? row.values.reduce((a, b) => a + b, 0) : Math.max(0, ...row.values),
  );
  const percent = chart.formats.every((f) => f?.includes('%'));
  const max = Math.max(percent ? 1 : 0, ...totals) || 1;
  const above = chart.rows.some((row) => [...row.category].length > SIDE_LABEL_CHARS);
  const left = above ? 0 : SIDE_LABEL;
  const bars = chart.stacked ? BAR : BAR * chart.series.length;
  return {
    totals,
    above,
    left,
    band: (above ? ABOVE_LABEL : 0) + bars + GAP,
    scale: (v: number) => (Math.max(0, v) / max) * (WIDTH - left - 60),
  };
}

type Geometry = ReturnType<typeof geometry>;

function Bars({ chart, locale }: { chart: ChartData; locale: Locale }) {
  const g = geometry(chart);
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${chart.rows.length * g.band}`}
      width="100%"
      role="img"
      aria-label={chart.title}
      preserveAspectRatio="xMinYMin meet"
    >
      {chart.rows.map((_, r) => (
        <CategoryBars key={r} chart={chart} r={r} g={g} locale={locale} />
      ))}
    </svg>
  );
}

/** One category: its label, a bar per series (side by side, or stacked with the total after). */
function CategoryBars(props: { chart: ChartData; r: number; g: Geometry; locale: Locale }) {
  const { chart, r, g, locale } = props;
  const row = chart.rows[r];
  const shown = (value: number, s: number) => formatCellNumber(value, chart.formats[s], locale);
  const top = r * g.band + (g.above ? ABOVE_LABEL : GAP / 2);
  let x = g.left;
  const bars = row.values.map((value, s) => {
    const y = chart.stacked ? top : top + s * BAR;
    const w = g.scale(value);
    const label = t(locale, 'local.page.chartValue', {
      series: chart.series[s],
      value: shown(value, s),
    });
    const bar = (
      <g key={s}>
        <rect x={x.toFixed(1)} y={y} width={w.toFixed(1)} height={BAR - 2} fill={colour(s)}>
          <title>{label}</title>
        </rect>
        {!chart.stacked && <Value x={x + w + 4} y={y} text={shown(value, s)} />}
      </g>
    );
    if (chart.stacked) x += w;
    return bar;
  });
  return (
    <g>
      {g.above ? (
        <text x="0" y={top - 5} class="category">
          {row.category}
        </text>
      ) : (
        <text x={g.left - 8} y={top + BAR - 3} text-anchor="end" class="category">
          {row.category}
        </text>
      )}
      {bars}
      {chart.stacked && <Value x={x + 4} y={top} text={shown(g.totals[r], 0)} />}
    </g>
  );
}

function Value({ x, y, text }: { x: number; y: number; text: string }) {
  return (
    <text x={x.toFixed(1)} y={y + BAR - 3} class="value">
      {text}
    </text>
  );
}
