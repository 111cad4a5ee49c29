/** The coach's settings (language), each locked with "set by your district" when the policy presets it. */
import { t } from '../../shared/i18n/clipper-strings';
import type { Locale } from '../../shared/messages';
import type { DistrictPolicy, Preferences } from '../lib/district-policy';
import { DistrictLock } from './DistrictLock';

export function SettingsPanel(props: {
  locale: Locale;
  policy: DistrictPolicy;
  preferences: Preferences;
  onLanguage(language: 'en' | 'fr' | undefined): void;
}) {
  const { locale, policy } = props;
  const locked = policy.language !== undefined;
  const value = policy.language ?? props.preferences.language ?? '';
  return (
    <details class="settings">
      <summary>{t(locale, 'clipper.settings.heading')}</summary>
      <label for="language">{t(locale, 'clipper.settings.language')}</label>
      <select
        id="language"
        value={value}
        disabled={locked}
        aria-describedby={locked ? 'language-lock' : undefined}
        onChange={(e) => {
          const chosen = e.currentTarget.value;
          props.onLanguage(chosen === 'en' || chosen === 'fr' ? chosen : undefined);
        }}
      >
        <option value="">{t(locale, 'clipper.settings.browserLanguage')}</option>
        <option value="en">{t(locale, 'clipper.settings.en')}</option>
        <option value="fr">{t(locale, 'clipper.settings.fr')}</option>
      </select>
      {locked && <DistrictLock locale={locale} id="language-lock" />}
    </details>
  );
}
