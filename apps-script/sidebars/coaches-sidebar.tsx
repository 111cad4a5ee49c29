/**
 * Connect-a-coach sidebar. In a bound copy with a web app: create a one-time connection code, list
 * coaches, revoke. In the installed add-on: how coaches connect through the spreadsheet's sharing.
 */
import { useState } from 'preact/hooks';
import { type SidebarKey, t } from '../../shared/i18n/sidebar-strings';
import type { Locale } from '../../shared/messages';
import type { CoachesState, CoachListing } from '../coach-registry';
import { Field, SidebarForm } from './fields';
import type { FormValues } from './form-values';
import { ActionRow, useServerAction } from './server-action';
import { callServer } from './server-call';
import { type SidebarProps, startSidebar } from './sidebar-mount';

/** What the sidebar shows: the server's answer, and the code just created (shown once). */
type CoachesView = CoachesState & { created?: { name: string; code: string } };
type CodesView = Extract<CoachesView, { mode: 'codes' }>;

/** A button copying `text` to the clipboard, saying so once done. */
function CopyButton(props: { locale: Locale; text: string; label: SidebarKey }) {
  const [copied, setCopied] = useState(false);
  const copy = () => void navigator.clipboard?.writeText(props.text).then(() => setCopied(true));
  return (
    <button type="button" onClick={copy}>
      {t(props.locale, copied ? 'addon.coaches.copied' : props.label)}
    </button>
  );
}

function CoachItem(props: { locale: Locale; coach: CoachListing; onRevoke?: () => void }) {
  const { locale, coach } = props;
  return (
    <li>
      <span>
        {`${coach.name} — `}
        {coach.revokedAt
          ? t(locale, 'addon.coaches.revokedOn', { date: coach.revokedAt.slice(0, 10) })
          : t(locale, 'addon.coaches.since', { date: coach.createdAt.slice(0, 10) })}
      </span>
      {!coach.revokedAt && (
        <button type="button" onClick={props.onRevoke}>
          {t(locale, 'addon.coaches.revoke')}
        </button>
      )}
    </li>
  );
}

function CreatedCode(props: { locale: Locale; name: string; code: string }) {
  return (
    <div>
      <p>{t(props.locale, 'addon.coaches.code', { name: props.name })}</p>
      <p class="code">{props.code}</p>
      <CopyButton locale={props.locale} text={props.code} label="addon.coaches.copy" />
    </div>
  );
}

/** A bound copy with its web app: name a coach, get their one-time code; revoke a coach. */
function Codes({ state, show }: { state: CodesView; show(next: CoachesView): void }) {
  const locale = state.locale === 'fr' ? 'fr' : 'en';
  const { busy, status, setStatus, run } = useServerAction(locale);
  const create = (form: FormValues) =>
    run(
      () => callServer('connectCoach', form.text('coach-name')),
      (result) => {
        if (!result.ok) setStatus({ tone: 'error', text: result.error.message });
        else {
          const created = { name: form.text('coach-name').trim(), code: result.code };
          show({ ...state, coaches: result.coaches, created });
        }
      },
    );
  const revoke = (id: string) =>
    run(
      () => callServer('revokeCoachById', id),
      ({ coaches }) => show({ ...state, coaches, created: undefined }),
    );
  return (
    <SidebarForm>
      <h1>{t(locale, 'addon.coaches.title')}</h1>
      <Field id="coach-name" label={t(locale, 'addon.coaches.name')}>
        <input id="coach-name" name="coach-name" type="text" maxLength={200} />
      </Field>
      <ActionRow
        label={t(locale, 'addon.coaches.create')}
        busy={busy}
        status={status}
        onPress={create}
      />
      {state.created && <CreatedCode locale={locale} {...state.created} />}
      <h2>{t(locale, 'addon.coaches.list')}</h2>
      {state.coaches.length === 0 ? (
        <p class="reason">{t(locale, 'addon.coaches.none')}</p>
      ) : (
        <ul>
          {state.coaches.map((coach) => (
            <CoachItem
              key={coach.id}
              locale={locale}
              coach={coach}
              onRevoke={() => revoke(coach.id)}
            />
          ))}
        </ul>
      )}
    </SidebarForm>
  );
}

/** The installed add-on: share the spreadsheet, send its address, remove someone to disconnect them. */
function Sharing({ state }: { state: Extract<CoachesState, { mode: 'sharing' }> }) {
  const locale = state.locale === 'fr' ? 'fr' : 'en';
  return (
    <>
      <h1>{t(locale, 'addon.coaches.title')}</h1>
      <p>{t(locale, 'addon.coaches.shareIntro')}</p>
      <ol class="steps">
        <li>{t(locale, 'addon.coaches.shareStep')}</li>
        <li>
          {t(locale, 'addon.coaches.sendStep')}
          <p class="code">{state.url}</p>
          <CopyButton locale={locale} text={state.url} label="addon.coaches.copyLink" />
        </li>
        <li>{t(locale, 'addon.coaches.signInStep')}</li>
      </ol>
      <p class="reason">
        {t(locale, state.protectedTabs ? 'addon.coaches.protected' : 'addon.coaches.unprotected')}
      </p>
      <p class="reason">{t(locale, 'addon.coaches.removeHint')}</p>
    </>
  );
}

function Coaches({ state, show }: SidebarProps<CoachesView>) {
  return state.mode === 'sharing' ? <Sharing state={state} /> : <Codes state={state} show={show} />;
}

startSidebar<CoachesView>(() => callServer('listCoaches'), Coaches);
