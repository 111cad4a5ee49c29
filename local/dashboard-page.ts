/**
 * GET / in local mode: the workbook's Dashboard and Summary, built by the same core functions that
 * write the generated tabs, rendered as one HTML page.
 */
import path from 'node:path';
import { buildDashboard } from '../shared/dashboard/build-dashboard';
import { buildSummary } from '../shared/summary/build-summary';
import { layoutHtml } from './layout-html';
import { escapeHtml } from './html-escape';
import { t } from '../shared/i18n/index';
import { pageHtml } from './page-html';
import type { PlanSession } from './plan-session';

export function dashboardPage(session: PlanSession, today: string, endpoint: string): string {
  const locale = session.locale();
  const file = path.basename(session.workbook.filePath);
  const footer = t(locale, 'local.page.generatedFrom', { file, today, endpoint });
  const title = t(locale, 'local.page.title', { plan: session.planName() });
  const result = session.snapshot(today);
  if (!result.ok) {
    const html = `<p>${escapeHtml(t(locale, 'local.page.noPlan'))}</p><p>${escapeHtml(result.error.message[locale])}</p>`;
    return pageHtml({
      title,
      locale,
      footer,
      sections: [{ id: 'plan', title: t(locale, 'local.page.plan'), html }],
    });
  }
  return pageHtml({
    title,
    locale,
    footer,
    sections: [
      {
        id: 'dashboard',
        title: t(locale, 'local.page.dashboard'),
        html: layoutHtml(buildDashboard(result.snapshot, locale), locale),
      },
      {
        id: 'summary',
        title: t(locale, 'local.page.summary'),
        html: layoutHtml(buildSummary(result.snapshot, locale), locale),
      },
    ],
  });
}
