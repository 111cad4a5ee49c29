/**
 * Local mode on a 20 MB workbook, for `npm run bench`: the issue's "real district" file, with a long
 * Evidence tab (coaches' notes of a page or so), the plan and its tabs, and a tab of the
 * coordinator's own meeting notes. Written the way Excel writes (every text in the shared-string
 * table), once, and kept under .bench/ (git-ignored) for the next runs.
 */
import { existsSync } from 'node:fs';
import { copyFile, mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { evidenceRow } from '../shared/evidence-row';
import { evidenceItemSchema } from '../shared/protocol';
import { buildDemoWorkbook } from '../local/server/demo/build-demo-workbook';
import { PlanSession } from '../local/server/plan-session';
import { benchClip, serverFigures, type Figure } from './bench-local-scale';

const TODAY = '2026-01-15';
const ROOT = path.resolve(import.meta.dirname, '..');
/** Evidence rows in the big workbook; with notes of ~1,900 characters the file is about 20 MB. */
export const BIG_ROWS = 36_000;
const BIG_FILE = path.join(ROOT, '.bench', `district-${BIG_ROWS}-v1.xlsx`);

const WORDS = (
  'students teacher lesson fractions number line partner reasoning explained strategy model ' +
  'visual representation equivalent compare denominator numerator grade four five six group ' +
  'discussion question misconception error feedback goal success criteria exit ticket warm-up ' +
  'task problem solving worked example manipulatives strips area array estimate check justify ' +
  'notice wonder talk moves revoice wait time think pair share debrief co-planning cycle coach ' +
  'observed most some few several majority minority independently together board chart anchor ' +
  'next steps follow-up visit data assessment unit pre post interim benchmark growth'
).split(' ');

/** A deterministic pseudo-random stream, so the cached file is the same wherever it is made. */
function randomWords(seed: number): (count: number) => string {
  let state = seed >>> 0 || 1;
  const next = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4_294_967_296;
  };
  return (count) => {
    const words: string[] = [];
    for (let i = 0; i < count; i++) words.push(WORDS[Math.floor(next() * WORDS.length)]);
    const text = words.join(' ');
    return `${text[0].toUpperCase()}${text.slice(1)}.`;
  };
}

/** The 20 MB workbook, made once (a minute or two) and reused from .bench/. */
export async function bigWorkbook(): Promise<string> {
  if (existsSync(BIG_FILE)) return BIG_FILE;
  await mkdir(path.dirname(BIG_FILE), { recursive: true });
  const book = buildDemoWorkbook(TODAY);
  const demo = path.join(path.dirname(BIG_FILE), `demo-${process.pid}.xlsx`);
  await book.xlsx.writeFile(demo);
  const opened = await PlanSession.open(demo);
  if (!opened.ok) throw new Error(opened.error.message);
  const reading = opened.session.planReading();
  if (!reading.ok) throw new Error('the demo plan is unreadable');
  const keyResults = reading.plan.objectives.flatMap((o) => o.keyResults);
  await rm(demo, { force: true });
  const words = randomWords(20_26);
  const evidence = book.getWorksheet('Evidence');
  if (!evidence) throw new Error('the demo has no Evidence tab');
  for (let i = 0; i < BIG_ROWS; i++) {
    const kr = keyResults[i % keyResults.length];
    const day = String(1 + (i % 28)).padStart(2, '0');
    const item = evidenceItemSchema.parse({
      ...benchClip(i, kr.id),
      capturedAt: `2025-12-${day}T10:00:00Z`,
      quote: words(12 + (i % 20)),
      note: words(250 + (i % 80)),
    });
    evidence.addRow(evidenceRow(item, kr.title, `Coach ${i % 40}`, `2025-12-${day}T10:00:00Z`));
  }
  const notes = book.addWorksheet('Meeting notes');
  notes.addRow(['Date', 'Who', 'Notes']).font = { bold: true };
  for (let i = 0; i < 2_000; i++)
    notes.addRow([`2025-${String(1 + (i % 12)).padStart(2, '0')}-15`, `Team ${i % 9}`, words(40)]);
  const temp = `${BIG_FILE}.${process.pid}.tmp`;
  await book.xlsx.writeFile(temp, { useSharedStrings: true } as never);
  await rename(temp, BIG_FILE);
  return BIG_FILE;
}

/** Start-up, batches and memory on the 20 MB workbook (a fresh copy: the server writes into it). */
export async function bigWorkbookFigures(dir: string): Promise<Figure[]> {
  const source = await bigWorkbook();
  const file = path.join(dir, path.basename(source));
  await copyFile(source, file);
  const { figures } = await serverFigures(file, BIG_ROWS + 10, { startupTarget: '≤ 15 s' });
  return figures;
}
