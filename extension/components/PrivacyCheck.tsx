/** The reminder about student names, and emails/phone numbers flagged with a one-click redact. */
import { t } from '../../shared/i18n';
import type { Locale } from '../../shared/messages';
import { scanPersonalInfo } from '../../shared/privacy-scan';

export function PrivacyCheck(props: { locale: Locale; texts: string[]; onRedact(): void }) {
  const { locale } = props;
  const found = props.texts.flatMap((text) => scanPersonalInfo(text));
  return (
    <div class="privacy">
      <p class="muted small">{t(locale, 'clipper.privacy.reminder')}</p>
      {found.length > 0 && (
        <div class="warning" role="alert">
          <span>
            {t(locale, 'clipper.privacy.found', { list: found.map((m) => m.text).join(', ') })}
          </span>{' '}
          <button type="button" onClick={props.onRedact}>
            {t(locale, 'clipper.privacy.redact')}
          </button>
        </div>
      )}
    </div>
  );
}
