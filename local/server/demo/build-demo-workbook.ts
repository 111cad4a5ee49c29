/**
 * Writes the demo district's workbook with exceljs: a plan tab laid out the way coordinators lay
 * theirs out (title, vision, merged objective cells), then the owned tabs with their English
 * headers (Schools, Supports, Check-ins, Evidence) filled with the demo records.
 */
import ExcelJS from 'exceljs';
import type { CellValue } from '../../../shared/cells';
import { evidenceRow } from '../../../shared/evidence-row';
import { keyResultIdFor } from '../../../shared/key-result-id';
import {
  CHECK_INS_TAB,
  EVIDENCE_TAB,
  SCHOOLS_TAB,
  SUPPORTS_TAB,
  type OwnedTab,
} from '../../../shared/owned-tabs';
import { evidenceItemSchema } from '../../../shared/protocol';
import {
  DEMO_DISTRICT,
  DEMO_EVIDENCE,
  DEMO_OBJECTIVES,
  DEMO_SCHOOLS,
  DEMO_SUPPORTS,
  DEMO_VISION,
} from './demo-plan';

const HEADER_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFE8F0FE' },
};

/** The school year containing `today`: 1 September to 30 June. */
export function schoolYearOf(today: string): { start: string; end: string; label: string } {
  const year = Number(today.slice(0, 4));
  const first = Number(today.slice(5, 7)) >= 8 ? year : year - 1;
  return {
    start: `${first}-09-01`,
    end: `${first + 1}-06-30`,
    label: `${first}-${String(first + 1).slice(2)}`,
  };
}

export function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

const utcDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

export function buildDemoWorkbook(today: string): ExcelJS.Workbook {
  const book = new ExcelJS.Workbook();
  book.creator = 'Throughline demo';
  const year = schoolYearOf(today);
  addPlanSheet(book, year);
  addOwnedSheet(
    book,
    SCHOOLS_TAB,
    DEMO_SCHOOLS.map((s) => [s.name, s.practice, s.principal, s.coach]),
  );
  addOwnedSheet(book, SUPPORTS_TAB, supportRows(year.start, today));
  addOwnedSheet(book, CHECK_INS_TAB, checkInRows(year.start, today), 'yyyy-mm-dd');
  addOwnedSheet(book, EVIDENCE_TAB, evidenceRows(today));
  return book;
}

function addPlanSheet(book: ExcelJS.Workbook, year: { end: string; label: string }): void {
  const sheet = book.addWorksheet(`${year.label} Math Plan`);
  sheet.addRow([`${DEMO_DISTRICT} — Math Improvement Plan ${year.label}`]).font = {
    bold: true,
    size: 14,
  };
  sheet.addRow([DEMO_VISION]).font = { italic: true };
  sheet.addRow([]);
  const header = sheet.addRow([
    'Objective',
    'Key result',
    'Leading or lagging',
    'Baseline',
    'Target',
    'Current',
    'Unit',
    'Owner',
    'Due',
  ]);
  header.font = { bold: true };
  header.eachCell((cell) => (cell.fill = HEADER_FILL));
  for (const objective of DEMO_OBJECTIVES) {
    const first = sheet.rowCount + 1;
    objective.keyResults.forEach((kr, i) => {
      const row = sheet.addRow([
        i === 0 ? objective.title : null,
        kr.title,
        kr.indicator,
        kr.baseline,
        kr.target,
        kr.current,
        kr.unit,
        kr.owner,
        utcDate(year.end),
      ]);
      row.getCell(9).numFmt = 'yyyy-mm-dd';
      row.alignment = { vertical: 'top', wrapText: true };
    });
    sheet.mergeCells(first, 1, sheet.rowCount, 1);
  }
  sheet.addRow([]);
  sheet.addRow([
    `Total key results: ${DEMO_OBJECTIVES.reduce((n, o) => n + o.keyResults.length, 0)}`,
  ]);
  [40, 48, 12, 10, 10, 10, 8, 22, 12].forEach((width, c) => (sheet.getColumn(c + 1).width = width));
  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: 4 }];
}

function addOwnedSheet(
  book: ExcelJS.Workbook,
  tab: OwnedTab,
  rows: CellValue[][],
  dateFormat?: string,
): void {
  const sheet = book.addWorksheet(tab.name.en, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }],
  });
  const header = sheet.addRow(tab.columns.map((c) => c.header.en));
  header.font = { bold: true };
  header.eachCell((cell, col) => {
    cell.fill = HEADER_FILL;
    cell.note = tab.columns[col - 1].note.en;
  });
  for (const values of rows) {
    const row = sheet.addRow(values);
    if (dateFormat)
      row.eachCell((cell) => {
        if (cell.value instanceof Date) cell.numFmt = dateFormat;
      });
  }
  tab.columns.forEach(
    (c, i) => (sheet.getColumn(i + 1).width = Math.max(12, Math.min(50, c.header.en.length + 6))),
  );
}

function supportRows(yearStart: string, today: string): CellValue[][] {
  return DEMO_SUPPORTS.map((s) => {
    const start = addDays(yearStart, s.startDay);
    const end = addDays(yearStart, s.endDay);
    return [
      s.kind,
      s.title,
      start,
      end,
      DEMO_OBJECTIVES[s.objective].title,
      s.schools,
      s.facilitator,
      end < today ? 'held' : 'planned',
    ];
  });
}

function checkInRows(yearStart: string, today: string): CellValue[][] {
  const rows: CellValue[][] = [];
  for (const objective of DEMO_OBJECTIVES) {
    for (const kr of objective.keyResults) {
      kr.checkIns.forEach((value, month) => {
        const date = addDays(yearStart, 20 + month * 30);
        if (date > today) return;
        const comment =
          month === 0 ? 'September baseline visit round.' : 'Monthly walkthrough round.';
        rows.push([
          keyResultIdFor(objective.title, kr.title),
          kr.title,
          utcDate(date),
          value,
          3 + (month % 2),
          comment,
          kr.owner.split(';')[0].trim(),
        ]);
      });
    }
  }
  return rows.sort((a, b) => (a[2] as Date).getTime() - (b[2] as Date).getTime());
}

function evidenceRows(today: string): CellValue[][] {
  return DEMO_EVIDENCE.map((e, i) => {
    const objective = DEMO_OBJECTIVES[e.objective];
    const keyResult = objective.keyResults[e.keyResult];
    const school = DEMO_SCHOOLS[e.school];
    const capturedAt = `${addDays(today, -e.daysAgo)}T14:${String(10 + i).padStart(2, '0')}:00.000Z`;
    const item = evidenceItemSchema.parse({
      id: `demo-clip-${String(i + 1).padStart(3, '0')}`,
      capturedAt,
      keyResultId: keyResultIdFor(objective.title, keyResult.title),
      school: school.name,
      practice: school.practice,
      type: e.type,
      stage: e.stage,
      quote: e.quote,
      note: e.note,
      sourceTitle: e.sourceTitle,
      sourceUrl: `https://docs.google.com/document/d/demo-${i + 1}/edit`,
      captureMethod: 'selection',
    });
    return evidenceRow(item, keyResult.title, e.coach, capturedAt);
  }).reverse();
}
