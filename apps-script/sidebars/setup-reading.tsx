/** Set up's "What Throughline read": the reading in the coordinator's words, the first key results, the rows left out. */
import { t } from '../../shared/i18n/sidebar-strings';
import type { SetupState } from '../setup';

/** Set up's state once a plan table was read. */
export type ReadState = Extract<SetupState, { ok: true }>;

function Skipped(props: { state: ReadState }) {
  const { locale, reading } = props.state;
  if (reading.skipped.length === 0) return null;
  return (
    <details>
      <summary>{t(locale, 'addon.setup.skipped', { count: reading.skipped.length })}</summary>
      <ul>
        {reading.skipped.map((row, i) => (
          <li key={i}>{row}</li>
        ))}
      </ul>
    </details>
  );
}

/** The reader's lines, then each previewed key result as title and "baseline → current → target · due". */
export function ReadingView(props: { state: ReadState }) {
  const { locale, reading } = props.state;
  return (
    <section aria-labelledby="read-title">
      <h2 id="read-title">{t(locale, 'addon.setup.read')}</h2>
      {reading.lines.map((line, i) => (
        <p key={i} class="reason">
          {t(locale, 'addon.setup.readLine', { label: line.label, text: line.text })}
        </p>
      ))}
      {reading.preview.length === 0 && <p class="error">{t(locale, 'addon.setup.noKeyResults')}</p>}
      <ol class="preview">
        {reading.preview.map((kr, i) => (
          <li key={i}>
            <span>{kr.title}</span>
            <span class="values">{kr.values}</span>
          </li>
        ))}
      </ol>
      <Skipped state={props.state} />
    </section>
  );
}
