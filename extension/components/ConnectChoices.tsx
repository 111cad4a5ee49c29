/**
 * Not connected yet: the connection code (unchanged, for local mode and districts running their own
 * copy) or Sign in with Google. A plan preset by the district shows only the matching way.
 */
import { t } from '../../shared/i18n/clipper-strings';
import type { Locale } from '../../shared/messages';
import type { DistrictPolicy } from '../lib/district-policy';
import { GoogleConnectForm } from './GoogleConnectForm';
import { PairingForm } from './PairingForm';

export function ConnectChoices(props: {
  locale: Locale;
  policy: DistrictPolicy;
  welcome: boolean;
  onGoogle(sheet: string): Promise<string | null>;
  onCode(code: string): Promise<string | null>;
}) {
  const { locale, policy } = props;
  const google = !policy.planEndpoint;
  const code = !policy.planSpreadsheet;
  return (
    <>
      {props.welcome && (
        <section class="card welcome">
          <h1>{t(locale, 'clipper.welcome.heading')}</h1>
          <p>{t(locale, 'clipper.welcome.help')}</p>
        </section>
      )}
      {code && <PairingForm locale={locale} onConnect={props.onCode} />}
      {google && code && <p class="connect-or">{t(locale, 'clipper.connect.or')}</p>}
      {google && (
        <GoogleConnectForm
          locale={locale}
          preset={policy.planSpreadsheet}
          onConnect={props.onGoogle}
        />
      )}
    </>
  );
}
