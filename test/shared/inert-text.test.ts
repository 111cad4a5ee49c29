import { describe, expect, it } from 'vitest';
import { fromInertText, inertText } from '../../shared/inert-text';

describe('inertText keeps clipped text from becoming a formula', () => {
  it.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+33 6 12 34 56 78', "'+33 6 12 34 56 78"],
    ['-check with the teacher', "'-check with the teacher"],
    ['@coach', "'@coach"],
    ['\tindented', "'\tindented"],
    ['\rreturn', "'\rreturn"],
    ['Students explain = reasoning', 'Students explain = reasoning'],
    ["'quoted already", "''quoted already"],
    ["'", "''"],
    ['', ''],
  ])('%j → %j', (text, expected) => {
    expect(inertText(text)).toBe(expected);
  });
});

describe('fromInertText reads our own cells back as the coach wrote them', () => {
  it.each([
    ["'=SUM(A1:A9)", '=SUM(A1:A9)'],
    ["'-check", '-check'],
    ['a=b', 'a=b'],
    ['x-ray', 'x-ray'],
    ["'quoted text", "'quoted text"],
    ["''quoted text", "'quoted text"],
    ["'", "'"],
    ['Plain words', 'Plain words'],
  ])('%j → %j', (cell, expected) => {
    expect(fromInertText(cell)).toBe(expected);
  });

  it.each(['=1+1', '-2 points', '@coach', '\ttab', 'plain', "'Tis", "'", "''", "'=1", ''])(
    'round-trips %j',
    (text) => {
      expect(fromInertText(inertText(text))).toBe(text);
    },
  );

  it('round-trips every short text made of the characters that matter', () => {
    const alphabet = ["'", '=', '+', '-', '@', '\t', '\r', 'a', ' '];
    const texts = [''];
    for (let length = 1; length <= 4; length++) {
      for (const text of texts.filter((t) => t.length === length - 1))
        texts.push(...alphabet.map((c) => text + c));
    }
    for (const text of texts) {
      expect(fromInertText(inertText(text))).toBe(text);
      expect(inertText(text)).not.toMatch(/^[=+\-@\t\r]/);
    }
  });
});
