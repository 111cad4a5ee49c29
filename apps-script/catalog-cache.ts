/**
 * The catalog coaches' extensions ask for (objectives, key results with their ids, schools,
 * practices), kept in document settings by every refresh and Set up, so a catalog request or a clip
 * batch reads no sheet: each spreadsheet call holds the script lock and keeps other coaches waiting.
 * A plan edit reaches coaches with the next refresh (the menu, the daily one, one after clips).
 */
import type { Plan } from '../shared/plan-schema';
import type { School } from '../shared/records';
import type { Catalog } from '../shared/protocol';
import { buildCatalog } from '../shared/protocol-service';
import { readSchools } from '../shared/owned-tab-reading';
import { SCHOOLS_TAB, ownedTabName } from '../shared/owned-tabs';
import { savedMapping, type HostContext } from './host-context';
import { loadPlan } from './plan-loading';
import { keepPlanIdentity } from './plan-metadata';
import { readLargeSetting, storeLargeSetting } from './stored-setting';

const CATALOG_SETTING = 'catalog';

/** Stores the catalog of this plan (one property write when it changed). */
export function rememberCatalog(ctx: HostContext, plan: Plan, schools: School[]): Catalog {
  const catalog = buildCatalog({
    planName: ctx.spreadsheet.getName(),
    plan,
    schools,
    coach: '',
    locale: ctx.locale,
  });
  storeLargeSetting(ctx.port, CATALOG_SETTING, JSON.stringify(catalog));
  return catalog;
}

/** Reads the plan and schools and remembers the catalog: when none was stored yet. */
function readCatalog(ctx: HostContext): Catalog | null {
  const reading = loadPlan(ctx);
  if (!reading.ok) return null;
  keepPlanIdentity(ctx, reading.plan, savedMapping(ctx));
  const schoolsTab = ownedTabName(ctx.port.sheetNames(), SCHOOLS_TAB);
  return rememberCatalog(
    ctx,
    reading.plan,
    readSchools(schoolsTab ? ctx.port.readSheet(schoolsTab) : null),
  );
}

/** The catalog for one coach: the stored one, else read from the sheet once. */
export function catalogFor(ctx: HostContext, coach: string): Catalog | null {
  const raw = readLargeSetting(ctx.port, CATALOG_SETTING);
  let catalog: Catalog | null = null;
  try {
    catalog = raw ? (JSON.parse(raw) as Catalog) : null;
  } catch {
    catalog = null;
  }
  catalog ??= readCatalog(ctx);
  return catalog ? { ...catalog, coach } : null;
}
