/**
 * "Find a passage" in a Google Doc or Slides deck: a search box over the document's paragraphs
 * (from its export), whole paragraphs shown with the words marked and the heading each sits under,
 * then the chosen passage with its neighbours to extend it. Keyboard: the combobox + listbox
 * pattern (arrows, Home/End, Enter picks); what was found and chosen is announced.
 */
import { useMemo, useState } from 'preact/hooks';
import { t } from '../../shared/i18n/clipper-strings';
import { pageNumber } from '../../shared/anchor/passage-place';
import type { Locale } from '../../shared/messages';
import {
  indexParagraphs,
  searchParagraphs,
  type DocParagraph,
  type PassageMatch,
} from '../../shared/passage-search';

/** Results shown at once; more means the coach should add a word. */
const SHOWN = 30;

type Range = { from: number; to: number };

/** A paragraph's text with the searched words marked. */
function Marked({ text, marks }: { text: string; marks: PassageMatch['marks'] }) {
  const parts = [];
  let at = 0;
  for (const [from, to] of marks) {
    if (from > at) parts.push(text.slice(at, from));
    parts.push(<mark key={from}>{text.slice(from, to)}</mark>);
    at = to;
  }
  parts.push(text.slice(at));
  return <span class="paragraph">{parts}</span>;
}

function Under({ locale, paragraph }: { locale: Locale; paragraph: DocParagraph }) {
  const page = pageNumber(paragraph.place);
  if (page > 0) return <span class="under">{t(locale, 'clipper.find.page', { page })}</span>;
  return (
    <span class="under">
      {paragraph.heading && paragraph.heading !== paragraph.text
        ? t(locale, 'clipper.find.under', { heading: paragraph.heading })
        : paragraph.heading
          ? ''
          : t(locale, 'clipper.find.noHeading')}
    </span>
  );
}

/** The chosen paragraphs, with the ones around them to add (or the ends to drop). */
function Chosen(props: {
  locale: Locale;
  paragraphs: DocParagraph[];
  range: Range;
  onRange(range: Range): void;
}) {
  const { locale, paragraphs, range, onRange } = props;
  const before = paragraphs[range.from - 1];
  const after = paragraphs[range.to + 1];
  const several = range.to > range.from;
  return (
    <div class="chosen">
      {before && (
        <div class="neighbour">
          <p class="muted small">{before.text}</p>
          <button type="button" onClick={() => onRange({ ...range, from: range.from - 1 })}>
            {t(locale, 'clipper.find.addBefore')}
          </button>
        </div>
      )}
      {several && (
        <div class="trim">
          <button type="button" onClick={() => onRange({ ...range, from: range.from + 1 })}>
            {t(locale, 'clipper.find.dropFirst')}
          </button>
          <button type="button" onClick={() => onRange({ ...range, to: range.to - 1 })}>
            {t(locale, 'clipper.find.dropLast')}
          </button>
        </div>
      )}
      {after && (
        <div class="neighbour">
          <button type="button" onClick={() => onRange({ ...range, to: range.to + 1 })}>
            {t(locale, 'clipper.find.addAfter')}
          </button>
          <p class="muted small">{after.text}</p>
        </div>
      )}
    </div>
  );
}

/** What the live region says: how many paragraphs hold the words, or what was chosen. */
function announcement(locale: Locale, query: string, found: number, chosen: Range | null): string {
  if (chosen) return t(locale, 'clipper.find.chosen', { n: chosen.to - chosen.from + 1 });
  if (!query.trim()) return '';
  if (found === 0) return t(locale, 'clipper.find.none');
  const count = t(locale, 'clipper.find.count', { n: Math.min(found, SHOWN) });
  return found > SHOWN ? `${count} ${t(locale, 'clipper.find.more', { count: SHOWN })}` : count;
}

export function PassageFinder(props: {
  locale: Locale;
  paragraphs: DocParagraph[];
  onPick(from: number, to: number): void;
}) {
  const { locale, paragraphs } = props;
  const index = useMemo(() => indexParagraphs(paragraphs), [paragraphs]);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [chosen, setChosen] = useState<Range | null>(null);
  const matches = useMemo(() => searchParagraphs(index, query, SHOWN + 1), [index, query]);
  const shown = matches.slice(0, SHOWN);
  const choose = (range: Range) => {
    setChosen(range);
    props.onPick(range.from, range.to);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const last = shown.length - 1;
    const moves: Record<string, number> = {
      ArrowDown: Math.min(active + 1, last),
      ArrowUp: Math.max(active - 1, 0),
      Home: 0,
      End: last,
    };
    if (event.key === 'Enter') event.preventDefault(); // never submits the clip form
    if (last < 0) return;
    if (event.key in moves) {
      event.preventDefault();
      setActive(moves[event.key]);
    } else if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey)
      choose({ from: shown[active].index, to: shown[active].index });
  };
  return (
    <div class="finder">
      <label for="find-passage">{t(locale, 'clipper.find.label')}</label>
      <input
        id="find-passage"
        type="search"
        role="combobox"
        autocomplete="off"
        aria-autocomplete="list"
        aria-expanded={shown.length > 0}
        aria-controls="find-results"
        aria-activedescendant={shown.length > 0 ? `find-option-${active}` : undefined}
        placeholder={t(locale, 'clipper.find.placeholder')}
        value={query}
        onInput={(e) => {
          setQuery(e.currentTarget.value);
          setActive(0);
          setChosen(null);
        }}
        onKeyDown={onKeyDown}
      />
      <p class="muted small" role="status" aria-live="polite">
        {announcement(locale, query, matches.length, chosen)}
      </p>
      <div id="find-results" role="listbox" aria-label={t(locale, 'clipper.find.label')}>
        {shown.map((match, i) => (
          // biome-ignore lint/a11y/useKeyWithClickEvents: the combobox above handles the keys (listbox pattern)
          <div
            key={match.index}
            id={`find-option-${i}`}
            role="option"
            tabIndex={-1}
            aria-selected={i === active}
            class={chosen?.from === match.index ? 'picked' : undefined}
            onClick={() => {
              setActive(i);
              choose({ from: match.index, to: match.index });
            }}
          >
            <Under locale={locale} paragraph={paragraphs[match.index]} />
            <Marked text={paragraphs[match.index].text} marks={match.marks} />
          </div>
        ))}
      </div>
      {chosen && <Chosen locale={locale} paragraphs={paragraphs} range={chosen} onRange={choose} />}
    </div>
  );
}
