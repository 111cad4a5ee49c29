/** @jsxRuntime automatic */
/** @jsxImportSource preact */
// (so tsx and esbuild compile this JSX for Preact from any folder, not only beside tsconfig.json)
/**
 * A generated tab (Dashboard or Summary) on the local page: its printed pages, each a run of tables
 * and rows of SVG charts placed where the sheet anchors them.
 */
import type { Layout } from '../../../shared/layout';
import type { Locale } from '../../../shared/messages';
import { ChartFigure } from './chart-figure';
import { layoutBlocks } from './layout-blocks';
import { LayoutTable } from './layout-table';

/** The whole tab, one `.sheet-page` per printed page. */
export function LayoutView({ layout, locale }: { layout: Layout; locale: Locale }) {
  return (
    <>
      {layoutBlocks(layout, locale).map((blocks, p) => (
        <div key={p} class="sheet-page">
          {blocks.map((block, b) =>
            block.kind === 'table' ? (
              <LayoutTable key={b} table={block} locale={locale} />
            ) : (
              <div key={b} class="charts">
                {block.charts.map((chart, c) => (
                  <ChartFigure key={c} chart={chart} locale={locale} />
                ))}
              </div>
            ),
          )}
        </div>
      ))}
    </>
  );
}
