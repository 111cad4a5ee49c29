/** @jsxRuntime automatic */
/** @jsxImportSource preact */
// (so tsx and esbuild compile this JSX for Preact from any folder, not only beside tsconfig.json)
/**
 * One table of a generated tab on the local page: columns as shares of the page width (the table
 * lays out automatically, so the browser widens a column to its longest word and headers are never
 * cut in two), cells with the sheet's colours, weight and alignment, spans for merged cells.
 */
import type { JSX } from 'preact';
import type { Locale } from '../../../shared/messages';
import type { CellStyle } from '../../../shared/layout';
import { CellContent, Place } from './cell-content';
import type { Block, BlockCell, BlockRow } from './layout-blocks';

type TableBlock = Extract<Block, { kind: 'table' }>;

/** A table block as an HTML table. */
export function LayoutTable({ table, locale }: { table: TableBlock; locale: Locale }) {
  return (
    <table class="layout">
      <colgroup>
        {table.columnShares.map((share, c) => (
          <col key={c} style={{ width: `${share.toFixed(2)}%` }} />
        ))}
      </colgroup>
      <tbody>
        {table.rows.map((row, r) =>
          row === 'gap' ? <tr key={r} class="gap" /> : <Row key={r} row={row} locale={locale} />,
        )}
      </tbody>
    </table>
  );
}

function Row({ row, locale }: { row: BlockRow; locale: Locale }) {
  return (
    <tr class={row.frozen ? 'frozen' : undefined}>
      {row.cells.map((cell, c) => (
        <Cell key={c} cell={cell} locale={locale} />
      ))}
      {row.rest > 0 && <td class="rest" colSpan={row.rest > 1 ? row.rest : undefined} />}
    </tr>
  );
}

function Cell({ cell, locale }: { cell: BlockCell; locale: Locale }) {
  return (
    <td
      rowSpan={cell.rowSpan > 1 ? cell.rowSpan : undefined}
      colSpan={cell.colSpan > 1 ? cell.colSpan : undefined}
      style={cell.style && cssOf(cell.style)}
    >
      {cell.place !== undefined ? (
        <Place text={cell.place} />
      ) : cell.webLink ? (
        // A clip's passage opens in a new tab; the page sends no referrer and keeps no opener.
        <a href={cell.webLink} target="_blank" rel="noopener noreferrer">
          <CellContent value={cell.value} numberFormat={cell.style?.numberFormat} locale={locale} />
        </a>
      ) : (
        <CellContent value={cell.value} numberFormat={cell.style?.numberFormat} locale={locale} />
      )}
    </td>
  );
}

/** The sheet's cell style as CSS; a colour that is not a hex colour is never passed on. */
function cssOf(style: CellStyle): JSX.CSSProperties {
  const css: JSX.CSSProperties = {};
  if (style.background) css.background = safeColour(style.background);
  if (style.color) css.color = safeColour(style.color);
  if (style.bold) css.fontWeight = '600';
  if (style.italic) css.fontStyle = 'italic';
  if (style.fontSize) css.fontSize = `${Math.round(style.fontSize * 1.33)}px`;
  if (style.align) css.textAlign = style.align;
  return css;
}

function safeColour(colour: string): string {
  return /^#[0-9a-f]{3,8}$/i.test(colour) ? colour : 'inherit';
}
