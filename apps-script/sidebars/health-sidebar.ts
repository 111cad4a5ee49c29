/** Plan-health sidebar: findings in words, most serious first, each with a button to its cell. */
import { t } from '../../shared/i18n';
import type { PlanHealthState } from '../plan-health';
import { el, render } from './dom';
import { callServer } from './server-call';

function show(state: PlanHealthState): void {
  const { locale } = state;
  if (!state.ok) {
    render(
      el('h1', {}, t(locale, 'addon.menu.health')),
      el('p', { class: 'error' }, state.message),
    );
    return;
  }
  if (state.findings.length === 0) {
    render(
      el('h1', {}, t(locale, 'addon.menu.health')),
      el('p', { class: 'ok' }, t(locale, 'addon.health.none')),
    );
    return;
  }
  render(
    el('h1', {}, t(locale, 'addon.health.title', { n: state.findings.length })),
    el(
      'ul',
      {},
      ...state.findings.map((finding) =>
        el(
          'li',
          { class: `finding ${finding.severity}` },
          el('span', {}, el('strong', {}, `${finding.label} · `), finding.message),
          finding.cell
            ? el(
                'button',
                { onclick: () => void callServer('goToCell', finding.cell as string) },
                t(locale, 'addon.health.goTo'),
              )
            : null,
        ),
      ),
    ),
  );
}

render(el('p', {}, t('en', 'addon.loading')));
callServer('getPlanHealth')
  .then(show)
  .catch((error) => render(el('p', { class: 'error' }, String(error))));
