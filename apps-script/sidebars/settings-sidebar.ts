/** Settings sidebar: switch the daily refresh on or off. */
import { t } from '../../shared/i18n';
import { el, render } from './dom';
import { callServer } from './server-call';

callServer('getSettings').then(({ locale, daily }) => {
  const box = el('input', { id: 'daily', type: 'checkbox' });
  box.checked = daily;
  const status = el('p', { role: 'status' });
  const save = el('button', {
    class: 'primary',
    onclick: () => void callServer('saveSettings', { daily: box.checked }).then((r) => { status.className = 'ok'; status.textContent = r.message; }),
  }, t(locale, 'addon.settings.save'));
  render(el('h1', {}, t(locale, 'addon.settings.title')), el('label', { for: 'daily' }, box, ' ', t(locale, 'addon.settings.daily')), save, status);
}).catch((error) => render(el('p', { class: 'error' }, String(error))));
