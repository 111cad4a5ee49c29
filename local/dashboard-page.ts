/**
 * GET / in local mode: the workbook's Dashboard and Summary, built by the same core functions that
 * write the generated tabs, rendered as one HTML page.
 */
import path from 'node:path';
import { buildDashboard } from '../shared/dashboard/build-dashboard';
import { buildSummary } from '../shared/summary/build-summary';
import { escapeHtml, layoutHtml } from './layout-html';
import { localText } from './local-text';
import { pageHtml } from './page-html';
import type { PlanSession } from './plan-session';

export function dashboardPage(session: PlanSession, today: string, endpoint: string): string {
  const locale = session.locale();
  const file = path.basename(session.workbook.filePath);
  const footer = localText(locale, 'local.page.generatedFrom', { file, today, endpoint });
  const title = localText(locale, 'local.page.title', { plan: session.planName() });
  const result = session.snapshot(today);
  if (!result.ok) {
    const html = `<p>${escapeHtml(localText(locale, 'local.page.noPlan'))}</p><p>${escapeHtml(result.error.message[locale])}</p>`;
    return pageHtml({ title, locale, footer, sections: [{ id: 'plan', title: localText(locale, 'local.page.plan'), html }] });
  }
  return pageHtml({
    title,
    locale,
    footer,
    sections: [
      { id: 'dashboard', title: localText(locale, 'local.page.dashboard'), html: layoutHtml(buildDashboard(result.snapshot, locale)) },
      { id: 'summary', title: localText(locale, 'local.page.summary'), html: layoutHtml(buildSummary(result.snapshot, locale)) },
    ],
  });
}
