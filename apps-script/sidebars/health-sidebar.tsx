/** Plan-health sidebar: findings in words, most serious first, each with a button to its cell. */
import { t } from '../../shared/i18n/sidebar-strings';
import type { HealthFinding, PlanHealthState } from '../plan-health';
import { StatusLine, useServerAction } from './server-action';
import { callServer } from './server-call';
import { type SidebarProps, startSidebar } from './sidebar-mount';

/** One finding: its severity word, what is wrong, and a button to the cell to fix when it has one. */
function FindingItem(props: {
  finding: HealthFinding;
  goToLabel: string;
  busy: boolean;
  goTo(cell: string): void;
}) {
  const { finding } = props;
  const cell = finding.cell;
  return (
    <li class={`finding ${finding.severity}`}>
      <span>
        <strong>{`${finding.label} · `}</strong>
        {finding.message}
      </span>
      {cell && (
        <button type="button" disabled={props.busy} onClick={() => props.goTo(cell)}>
          {props.goToLabel}
        </button>
      )}
    </li>
  );
}

function Findings(props: { state: Extract<PlanHealthState, { ok: true }> }) {
  const { locale, findings } = props.state;
  const { busy, status, run } = useServerAction(locale);
  const goTo = (cell: string) =>
    run(
      () => callServer('goToCell', cell),
      () => {},
    );
  return (
    <>
      <h1>{t(locale, 'addon.health.title', { n: findings.length })}</h1>
      <ul>
        {findings.map((finding, i) => (
          <FindingItem
            key={i}
            finding={finding}
            goToLabel={t(locale, 'addon.health.goTo')}
            busy={busy}
            goTo={goTo}
          />
        ))}
      </ul>
      <StatusLine status={status} />
    </>
  );
}

function PlanHealth({ state }: SidebarProps<PlanHealthState>) {
  if (state.ok && state.findings.length > 0) return <Findings state={state} />;
  return (
    <>
      <h1>{t(state.locale, 'addon.menu.health')}</h1>
      {state.ok ? (
        <p class="ok">{t(state.locale, 'addon.health.none')}</p>
      ) : (
        <p class="error">{state.message}</p>
      )}
    </>
  );
}

startSidebar(() => callServer('getPlanHealth'), PlanHealth);
