/** First run: paste the coordinator's TL1- code. The code goes to the background, which keeps the secret. */
import { useState } from 'preact/hooks';
import { errorKey, t } from '../../shared/i18n/clipper-strings';
import type { Locale } from '../../shared/messages';

/** `repair`: the plan stopped accepting the old code; the same form takes the new one, and held clips go out. */
export function PairingForm(props: {
  locale: Locale;
  repair?: boolean;
  onConnect(code: string): Promise<string | null>;
}) {
  const { locale } = props;
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    const failure = await props.onConnect(code);
    setBusy(false);
    setError(failure);
  };
  return (
    <form class={props.repair ? 'card repair' : 'card'} onSubmit={submit}>
      <h2>{t(locale, props.repair ? 'clipper.repair.heading' : 'clipper.pair.heading')}</h2>
      <p class="muted">{t(locale, props.repair ? 'clipper.repair.help' : 'clipper.pair.help')}</p>
      <label for="pairing-code">{t(locale, 'clipper.pair.label')}</label>
      <textarea
        id="pairing-code"
        rows={3}
        value={code}
        onInput={(e) => setCode(e.currentTarget.value)}
        spellcheck={false}
      />
      {error && (
        <p class="error" role="alert">
          {t(locale, errorKey('clipper.pair.error', error))}
        </p>
      )}
      <button type="submit" class="primary" disabled={busy || !code.trim()}>
        {t(locale, busy ? 'clipper.pair.connecting' : 'clipper.pair.connect')}
      </button>
    </form>
  );
}
