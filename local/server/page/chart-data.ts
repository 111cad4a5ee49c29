/**
 * What a layout's chart plots, read from the layout's data range: series names, their number
 * formats (so bar labels read as the sheet's cells do) and one row of values per labelled category.
 */
import type { Layout, LayoutChart } from '../../../shared/layout';
import { chartRows } from '../xlsx-layout';

/** A chart ready to draw. */
export interface ChartData {
  title: string;
  stacked: boolean;
  series: string[];
  formats: (string | undefined)[];
  rows: { category: string; values: number[] }[];
}

/** The chart's series, formats and rows; rows without a category label are left out. */
export function chartData(
  layout: Layout,
  chart: LayoutChart,
  formatAt: (row: number, col: number) => string | undefined,
): ChartData {
  const header = layout.values[chart.data.row] ?? [];
  const series = Array.from({ length: chart.data.cols - 1 }, (_, i) =>
    String(header[chart.data.col + 1 + i] ?? ''),
  );
  const formats = series.map((_, i) => formatAt(chart.data.row + 1, chart.data.col + 1 + i));
  const rows = chartRows(layout, chart).filter((row) => row.category !== '');
  return { title: chart.title, stacked: chart.stacked === true, series, formats, rows };
}
