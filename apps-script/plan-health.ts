/** Menu: Plan health — refreshes, then lists the findings in words (the Dashboard has them with links). */
import { t } from '../shared/i18n';
import { hostContext } from './host-context';
import { runRefresh } from './refresh';

const SHOWN = 12;

export function showPlanHealth(): void {
  const ctx = hostContext();
  const result = runRefresh(ctx);
  const ui = SpreadsheetApp.getUi();
  if (!result.ok) {
    ui.alert(result.error.message[ctx.locale]);
    return;
  }
  const findings = result.snapshot.findings;
  if (findings.length === 0) {
    ui.alert(t(ctx.locale, 'addon.health.none'));
    return;
  }
  const lines = findings.slice(0, SHOWN).map((f) => `• ${f.message[ctx.locale]}${f.cell ? ` (${f.cell})` : ''}`);
  if (findings.length > SHOWN) lines.push(t(ctx.locale, 'addon.health.more', { n: findings.length - SHOWN }));
  ui.alert(t(ctx.locale, 'addon.health.title', { n: findings.length }), lines.join('\n'), ui.ButtonSet.OK);
}
