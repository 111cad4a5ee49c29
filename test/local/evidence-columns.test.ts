import { describe, expect, it } from 'vitest';
import { arrangeEvidenceRows, evidenceColumnPlaces } from '../../shared/evidence-columns';
import { EVIDENCE_TAB } from '../../shared/owned-tabs';

const en = EVIDENCE_TAB.columns.map((c) => c.header.en);
const fr = EVIDENCE_TAB.columns.map((c) => c.header.fr);
const row = EVIDENCE_TAB.columns.map((c) => `v:${c.key}`);

describe('Evidence rows follow the tab’s own header row', () => {
  it.each([
    ['standard English headers', en],
    ['standard French headers', fr],
    ['no header row (new tab)', []],
    ['headers the product does not know', ['Foo', 'Bar']],
  ])('%s → rows unchanged', (_name, headers) => {
    expect(arrangeEvidenceRows([row], evidenceColumnPlaces(headers))).toEqual([row]);
  });

  it('a reordered tab with an extra column of the coordinator gets each value under its header', () => {
    const headers = ['Quote', 'Coordinator comment', ...en.filter((h) => h !== 'Quote')];
    const [arranged] = arrangeEvidenceRows([row], evidenceColumnPlaces(headers));
    expect(arranged[0]).toBe('v:quote');
    expect(arranged[1]).toBeNull();
    expect(arranged[2]).toBe('v:id');
    expect(arranged).toHaveLength(headers.length);
  });

  it('a tab missing a column keeps that value after its last column', () => {
    const headers = en.filter((h) => h !== 'Section');
    const [arranged] = arrangeEvidenceRows([row], evidenceColumnPlaces(headers));
    expect(arranged.slice(0, headers.length)).toEqual(row.filter((v) => v !== 'v:heading'));
    expect(arranged[headers.length]).toBe('v:heading');
  });
});
