/** The reminder about student names (the district's, when its policy sets one), and emails/phone numbers flagged with a one-click redact. */
import { t } from '../../shared/i18n/clipper-strings';
import type { Locale } from '../../shared/messages';
import { useContext, useMemo } from 'preact/hooks';
import { scanPersonalInfo } from '../../shared/privacy-scan';
import { PolicyContext } from '../panel/use-settings';
import { DistrictLock } from './DistrictLock';

export function PrivacyCheck(props: { locale: Locale; texts: string[]; onRedact(): void }) {
  const { locale } = props;
  // Scanned again only when the words change: a long passage takes the scan a while, and the panel
  // re-renders for unrelated reasons (a send finishing, the catalog arriving).
  const key = props.texts.join('\u0000');
  const found = useMemo(() => props.texts.flatMap((text) => scanPersonalInfo(text)), [key]);
  // The district's own reminder, when its policy sets one, replaces ours.
  const reminder = useContext(PolicyContext).privacyReminder;
  return (
    <div class="privacy">
      {reminder ? (
        <p class="muted small district-reminder">
          {reminder} <DistrictLock locale={locale} />
        </p>
      ) : (
        <p class="muted small">{t(locale, 'clipper.privacy.reminder')}</p>
      )}
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
