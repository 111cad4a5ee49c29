/** @jsxRuntime automatic */
/** @jsxImportSource preact */
// (so tsx and esbuild compile this JSX for Preact from any folder, not only beside tsconfig.json)
/**
 * A cell's value as the sheet would display it, in the page's language: percentages and decimals as
 * the number format says, dates, text sparklines, and a workbook link named as a place (the page
 * cannot go there). Text is text: Preact escapes it, so clip text never becomes markup.
 */
import type { ComponentChild } from 'preact';
import type { CellValue } from '../../../shared/cells';
import { formatCellNumber } from '../../../shared/dashboard/amounts';
import { fromInertText } from '../../../shared/inert-text';
import type { Locale } from '../../../shared/messages';
import { layoutFormula } from '../layout-formulas';

/** Past this many characters a word (a URL, a code) may break, rather than widen its column. */
const LONGEST_WORD = 18;

/** One cell's content. */
export function CellContent(props: { value: CellValue; numberFormat?: string; locale: Locale }) {
  const { value, numberFormat, locale } = props;
  if (value === null || value === false) return null;
  if (value === true) return <>✓</>;
  if (value instanceof Date) return <>{dateText(value, numberFormat, locale)}</>;
  if (typeof value === 'number') return <>{formatCellNumber(value, numberFormat, locale)}</>;
  if (!value.startsWith('=')) return <Breakable text={fromInertText(value)} />;
  const formula = layoutFormula(value);
  if (formula.kind === 'sparkline') return <span class="spark">{formula.text}</span>;
  if (formula.kind === 'link') return <Place text={formula.label} />;
  return <>{formula.text}</>;
}

/** Dates as the sheet's date formats show them: "Jan 13, 2026", "13 janv. 2026". */
const SHORT_DATE: Record<Locale, Intl.DateTimeFormat> = {
  en: new Intl.DateTimeFormat('en', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }),
  fr: new Intl.DateTimeFormat('fr', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }),
};

/**
 * A date the sheet formats reads as it does there, breaking only before the year in a narrow column
 * (day and month stay together), never inside "2026-01-13"; an unformatted one stays YYYY-MM-DD.
 */
function dateText(value: Date, numberFormat: string | undefined, locale: Locale): string {
  if (!numberFormat) return value.toISOString().slice(0, 10);
  const parts = SHORT_DATE[locale].formatToParts(value);
  return parts
    .map((part, i) =>
      part.type === 'literal' && parts[i + 1]?.type !== 'year'
        ? part.value.replace(/ /g, '\u00a0')
        : part.value,
    )
    .join('');
}

/** A place in the workbook, named in plain text. */
export function Place({ text }: { text: string }) {
  return <span class="place">{text}</span>;
}

/** Text whose over-long words get a break opportunity every LONGEST_WORD characters. */
function Breakable({ text }: { text: string }) {
  const parts: ComponentChild[] = [];
  for (const word of text.split(/(\s+)/)) {
    const chars = [...word];
    for (let i = 0; i < chars.length; i += LONGEST_WORD) {
      if (i > 0) parts.push(<wbr />);
      parts.push(chars.slice(i, i + LONGEST_WORD).join(''));
    }
  }
  return <>{parts}</>;
}
