/** Settings sidebar: the automatic refresh switch (hourly and on open) and the pacing thresholds (in percentage points and days). */
import { t, type StringKey } from '../../shared/i18n';
import type { Locale } from '../../shared/messages';
import type { PacingSettings } from '../../shared/records';
import { el, render } from './dom';
import { callServer } from './server-call';

function numberField(
  locale: Locale,
  id: string,
  key: StringKey,
  value: number,
): [HTMLElement, HTMLInputElement] {
  const input = el('input', { id, type: 'number', min: '0', step: '1', value: String(value) });
  return [el('div', {}, el('label', { for: id }, t(locale, key)), input), input];
}

function show(locale: Locale, autoRefresh: boolean, pacing: PacingSettings): void {
  const box = el('input', { id: 'auto-refresh', type: 'checkbox' });
  box.checked = autoRefresh;
  const [onTrackField, onTrack] = numberField(
    locale,
    'on-track',
    'addon.settings.onTrack',
    Math.round(pacing.onTrackMargin * 100),
  );
  const [atRiskField, atRisk] = numberField(
    locale,
    'at-risk',
    'addon.settings.atRisk',
    Math.round(pacing.atRiskMargin * 100),
  );
  const [staleField, stale] = numberField(
    locale,
    'stale',
    'addon.settings.stale',
    pacing.staleAfterDays,
  );
  const status = el('p', { role: 'status' });
  const save = el(
    'button',
    {
      class: 'primary',
      onclick: () => {
        const next = {
          onTrackMargin: Number(onTrack.value) / 100,
          atRiskMargin: Number(atRisk.value) / 100,
          staleAfterDays: Number(stale.value),
        };
        void callServer('saveSettings', { autoRefresh: box.checked, pacing: next }).then((r) => {
          status.className = r.ok ? 'ok' : 'error';
          status.textContent = r.message;
        });
      },
    },
    t(locale, 'addon.settings.save'),
  );
  render(
    el('h1', {}, t(locale, 'addon.settings.title')),
    el(
      'label',
      { for: 'auto-refresh', class: 'check' },
      box,
      t(locale, 'addon.settings.autoRefresh'),
    ),
    el('h2', {}, t(locale, 'addon.settings.pacing')),
    onTrackField,
    atRiskField,
    staleField,
    save,
    status,
  );
}

callServer('getSettings')
  .then(({ locale, autoRefresh, pacing }) => show(locale, autoRefresh, pacing))
  .catch((error) => render(el('p', { class: 'error' }, String(error))));
