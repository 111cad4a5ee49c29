import { describe, expect, it } from 'vitest';
import {
  buildQuoteAnchor,
  countOccurrences,
  paragraphAnchor,
  squashSpaces,
} from '../../../shared/anchor/text-quote';
import { textDirective, textFragmentUrl } from '../../../shared/anchor/text-fragment';
import { pick, seeded } from '../seeded-random';

const flat = (text: string) => squashSpaces(text).toLowerCase();

/** The anchor of the `nth` occurrence of `passage` in `text`. */
function anchorAt(text: string, passage: string, nth = 0) {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(passage, at + 1);
  return buildQuoteAnchor(text.slice(0, at), passage, text.slice(at + passage.length));
}

describe('text-quote anchor', () => {
  it('a passage found once needs no context', () => {
    const text = 'Students compared fractions. The teacher asked why.';
    expect(anchorAt(text, 'The teacher asked why.')).toEqual({
      exact: 'The teacher asked why.',
      prefix: '',
      suffix: '',
    });
  });

  it('a repeated phrase takes just enough words around it to be the only one', () => {
    const text =
      'Monday: students explained their reasoning. Tuesday: students explained their reasoning. Friday: quiz.';
    expect(anchorAt(text, 'students explained their reasoning.', 1)).toEqual({
      exact: 'students explained their reasoning.',
      prefix: 'Tuesday: ',
      suffix: ' Friday:',
    });
    expect(anchorAt(text, 'students explained their reasoning.', 0)).toMatchObject({
      prefix: 'Monday: ',
      suffix: ' Tuesday:',
    });
  });

  it('compares like a browser does: case and spacing do not make a repeat unique', () => {
    const text = 'Exit ticket done.\nEXIT   TICKET done. Next week.';
    const anchor = anchorAt(text, 'EXIT   TICKET done.');
    expect(anchor.exact).toBe('EXIT TICKET done.');
    expect(anchor.prefix).toBe('done.\n');
  });

  it('keeps line breaks, where one paragraph ends and the next starts', () => {
    expect(paragraphAnchor(['Cycle 2', 'We co-planned.', 'Cycle 3', 'We co-planned.'], 3)).toEqual({
      exact: 'We co-planned.',
      prefix: '3\n',
      suffix: '',
    });
    expect(textDirective({ exact: 'We co-planned.', prefix: 'Cycle 3\n', suffix: '' })).toBe(
      'text=Cycle%203-,We%20co%2Dplanned.',
    );
  });

  it('generated documents full of repeats: every anchor points at its own place and only there', () => {
    const random = seeded(11);
    const phrases = [
      'students explained their reasoning',
      'the teacher modelled the strategy',
      'we co-planned lesson 5',
      'exit tickets showed growth',
      'number talks ran daily',
    ];
    for (let doc = 0; doc < 60; doc++) {
      const sentences = Array.from({ length: 30 + Math.floor(random() * 60) }, (_, i) =>
        random() < 0.5 ? `${pick(random, phrases)}.` : `${pick(random, phrases)} (${i}).`,
      );
      const text = sentences.join(random() < 0.5 ? ' ' : '\n');
      const from = Math.floor(random() * sentences.length);
      const passage = sentences.slice(from, from + 1 + Math.floor(random() * 3)).join(' ');
      const before = sentences.slice(0, from).join(' ') + (from > 0 ? ' ' : '');
      const after = text.slice(before.length + passage.length);
      const anchor = buildQuoteAnchor(before, passage, after);
      const needle = flat(anchor.prefix + anchor.exact + anchor.suffix);
      const whole = flat(before + passage + after);
      expect(countOccurrences(whole, needle)).toBe(1);
      expect(whole.indexOf(needle)).toBe(flat(before).length - flat(anchor.prefix).length);
    }
  });
});

describe('text-fragment link', () => {
  it('percent-encodes the characters the directive reserves: - & ,', () => {
    const anchor = { exact: 'co-plan, then share & discuss', prefix: '', suffix: '' };
    expect(textDirective(anchor)).toBe('text=co%2Dplan%2C%20then%20share%20%26%20discuss');
  });

  it('carries prefix and suffix, each within its own paragraph', () => {
    const anchor = { exact: 'asked why', prefix: 'Notes\nThe teacher ', suffix: ' twice.\nEnd' };
    expect(textDirective(anchor)).toBe('text=The%20teacher-,asked%20why,-twice.');
  });

  it('a long passage travels as its first and last words, the end chosen past any repeat inside it', () => {
    const exact =
      'Students compared fractions on a number line and then they compared fractions with benchmarks and then they compared fractions';
    const directive = textDirective({ exact, prefix: '', suffix: '' });
    expect(directive).toBe(
      'text=Students%20compared%20fractions%20on%20a,benchmarks%20and%20then%20they%20compared%20fractions',
    );
    // "and then they compared fractions" repeats inside the passage: the end takes one word more.
    const multi = textDirective({
      exact: 'Lesson 3 debrief\nthey compared fractions. And then they compared fractions',
      prefix: '',
      suffix: '',
    });
    expect(multi).toBe('text=Lesson%203%20debrief,And%20then%20they%20compared%20fractions');
  });

  it('replaces an earlier text directive and keeps an ordinary #hash', () => {
    const anchor = { exact: 'why', prefix: '', suffix: '' };
    expect(textFragmentUrl('https://x.org/a#notes:~:text=old', anchor)).toBe(
      'https://x.org/a#notes:~:text=why',
    );
    expect(textFragmentUrl('https://x.org/a?q=1', anchor)).toBe('https://x.org/a?q=1#:~:text=why');
  });
});
