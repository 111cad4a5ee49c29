/**
 * Connect-a-coach sidebar. In a bound copy with a web app: create a one-time connection code, list
 * coaches, revoke. In the installed add-on: how coaches connect through the spreadsheet's sharing.
 */
import { t, type StringKey } from '../../shared/i18n';
import type { Locale } from '../../shared/messages';
import type { CoachesState, CoachListing } from '../coach-registry';
import { el, render } from './dom';
import { callServer } from './server-call';

let locale: Locale = 'en';
let codeBox: HTMLElement | null = null;

/** A button copying `text` to the clipboard, saying so once done. */
function copyButton(text: string, labelKey: StringKey): HTMLElement {
  const button = el(
    'button',
    {
      onclick: () =>
        void navigator.clipboard?.writeText(text).then(() => {
          button.textContent = t(locale, 'addon.coaches.copied');
        }),
    },
    t(locale, labelKey),
  );
  return button;
}

function coachList(coaches: CoachListing[]): HTMLElement {
  if (coaches.length === 0) return el('p', { class: 'reason' }, t(locale, 'addon.coaches.none'));
  return el(
    'ul',
    {},
    ...coaches.map((coach) =>
      el(
        'li',
        {},
        el(
          'span',
          {},
          `${coach.name} — `,
          coach.revokedAt
            ? t(locale, 'addon.coaches.revokedOn', { date: coach.revokedAt.slice(0, 10) })
            : t(locale, 'addon.coaches.since', { date: coach.createdAt.slice(0, 10) }),
        ),
        coach.revokedAt
          ? null
          : el(
              'button',
              {
                onclick: () =>
                  void callServer('revokeCoachById', coach.id).then((r) => show(r.coaches)),
              },
              t(locale, 'addon.coaches.revoke'),
            ),
      ),
    ),
  );
}

function show(coaches: CoachListing[]): void {
  const name = el('input', { id: 'coach-name', type: 'text', maxlength: '200' });
  const status = el('p', { role: 'status' });
  const create = el(
    'button',
    {
      class: 'primary',
      onclick: () => {
        callServer('connectCoach', name.value)
          .then((result) => {
            if (!result.ok) {
              status.className = 'error';
              status.textContent = result.error.message;
              return;
            }
            const copy = copyButton(result.code, 'addon.coaches.copy');
            codeBox = el(
              'div',
              {},
              el('p', {}, t(locale, 'addon.coaches.code', { name: name.value.trim() })),
              el('p', { class: 'code' }, result.code),
              copy,
            );
            show(result.coaches);
          })
          .catch((error) => {
            status.className = 'error';
            status.textContent = String(error);
          });
      },
    },
    t(locale, 'addon.coaches.create'),
  );
  const shownCode = codeBox;
  codeBox = null; // shown once: gone at the next render
  render(
    el('h1', {}, t(locale, 'addon.coaches.title')),
    el('label', { for: 'coach-name' }, t(locale, 'addon.coaches.name')),
    name,
    create,
    status,
    shownCode,
    el('h2', {}, t(locale, 'addon.coaches.list')),
    coachList(coaches),
  );
}

/** The installed add-on: share the spreadsheet, send its address, remove someone to disconnect them. */
function showSharing(state: Extract<CoachesState, { mode: 'sharing' }>): void {
  const link = el('p', { class: 'code' }, state.url);
  const copy = copyButton(state.url, 'addon.coaches.copyLink');
  render(
    el('h1', {}, t(locale, 'addon.coaches.title')),
    el('p', {}, t(locale, 'addon.coaches.shareIntro')),
    el(
      'ol',
      { class: 'steps' },
      el('li', {}, t(locale, 'addon.coaches.shareStep')),
      el('li', {}, t(locale, 'addon.coaches.sendStep'), link, copy),
      el('li', {}, t(locale, 'addon.coaches.signInStep')),
    ),
    el(
      'p',
      { class: 'reason' },
      t(locale, state.protectedTabs ? 'addon.coaches.protected' : 'addon.coaches.unprotected'),
    ),
    el('p', { class: 'reason' }, t(locale, 'addon.coaches.removeHint')),
  );
}

render(el('p', {}, t('en', 'addon.loading')));
callServer('listCoaches')
  .then((state) => {
    locale = state.locale as Locale;
    if (state.mode === 'sharing') showSharing(state);
    else show(state.coaches);
  })
  .catch((error) => render(el('p', { class: 'error' }, String(error))));
