import { describe, expect, it } from 'vitest';
import { EVIDENCE_TAB } from '../../shared/owned-tabs';
import { handleProtocolRequest } from '../../shared/protocol-service';
import { fromInertText } from '../../shared/inert-text';
import {
  hasOnlyPairedSurrogates,
  isStorableCodePoint,
  storableStrings,
  storableText,
} from '../../shared/storable-text';
import { clipBody, clipItem, fakeHost } from './protocol-fake-host';
import {
  LEGAL_PIECES,
  LINE_ENDINGS,
  LONE_SURROGATES,
  UNSTORABLE_CLASSES,
  mixedSamples,
} from './unstorable-text-samples';

const column = (key: string) => EVIDENCE_TAB.columns.findIndex((c) => c.key === key);
const hasUnstorable = (text: string) =>
  [...text].some((ch) => !isStorableCodePoint(ch.codePointAt(0)!) || /^[\uD800-\uDFFF]$/.test(ch));

describe('storableText', () => {
  it.each(Object.entries(UNSTORABLE_CLASSES))('drops every one of the %s', (_name, codePoints) => {
    for (const codePoint of codePoints) {
      const character = String.fromCodePoint(codePoint);
      expect(storableText(`before${character}after`)).toBe('beforeafter');
      expect(storableText(character.repeat(3))).toBe('');
    }
  });

  it.each(LONE_SURROGATES)(
    'replaces the lone surrogate in $sent with U+FFFD',
    ({ sent, stored }) => {
      expect(storableText(sent)).toBe(stored);
    },
  );

  it.each(LINE_ENDINGS)('keeps the line break of $sent as a line feed', ({ sent, stored }) => {
    expect(storableText(sent)).toBe(stored);
  });

  it.each(LEGAL_PIECES)('keeps %j exactly, alone and inside text', (legal) => {
    expect(storableText(legal)).toBe(legal);
    expect(storableText(`«${legal}»`)).toBe(`«${legal}»`);
  });

  it('turns 2,000 random mixes into exactly their legal characters, and is stable when applied again', () => {
    for (const { sent, stored } of mixedSamples(2000, 7)) {
      const once = storableText(sent);
      expect(once).toBe(stored);
      expect(hasUnstorable(once)).toBe(false);
      expect(storableText(once)).toBe(once);
    }
  });

  it.each([
    ['a😀b', true],
    ['', true],
    ['a\uD800', false],
    ['\uDC00x', false],
    ['😀\uDE00', false],
    ['x\uD83D', false],
    ['\uDE00\uD83D', false],
  ])(
    'tells %j has only paired surrogates: %s, with or without String#isWellFormed (older Apps Script runtimes)',
    (text, expected) => {
      expect(hasOnlyPairedSurrogates(text)).toBe(expected);
      const proto = String.prototype as { isWellFormed?: unknown };
      const native = proto.isWellFormed;
      proto.isWellFormed = undefined;
      try {
        expect(hasOnlyPairedSurrogates(text)).toBe(expected);
      } finally {
        proto.isWellFormed = native;
      }
    },
  );

  it('cleans every string of a nested request and leaves numbers, booleans and keys alone', () => {
    expect(storableStrings({ a: ['x\uFFFF', 1, true, null, { 'k\uFFFF': 'y\u0001' }] })).toEqual({
      a: ['x', 1, true, null, { 'k\uFFFF': 'y' }],
    });
  });
});

describe('the protocol stores only what an .xlsx can hold', () => {
  const fields = [
    'quote',
    'note',
    'sourceTitle',
    'sourceUrl',
    'heading',
    'school',
    'practice',
  ] as const;

  it('cleans every text field of every clip before it is written, and accepts the clip', () => {
    const samples = mixedSamples(fields.length * 40, 11);
    const host = fakeHost();
    const items = Array.from({ length: 40 }, (_, i) =>
      clipItem(
        Object.fromEntries(fields.map((field, f) => [field, samples[i * fields.length + f].sent])),
      ),
    );
    const reply = handleProtocolRequest(clipBody(items), host.deps);
    expect(reply).toMatchObject({ ok: true, accepted: items.map((item) => item.id), rejected: [] });
    host.rows.forEach((row, i) => {
      fields.forEach((field, f) =>
        expect(fromInertText(String(row[column(field)]))).toBe(
          samples[i * fields.length + f].stored,
        ),
      );
    });
  });

  it("cleans a reference clip's words and URL too", () => {
    const host = fakeHost();
    const item = clipItem({
      quote: '',
      note: 'see\uFFFE',
      reference: { kind: 'link', url: 'https://example.org/\uFFFFa', text: 'Task\u0007 card 😀' },
    });
    handleProtocolRequest(clipBody([item]), host.deps);
    expect(host.rows[0][column('quote')]).toBe('Task card 😀');
    expect(host.rows[0][column('note')]).toBe('see\nlink: https://example.org/a');
  });
});
