/**
 * Per objective, the teacher-learning system pointed at it: PD held/planned, coaching cycles, PLC
 * routines, and the evidence those supports produced, so effort that serves no objective — or an
 * objective with no support — is visible at a glance.
 */
import type { Locale } from '../messages';
import type { Objective } from '../plan-schema';
import type { EvidenceRecord, Support } from '../records';
import type { EvidenceType } from '../evidence-vocabulary';
import { t } from '../i18n';
import type { LayoutGrid } from './layout-grid';

const normalize = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** True when a Supports row names this objective: its id, its number ("1", "Objective 1") or its title (or the start of it). */
export function supportServes(support: Support, objective: Objective, index: number): boolean {
  const named = normalize(support.objective);
  if (!named) return false;
  const title = normalize(objective.title ?? '');
  if (
    named === normalize(objective.id) ||
    named === String(index + 1) ||
    (/^(objective|objectif|but|goal)\s+\d+$/.test(named) && named.endsWith(` ${index + 1}`))
  )
    return true;
  return (
    named === title || (named.length >= 12 && (title.startsWith(named) || named.startsWith(title)))
  );
}

const SUPPORT_EVIDENCE: EvidenceType[] = ['pd-session', 'coaching-cycle', 'plc-meeting'];

/** Adds the supports line under an objective's key results. */
export function addSupportsRow(
  grid: LayoutGrid,
  objective: Objective,
  index: number,
  supports: Support[],
  evidence: EvidenceRecord[],
  locale: Locale,
): void {
  const mine = supports.filter((s) => supportServes(s, objective, index));
  const count = (kind: Support['kind'], status?: Support['status']) =>
    mine.filter((s) => s.kind === kind && (!status || s.status === status)).length;
  const krIds = new Set(objective.keyResults.map((kr) => kr.id));
  const produced = evidence.filter(
    (e) => krIds.has(e.keyResultId) && SUPPORT_EVIDENCE.includes(e.type),
  ).length;
  const text =
    mine.length === 0
      ? t(locale, 'addon.dashboard.supportsNone')
      : t(locale, 'addon.dashboard.supports', {
          pdHeld: count('pd', 'held'),
          pdPlanned: count('pd', 'planned'),
          coaching: count('coaching'),
          plc: count('plc'),
          evidence: produced,
        });
  grid.addLine(
    text,
    mine.length === 0
      ? { italic: true, color: '#a50e0e', background: '#fdf6f6' }
      : { italic: true, color: '#3c4043', background: '#f8f9fa' },
  );
}
