/** Record-a-check-in sidebar: key result, date, value, confidence 1–5, comment. */
import { t } from '../../shared/i18n';
import { formatAmount } from '../../shared/dashboard/display-values';
import type { CheckInState } from '../check-in';
import { el, option, render } from './dom';
import { callServer } from './server-call';

function show(state: CheckInState): void {
  const { locale } = state;
  const keyResult = el('select', { id: 'keyResult' });
  let objective = '';
  let group: HTMLOptGroupElement | null = null;
  for (const kr of state.keyResults) {
    if (kr.objective !== objective || !group) {
      objective = kr.objective;
      group = el('optgroup', { label: objective });
      keyResult.append(group);
    }
    group.append(option(kr.id, kr.title, false));
  }
  const date = el('input', { id: 'date', type: 'date', value: state.today });
  const value = el('input', { id: 'value', type: 'number', step: 'any', required: true });
  const hint = el('p', { class: 'reason', id: 'value-hint' });
  const showHint = () => {
    const chosen = state.keyResults.find((kr) => kr.id === keyResult.value);
    hint.textContent =
      chosen && chosen.current !== null
        ? t(locale, 'addon.checkIn.currentHint', {
            value: formatAmount(chosen.current, chosen.unit, locale),
          })
        : '';
  };
  keyResult.addEventListener('change', showHint);
  showHint();
  const confidence = el(
    'select',
    { id: 'confidence' },
    option('', '—', true),
    ...[1, 2, 3, 4, 5].map((n) => option(String(n), String(n), false)),
  );
  const comment = el('textarea', { id: 'comment', rows: '3' });
  const by = el('input', { id: 'by', type: 'text' });
  const status = el('p', { role: 'status' });
  const save = el(
    'button',
    {
      class: 'primary',
      onclick: () => {
        save.setAttribute('disabled', '');
        callServer('saveCheckIn', {
          keyResultId: keyResult.value,
          date: date.value,
          value: value.value,
          confidence: confidence.value,
          comment: comment.value,
          by: by.value,
        })
          .then((saved) => {
            status.className = saved.ok ? 'ok' : 'error';
            status.textContent = saved.message;
          })
          .catch((error) => {
            status.className = 'error';
            status.textContent = t(locale, 'addon.failed', { message: String(error) });
          })
          .finally(() => save.removeAttribute('disabled'));
      },
    },
    t(locale, 'addon.checkIn.save'),
  );
  const field = (id: string, key: Parameters<typeof t>[1], input: HTMLElement) =>
    el('div', {}, el('label', { for: id }, t(locale, key)), input);
  render(
    el('h1', {}, t(locale, 'addon.checkIn.title')),
    field('keyResult', 'addon.checkIn.keyResult', keyResult),
    field('date', 'addon.checkIn.date', date),
    field('value', 'addon.checkIn.value', value),
    hint,
    field('confidence', 'addon.checkIn.confidence', confidence),
    field('comment', 'addon.checkIn.comment', comment),
    field('by', 'addon.checkIn.by', by),
    save,
    status,
  );
}

render(el('p', {}, t('en', 'addon.loading')));
callServer('getCheckInState')
  .then(show)
  .catch((error) => render(el('p', { class: 'error' }, String(error))));
