/**
 * Which plan the coach is connected to, as whom, and what keeps clips from it (a refused code, a
 * Google problem) or from the right key results (a plan sheet the coordinator has not set up).
 */
import { t } from '../../shared/i18n/clipper-strings';
import type { Locale } from '../../shared/messages';
import type { PairingStatus } from '../lib/pairing-store';

type Paired = Extract<PairingStatus, { paired: true }>;

export function PlanHeader(props: {
  locale: Locale;
  pairing: Paired;
  offlineSince: string | null;
  noCatalog: boolean;
  onDisconnect(): void;
  onSignIn(): void;
}) {
  const { locale, pairing } = props;
  return (
    <header class="plan-header">
      <div>
        <strong>{t(locale, 'clipper.header.plan', { plan: pairing.plan })}</strong>
        <div class="muted">{t(locale, 'clipper.header.coach', { coach: pairing.coach })}</div>
        {pairing.via === 'google' && (
          <div class="muted small">
            {t(locale, 'clipper.google.signedInAs', { email: pairing.email })}
          </div>
        )}
      </div>
      <button type="button" class="link" onClick={props.onDisconnect}>
        {t(locale, 'clipper.header.disconnect')}
      </button>
      {pairing.needsRepair && (
        <p class="warning" role="alert">
          {t(locale, 'clipper.header.repair')}
        </p>
      )}
      {pairing.via === 'google' && pairing.problem && (
        <div class="warning connection-problem" role="alert">
          <p>{t(locale, `clipper.google.problem.${pairing.problem}`)}</p>
          {pairing.problem === 'signed-out' && (
            <button type="button" class="primary" onClick={props.onSignIn}>
              {t(locale, 'clipper.google.signInAgain')}
            </button>
          )}
        </div>
      )}
      {pairing.via === 'google' && !pairing.problem && pairing.reading === 'guessed' && (
        <p class="warning not-set-up">{t(locale, 'clipper.google.notSetUp')}</p>
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
