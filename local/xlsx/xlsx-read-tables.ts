/**
 * An .xlsx file's sheets as the tables the core reads, straight from the package's XML: no
 * spreadsheet library to load, which is most of the time a CLI run took. Reads what exceljs read
 * before (sheets in tab order, their visibility, shared strings, styles, the 1904 date system), and
 * gives the same tables (see xlsx-read-sheet); test/local/xlsx-reader-parity.test.ts holds the two
 * side by side.
 */
import type { SheetTable } from '../../shared/cells';
import { attribute, xmlEntities } from './sheet-xml';
import { readSheetTable } from './xlsx-read-sheet';
import { sharedText } from './xlsx-read-cells';
import { readCellStyles } from './xlsx-read-styles';
import { bufferSource, entryTextSync, zipEntries } from './zip-archive';

/** A tab of the workbook: its table, and whether it is shown, hidden or "very hidden". */
export interface WorkbookTab {
  table: SheetTable;
  state: 'visible' | 'hidden' | 'veryHidden' | string;
}

/** The package's parts by name, read as text on demand (null when missing). */
async function packageParts(bytes: Buffer): Promise<(name: string) => string | null> {
  const entries = await zipEntries(bufferSource(bytes));
  const byName = new Map(entries.map((entry) => [entry.name, entry]));
  return (name) => {
    const entry = byName.get(name);
    return entry ? entryTextSync(bytes, entry) : null;
  };
}

/** Relationship ids to their targets. */
function relationships(xml: string): Map<string, string> {
  const targets = new Map<string, string>();
  for (const [tag] of xml.matchAll(/<Relationship\b[^>]*>/g))
    targets.set(attribute(tag, 'Id') ?? '', xmlEntities(attribute(tag, 'Target') ?? ''));
  return targets;
}

/** Each worksheet's name, visibility and part, in tab order (chart sheets and broken links left out). */
function sheetList(workbook: string, rels: Map<string, string>) {
  return [...workbook.matchAll(/<sheet\s([^>]*)>/g)].flatMap(([, attrs]) => {
    const target = rels.get(/(?:^|\s)r:id="([^"]*)"/.exec(attrs)?.[1] ?? '');
    if (target === undefined) return [];
    const part = `xl/${target.replace(/^(\s|\/xl\/)+/, '')}`;
    if (!/^xl\/worksheets\/sheet\d+\.xml$/.test(part)) return [];
    const name = xmlEntities(attribute(attrs, 'name') ?? '');
    return [{ name, part, state: attribute(attrs, 'state') ?? 'visible' }];
  });
}

/**
 * Every worksheet of the .xlsx in `bytes`, in tab order. Throws when the bytes are not a readable
 * .xlsx; a package with no worksheet (a .docx renamed, say) gives none.
 */
export async function readXlsxTabs(bytes: Buffer): Promise<WorkbookTab[]> {
  const part = await packageParts(bytes);
  const workbook = part('xl/workbook.xml') ?? '';
  const rels = relationships(part('xl/_rels/workbook.xml.rels') ?? '');
  const sheets = sheetList(workbook, rels);
  const sst = part('xl/sharedStrings.xml');
  const shared =
    sst === null ? null : [...sst.matchAll(SHARED_ITEM)].map((m) => sharedText(m[1] ?? ''));
  const styles = readCellStyles(part('xl/styles.xml'));
  const date1904 = /<workbookPr\b[^>]*\sdate1904="1"/.test(workbook);
  const tabs: WorkbookTab[] = [];
  for (const sheet of sheets) {
    const xml = part(sheet.part);
    if (xml === null) continue;
    tabs.push({
      table: readSheetTable(sheet.name, xml, styles, { shared, date1904 }),
      state: sheet.state,
    });
  }
  return tabs;
}

const SHARED_ITEM = /<si\b[^>]*?(?:\/>|>([\s\S]*?)<\/si>)/g;
