/** Which plan the coach is connected to, as whom, and whether the plan still accepts the code. */
import { t } from '../../shared/i18n';
import type { Locale } from '../../shared/messages';
import type { PairingStatus } from '../lib/pairing-store';

type Paired = Extract<PairingStatus, { paired: true }>;

export function PlanHeader(props: {
  locale: Locale;
  pairing: Paired;
  offlineSince: string | null;
  noCatalog: boolean;
  onDisconnect(): void;
}) {
  const { locale, pairing } = props;
  return (
    <header class="plan-header">
      <div>
        <strong>{t(locale, 'clipper.header.plan', { plan: pairing.plan })}</strong>
        <div class="muted">{t(locale, 'clipper.header.coach', { coach: pairing.coach })}</div>
      </div>
      <button type="button" class="link" onClick={props.onDisconnect}>
        {t(locale, 'clipper.header.disconnect')}
      </button>
      {pairing.needsRepair && (
        <p class="warning" role="alert">
          {t(locale, 'clipper.header.repair')}
        </p>
      )}
      {props.noCatalog ? (
        <p class="warning">{t(locale, 'clipper.header.noCatalog')}</p>
      ) : (
        props.offlineSince && (
          <p class="muted small">
            {t(locale, 'clipper.header.offline', { time: props.offlineSince })}
          </p>
        )
      )}
    </header>
  );
}
