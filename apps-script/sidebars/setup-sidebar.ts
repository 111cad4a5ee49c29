/** Set up sidebar: detected sheet and columns with reasons, correction from dropdowns, save. */
import { t } from '../../shared/i18n';
import type { Locale } from '../../shared/messages';
import type { SetupState } from '../setup';
import { el, option, render } from './dom';
import { callServer } from './server-call';

function failed(locale: Locale, error: unknown): void {
  render(el('p', { class: 'error' }, t(locale, 'addon.failed', { message: error instanceof Error ? error.message : String(error) })));
}

function sheetPicker(state: SetupState): HTMLElement {
  const select = el('select', { id: 'sheet', onchange: () => void load(select.value) });
  for (const sheet of state.sheets) select.append(option(sheet.name, sheet.name, state.ok && sheet.name === state.sheet));
  return select;
}

function show(state: SetupState): void {
  const locale = state.locale;
  if (!state.ok) {
    render(el('h1', {}, t(locale, 'addon.setup.title')), el('p', { class: 'error' }, state.message), sheetPicker(state));
    return;
  }
  const selects = new Map<string, HTMLSelectElement>();
  const fields = state.fields.map((field) => {
    const select = el('select', { id: `field-${field.field}` });
    select.append(option('', t(locale, 'addon.setup.none'), field.column === null));
    state.headers.forEach((header, c) => {
      if (header.trim()) select.append(option(String(c), header, field.column === c));
    });
    selects.set(field.field, select);
    return el('div', {}, el('label', { for: `field-${field.field}` }, field.label), select, el('p', { class: 'reason' }, field.reason));
  });
  const status = el('p', { role: 'status' });
  const save = el('button', {
    class: 'primary',
    onclick: () => {
      save.setAttribute('disabled', '');
      const columns = Object.fromEntries([...selects].map(([field, s]) => [field, s.value === '' ? null : Number(s.value)]));
      callServer('saveSetup', { sheet: state.sheet, headerRow: state.headerRow, columns })
        .then((saved) => { status.className = saved.ok ? 'ok' : 'error'; status.textContent = saved.message; })
        .catch((error) => failed(locale, error))
        .finally(() => save.removeAttribute('disabled'));
    },
  }, t(locale, 'addon.setup.save'));
  render(
    el('h1', {}, t(locale, 'addon.setup.title')),
    el('label', { for: 'sheet' }, t(locale, 'addon.setup.sheet')),
    sheetPicker(state),
    el('p', { class: 'reason' }, t(locale, 'addon.setup.sheetReason', { reason: state.sheetReason })),
    el('h2', {}, t(locale, 'addon.setup.columns')),
    ...fields,
    save,
    status,
  );
}

function load(sheet?: string): void {
  callServer('getSetupState', sheet).then(show).catch((error) => failed('en', error));
}

render(el('p', {}, t('en', 'addon.loading')));
load();
