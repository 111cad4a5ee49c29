/**
 * GET / in local mode: the workbook's Dashboard and Summary, built by the same core functions that
 * write the generated tabs, rendered as one HTML page (local/server/page/*).
 */
import path from 'node:path';
import { buildDashboard } from '../../shared/dashboard/build-dashboard';
import { buildSummary } from '../../shared/summary/build-summary';
import { t } from '../../shared/i18n/index';
import { renderPage } from './page/page-document';
import type { PlanSession } from './plan-session';

/** The page for the session's plan as of `today`, or one saying why there is no plan to show. */
export function dashboardPage(session: PlanSession, today: string, endpoint: string): string {
  const locale = session.locale();
  const file = path.basename(session.workbook.filePath);
  const footer = t(locale, 'local.page.generatedFrom', { file, today, endpoint });
  const title = t(locale, 'local.page.title', { plan: session.planName() });
  const result = session.snapshot(today);
  if (!result.ok) {
    const content = [t(locale, 'local.page.noPlan'), result.error.message[locale]];
    return renderPage({
      title,
      locale,
      footer,
      sections: [{ id: 'plan', title: t(locale, 'local.page.plan'), content }],
    });
  }
  return renderPage({
    title,
    locale,
    footer,
    sections: [
      {
        id: 'dashboard',
        title: t(locale, 'local.page.dashboard'),
        content: buildDashboard(result.snapshot, locale),
      },
      {
        id: 'summary',
        title: t(locale, 'local.page.summary'),
        content: buildSummary(result.snapshot, locale),
      },
    ],
  });
}
