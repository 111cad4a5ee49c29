/**
 * Sign in with Google: the coach pastes the plan spreadsheet's address (or finds it preset by the
 * district, locked) and signs in; the background gets the token, reads the catalog and keeps no secret
 * of ours. Failures come back as codes, worded here.
 */
import { useEffect, useState } from 'preact/hooks';
import { errorKey, t } from '../../shared/i18n/clipper-strings';
import type { Locale } from '../../shared/messages';
import { DistrictLock } from './DistrictLock';

export function GoogleConnectForm(props: {
  locale: Locale;
  /** The spreadsheet the district set by policy, if any: shown and locked. */
  preset?: string;
  onConnect(spreadsheet: string): Promise<string | null>;
}) {
  const { locale, preset } = props;
  const [sheet, setSheet] = useState(preset ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (preset !== undefined) setSheet(preset);
  }, [preset]);
  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(await props.onConnect(sheet));
    setBusy(false);
  };
  return (
    <form class="card google" onSubmit={submit}>
      <h2>{t(locale, 'clipper.google.heading')}</h2>
      <p class="muted">{t(locale, 'clipper.google.help')}</p>
      <label for="plan-spreadsheet">{t(locale, 'clipper.google.label')}</label>
      <input
        id="plan-spreadsheet"
        type="text"
        value={sheet}
        readOnly={preset !== undefined}
        aria-describedby={preset !== undefined ? 'plan-spreadsheet-lock' : undefined}
        onInput={(e) => setSheet(e.currentTarget.value)}
        spellcheck={false}
      />
      {preset !== undefined && <DistrictLock locale={locale} id="plan-spreadsheet-lock" />}
      {error && (
        <p class="error" role="alert">
          {t(locale, errorKey('clipper.google.error', error))}
        </p>
      )}
      <button type="submit" class="primary google-sign-in" disabled={busy || !sheet.trim()}>
        {t(locale, busy ? 'clipper.google.connecting' : 'clipper.google.connect')}
      </button>
    </form>
  );
}
