/**
 * Compares a reader's plan with the generator's truth and lists every mismatch in words a person
 * can act on ("Objective 2, KR 1 'Family math nights held': target 12 ≠ expected 10"). Titles are
 * compared loosely (whitespace, case, leading labels, a trailing indicator bracket); numbers within
 * 1e-6 relative; due, indicator and direction exactly.
 */
import type { ExpectedKeyResult } from './model';

/** The part of a reader's Plan the comparison looks at (a zod Plan fits). */
export interface PlanLike {
  objectives: Array<{
    title: string | null;
    keyResults: Array<Omit<ExpectedKeyResult, 'objective'>>;
  }>;
}

export interface ExpectedPlan {
  objectives: Array<{ title: string; keyResults: ExpectedKeyResult[] }>;
}

// Labels are matched on lower-cased text; a bare letter or number needs punctuation after it, so
// "A strong math culture" keeps its "A".
const P = '[.:)\\-–—]';
const OBJECTIVE_LABEL = new RegExp(
  `^(?:(?:objectives?|objectifs?|goals?|buts?|priorit(?:y|é)|axe|obj\\.?)\\s*(?:\\d+\\s*${P}?|[a-z]\\s*${P})\\s*|[og]\\s*\\d+(?:\\s*${P}\\s*|\\s+)|(?:\\d+|[a-z])\\s*${P}\\s+)`,
);
const KR_LABEL = new RegExp(
  `^(?:(?:kr|rc|r\\.c\\.)\\s*[a-z]?\\d+(?:\\.\\d+)*[a-z]?\\s*${P}?\\s*|\\d+(?:\\.\\d+)+[a-z]?\\s*${P}?\\s*|[a-z](?:\\.\\d+)+\\s*${P}?\\s*|(?:\\d+|[a-z])\\s*${P}\\s+|[•\\-–—*·▪◦]\\s*)`,
);
const INDICATOR_BRACKET =
  /\s*[([]\s*(?:leading|lagging|lead|lag|process|outcome|implementation|impact|input|output|formative|summative|indicateur de (?:processus|résultat|mise en œuvre|moyen)|de mise en œuvre|d'impact|d’impact|processus|résultat|avancé|retardé|mise en œuvre|impact)(?:\s+indicator)?\s*[)\]]\s*$/i;

/** Whitespace collapsed, lower case, no trailing punctuation. */
function squash(text: string): string {
  return text
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/[\s.:;]+$/, '');
}

/** An objective title as compared: its leading label ("Objective 2:", "O2", "Goal B.") stripped. */
export function normalizeObjectiveTitle(title: string): string {
  const squashed = squash(title);
  const stripped = squashed.replace(OBJECTIVE_LABEL, '');
  return stripped.length > 0 ? stripped : squashed;
}

/** A key-result title as compared: its leading label ("KR 1.2", "1.2", "a)", "•") and indicator bracket stripped. */
export function normalizeKeyResultTitle(title: string): string {
  const squashed = squash(title).replace(INDICATOR_BRACKET, '');
  const stripped = squashed.replace(KR_LABEL, '');
  return squash(stripped.length > 0 ? stripped : squashed);
}

function sameNumber(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** Every difference between the reader's plan(s) and the truth; [] when read right. */
export function comparePlan(
  actual: PlanLike | PlanLike[] | null | undefined,
  expected: ExpectedPlan,
): string[] {
  const plans =
    actual === null || actual === undefined ? [] : Array.isArray(actual) ? actual : [actual];
  const objectives = plans.flatMap((p) => p.objectives);
  const out: string[] = [];
  const count = Math.max(objectives.length, expected.objectives.length);
  for (let i = 0; i < count; i++) {
    const got = objectives[i];
    const want = expected.objectives[i];
    if (!got) out.push(`objective ${i + 1} '${want.title}' is missing`);
    else if (!want)
      out.push(`extra objective ${i + 1} '${got.title}' (${got.keyResults.length} key results)`);
    else {
      if (normalizeObjectiveTitle(got.title ?? '') !== normalizeObjectiveTitle(want.title))
        out.push(`objective ${i + 1}: title '${got.title}' ≠ expected '${want.title}'`);
      out.push(...compareKeyResults(i, got.keyResults, want.keyResults));
    }
  }
  return out;
}

function compareKeyResults(
  objectiveIndex: number,
  got: PlanLike['objectives'][number]['keyResults'],
  want: ExpectedKeyResult[],
): string[] {
  const out: string[] = [];
  const where = (k: number, title: string) =>
    `objective ${objectiveIndex + 1}, KR ${k + 1} '${title}'`;
  for (let k = 0; k < Math.max(got.length, want.length); k++) {
    const g = got[k];
    const w = want[k];
    if (!g) out.push(`${where(k, w.title)} is missing`);
    else if (!w) out.push(`${where(k, g.title)} is extra (not a key result)`);
    else {
      if (normalizeKeyResultTitle(g.title) !== normalizeKeyResultTitle(w.title))
        out.push(`${where(k, w.title)}: title read as '${g.title}'`);
      for (const field of ['baseline', 'current', 'target'] as const) {
        if (!sameNumber(g[field], w[field]))
          out.push(`${where(k, w.title)}: ${field} ${g[field]} ≠ expected ${w[field]}`);
      }
      for (const field of ['due', 'indicator', 'direction'] as const) {
        if ((g[field] ?? null) !== w[field])
          out.push(`${where(k, w.title)}: ${field} ${g[field]} ≠ expected ${w[field]}`);
      }
    }
  }
  return out;
}

/**
 * How many of the expected key results were read right, each matched by title wherever the reader
 * put it (so one extra objective does not count every later key result wrong): right when found
 * under the same objective with every field equal.
 */
export function keyResultsReadRight(
  actual: PlanLike | PlanLike[] | null | undefined,
  expected: ExpectedPlan,
): { right: number; total: number } {
  const plans =
    actual === null || actual === undefined ? [] : Array.isArray(actual) ? actual : [actual];
  const found = plans.flatMap((p) =>
    p.objectives.flatMap((o) =>
      o.keyResults.map((kr) => ({
        objective: normalizeObjectiveTitle(o.title ?? ''),
        title: normalizeKeyResultTitle(kr.title),
        kr,
        used: false,
      })),
    ),
  );
  let right = 0;
  let total = 0;
  expected.objectives.forEach((want, i) => {
    want.keyResults.forEach((kr) => {
      total++;
      const match = found.find((f) => !f.used && f.title === normalizeKeyResultTitle(kr.title));
      if (!match) return;
      match.used = true;
      if (
        match.objective === normalizeObjectiveTitle(want.title) &&
        compareKeyResults(i, [match.kr], [kr]).length === 0
      )
        right++;
    });
  });
  return { right, total };
}
