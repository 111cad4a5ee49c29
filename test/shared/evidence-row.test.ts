import { describe, expect, it } from 'vitest';
import { evidenceHeaders, evidenceRow } from '../../shared/evidence-row';
import { EVIDENCE_TAB } from '../../shared/owned-tabs';
import { evidenceItemSchema } from '../../shared/protocol';

const item = evidenceItemSchema.parse({
  id: 'clip-abcdef12',
  capturedAt: '2026-01-14T09:30:00Z',
  keyResultId: 'kr-explain',
  school: 'Maple Elementary',
  practice: 'Using representations',
  type: 'teacher-reflection',
  quote: '=1+1 is what a student wrote',
  note: '-check with the teacher',
  sourceTitle: 'Reflection journal',
  sourceUrl: 'https://docs.google.com/document/d/xyz',
  heading: 'Week 3',
});

describe('evidenceRow', () => {
  const row = evidenceRow(item, 'Students explain reasoning', '@coach', '2026-01-15T10:00:00Z');
  const cell = (key: string) => row[EVIDENCE_TAB.columns.findIndex((c) => c.key === key)];

  it('has one cell per Evidence column', () => {
    expect(row).toHaveLength(EVIDENCE_TAB.columns.length);
    expect(evidenceHeaders('en')[0]).toBe('Clip ID');
    expect(evidenceHeaders('fr')[8]).toBe('Extrait');
  });

  it.each([
    ['id', 'clip-abcdef12'],
    ['capturedAt', '2026-01-14T09:30:00Z'],
    ['keyResultId', 'kr-explain'],
    ['keyResult', 'Students explain reasoning'],
    ['school', 'Maple Elementary'],
    ['practice', 'Using representations'],
    ['type', 'teacher-reflection'],
    ['stage', ''],
    ['quote', "'=1+1 is what a student wrote"],
    ['note', "'-check with the teacher"],
    ['sourceTitle', 'Reflection journal'],
    ['sourceUrl', 'https://docs.google.com/document/d/xyz'],
    ['heading', 'Week 3'],
    ['coach', "'@coach"],
    ['receivedAt', '2026-01-15T10:00:00Z'],
  ])('%s → %j', (key, expected) => {
    expect(cell(key)).toBe(expected);
  });
});
