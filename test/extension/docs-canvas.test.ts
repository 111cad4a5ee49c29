import { describe, expect, it } from 'vitest';
import { linesOf, selectedCanvasText, type TextBox } from '../../extension/lib/docs-canvas';
import { googleDocId } from '../../shared/anchor/passage-link';

// Two lines of a Google Doc in annotated-canvas mode: one labelled rect per run of text.
const text: TextBox[] = [
  { x: 200, y: 100, width: 120, height: 18, text: 'reasoning aloud.' },
  { x: 72, y: 100, width: 126, height: 18, text: 'Students explained their' },
  { x: 72, y: 124, width: 200, height: 18, text: 'Next cycle: co-plan lesson 5.' },
  { x: 72, y: 160, width: 150, height: 18, text: 'Unrelated paragraph.' },
];

describe('selectedCanvasText', () => {
  it.each([
    {
      name: 'first line only',
      selection: [{ x: 70, y: 99, width: 260, height: 20 }],
      expected: 'Students explained their reasoning aloud.',
    },
    {
      name: 'two lines',
      selection: [
        { x: 70, y: 99, width: 260, height: 20 },
        { x: 70, y: 123, width: 210, height: 20 },
      ],
      expected: 'Students explained their reasoning aloud.\nNext cycle: co-plan lesson 5.',
    },
    { name: 'nothing selected', selection: [], expected: '' },
  ])('$name', ({ selection, expected }) => {
    expect(selectedCanvasText(text, selection)).toBe(expected);
  });

  it('reads every line in order for the pick-a-paragraph fallback', () => {
    expect(linesOf(text)).toEqual([
      'Students explained their reasoning aloud.',
      'Next cycle: co-plan lesson 5.',
      'Unrelated paragraph.',
    ]);
  });
});

describe('googleDocId', () => {
  it.each([
    { url: 'https://docs.google.com/document/d/1AbC-d_9/edit#heading=h.x', id: '1AbC-d_9' },
    { url: 'https://docs.google.com/spreadsheets/d/1AbC/edit', id: null },
    { url: 'https://example.org/document/d/1AbC', id: null },
  ])('$url → $id', ({ url, id }) => {
    expect(googleDocId(url)).toBe(id);
  });
});
