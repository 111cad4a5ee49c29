/**
 * Set up sidebar: what Throughline read (tab, header, key results as baseline → current → target ·
 * due), the columns with reasons, and the plan's structure (where objectives come from, the header
 * row, the columns whose latest value is current, tabs read one objective each). The coordinator
 * corrects any of it, sees the reading again before saving, then saves.
 */
import { t } from '../../shared/i18n';
import type { Locale } from '../../shared/messages';
import type { ObjectiveSource } from '../../shared/reading/plan-map';
import type { SetupChoice, SetupState } from '../setup';
import { el, option, render } from './dom';
import { callServer } from './server-call';

type ReadState = Extract<SetupState, { ok: true }>;

const OBJECTIVE_SOURCES: ObjectiveSource[] = ['column', 'rows', 'tabs', 'none'];

function failed(locale: Locale, error: unknown): void {
  render(
    el(
      'p',
      { class: 'error' },
      t(locale, 'addon.failed', {
        message: error instanceof Error ? error.message : String(error),
      }),
    ),
  );
}

function sheetPicker(state: SetupState): HTMLElement {
  const select = el('select', { id: 'sheet', onchange: () => void load(select.value) });
  for (const sheet of state.sheets)
    select.append(option(sheet.name, sheet.name, state.ok && sheet.name === state.sheet));
  return select;
}

/** What the reader understood, in the coordinator's words: the first key results and the rows it left out. */
function readingView(state: ReadState): HTMLElement {
  const { locale, reading } = state;
  const lines = reading.lines.map((line) =>
    el(
      'p',
      { class: 'reason' },
      t(locale, 'addon.setup.readLine', { label: line.label, text: line.text }),
    ),
  );
  const preview = el(
    'ol',
    { class: 'preview' },
    ...reading.preview.map((kr) =>
      el('li', {}, el('span', {}, kr.title), el('span', { class: 'values' }, kr.values)),
    ),
  );
  const skipped =
    reading.skipped.length === 0
      ? null
      : el(
          'details',
          {},
          el('summary', {}, t(locale, 'addon.setup.skipped', { count: reading.skipped.length })),
          el('ul', {}, ...reading.skipped.map((s) => el('li', {}, s))),
        );
  const empty =
    reading.preview.length === 0
      ? el('p', { class: 'error' }, t(locale, 'addon.setup.noKeyResults'))
      : null;
  return el(
    'section',
    { 'aria-labelledby': 'read-title' },
    el('h2', { id: 'read-title' }, t(locale, 'addon.setup.read')),
    ...lines,
    empty,
    preview,
    skipped,
  );
}

/** The structure controls; `choice()` reads them back with the column selects. */
function structureView(state: ReadState): {
  view: HTMLElement;
  read: () => Pick<
    SetupChoice,
    'headerRow' | 'headerRows' | 'objectives' | 'series' | 'moreSheets'
  >;
} {
  const { locale, structure } = state;
  const headerRow = el('input', {
    id: 'header-row',
    type: 'number',
    min: '1',
    value: String(state.headerRow + 1),
  });
  const objectives = el('select', { id: 'objectives' });
  for (const source of OBJECTIVE_SOURCES)
    objectives.append(
      option(
        source,
        t(locale, `addon.setup.objectives.${source}`),
        source === structure.objectives,
      ),
    );
  objectives.value = structure.objectives;
  // Columns already playing another part (title, baseline, target, owner…) cannot be part of the series.
  const taken = new Set(
    state.fields.filter((f) => f.field !== 'current' && f.column !== null).map((f) => f.column),
  );
  const seriesBoxes = state.headers.flatMap((header, col) =>
    header.trim() && !taken.has(col)
      ? [
          {
            col,
            box: el('input', {
              type: 'checkbox',
              id: `series-${col}`,
              checked: structure.series.includes(col),
            }),
            header,
          },
        ]
      : [],
  );
  const others = state.sheets.filter((s) => s.name !== state.sheet);
  const tabBoxes = others.map((s, i) => ({
    name: s.name,
    id: `tab-${i}`,
    box: el('input', {
      type: 'checkbox',
      id: `tab-${i}`,
      checked: structure.moreSheets.includes(s.name),
    }),
  }));
  const view = el(
    'section',
    { 'aria-labelledby': 'structure-title' },
    el('h2', { id: 'structure-title' }, t(locale, 'addon.setup.structure')),
    el('label', { for: 'header-row' }, t(locale, 'addon.setup.headerRow')),
    headerRow,
    el('label', { for: 'objectives' }, t(locale, 'addon.setup.objectivesFrom')),
    objectives,
    el(
      'fieldset',
      {},
      el('legend', {}, t(locale, 'addon.setup.series')),
      ...seriesBoxes.map(({ col, box, header }) =>
        el('label', { class: 'check', for: `series-${col}` }, box, header),
      ),
    ),
    tabBoxes.length
      ? el(
          'fieldset',
          {},
          el('legend', {}, t(locale, 'addon.setup.moreSheets')),
          ...tabBoxes.map(({ name, id, box }) =>
            el('label', { class: 'check', for: id }, box, name),
          ),
        )
      : null,
  );
  const read = () => ({
    headerRow: Math.max(0, Number(headerRow.value) - 1),
    headerRows: structure.headerRows,
    objectives: objectives.value as ObjectiveSource,
    series: seriesBoxes.filter(({ box }) => box.checked).map(({ col }) => col),
    moreSheets: tabBoxes.filter(({ box }) => box.checked).map(({ name }) => name),
  });
  return { view, read };
}

function show(state: SetupState): void {
  const locale = state.locale;
  if (!state.ok) {
    render(
      el('h1', {}, t(locale, 'addon.setup.title')),
      el('p', { class: 'error' }, state.message),
      sheetPicker(state),
    );
    return;
  }
  const selects = new Map<string, HTMLSelectElement>();
  const fields = state.fields.map((field) => {
    const select = el('select', { id: `field-${field.field}` });
    select.append(option('', t(locale, 'addon.setup.none'), field.column === null));
    state.headers.forEach((header, c) => {
      if (header.trim()) select.append(option(String(c), header, field.column === c));
    });
    select.value = field.column === null ? '' : String(field.column);
    selects.set(field.field, select);
    return el(
      'div',
      {},
      el('label', { for: `field-${field.field}` }, field.label),
      select,
      el('p', { class: 'reason' }, field.reason),
    );
  });
  const structure = structureView(state);
  const status = el('p', { role: 'status' });
  const protect = el('input', { id: 'protect', type: 'checkbox' });
  protect.checked = state.protect;
  const choice = (): SetupChoice => ({
    sheet: state.sheet,
    protect: protect.checked,
    columns: Object.fromEntries(
      [...selects].map(([field, s]) => [field, s.value === '' ? null : Number(s.value)]),
    ),
    ...structure.read(),
  });
  const preview = el(
    'button',
    {
      onclick: () => {
        preview.setAttribute('disabled', '');
        callServer('previewSetup', choice())
          .then(show)
          .catch((error) => failed(locale, error));
      },
    },
    t(locale, 'addon.setup.preview'),
  );
  const save = el(
    'button',
    {
      class: 'primary',
      onclick: () => {
        save.setAttribute('disabled', '');
        callServer('saveSetup', choice())
          .then((saved) => {
            status.className = saved.ok ? 'ok' : 'error';
            status.textContent = saved.message;
          })
          .catch((error) => failed(locale, error))
          .finally(() => save.removeAttribute('disabled'));
      },
    },
    t(locale, 'addon.setup.save'),
  );
  render(
    el('h1', {}, t(locale, 'addon.setup.title')),
    el('label', { for: 'sheet' }, t(locale, 'addon.setup.sheet')),
    sheetPicker(state),
    el(
      'p',
      { class: 'reason' },
      t(locale, 'addon.setup.sheetReason', { reason: state.sheetReason }),
    ),
    readingView(state),
    el('h2', {}, t(locale, 'addon.setup.columns')),
    ...fields,
    structure.view,
    el('p', { class: 'reason' }, t(locale, 'addon.setup.previewHint')),
    preview,
    el('h2', {}, t(locale, 'addon.setup.sharing')),
    el('label', { for: 'protect', class: 'check' }, protect, t(locale, 'addon.setup.protect')),
    el('p', { class: 'reason' }, t(locale, 'addon.setup.protectHint')),
    save,
    status,
  );
}

function load(sheet?: string): void {
  callServer('getSetupState', sheet)
    .then(show)
    .catch((error) => failed('en', error));
}

render(el('p', {}, t('en', 'addon.loading')));
load();
