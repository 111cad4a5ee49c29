import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../extension/lib/page-reader';
import {
  nearestHeadingAbove,
  readSelectionContext,
  splitParagraphs,
} from '../../extension/lib/selection-context';

function load(fixture: string): Document {
  const html = readFileSync(resolve('test/extension/fixtures', fixture), 'utf8');
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.title = parsed.title;
  document.body.innerHTML = parsed.body.innerHTML;
  return document;
}

function select(doc: Document, id: string): Selection {
  const range = doc.createRange();
  range.selectNodeContents(doc.getElementById(id)!);
  const selection = window.getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
  return selection;
}

describe('readSelectionContext on fixture pages', () => {
  it.each([
    {
      fixture: 'observation-notes.html',
      id: 'target',
      text: 'Students compared 3/4 and 2/3 on a number line and explained why.',
      heading: 'Lesson 3: comparing fractions',
    },
    {
      fixture: 'observation-notes.html',
      id: 'later',
      text: 'Most pairs used fraction strips.',
      heading: 'Lesson 4: equivalent fractions',
    },
    {
      fixture: 'lms-page.html',
      id: 'cell',
      text: 'We sorted exit tickets by strategy, not by score.',
      heading: 'Week 6 PLC: analysing student work',
    },
    {
      fixture: 'no-headings.html',
      id: 'only',
      text: 'I waited longer before calling on anyone, and more hands went up.',
      heading: '',
    },
  ])('$fixture #$id → "$heading"', ({ fixture, id, text, heading }) => {
    const selection = select(load(fixture), id);
    const read = readSelectionContext(document, selection);
    expect(read).toMatchObject({ text, heading });
    expect(read.anchor?.exact).toBe(text);
  });

  it('anchors a repeated sentence with the words that make it the only one on the page', () => {
    document.body.innerHTML =
      '<h2>Monday</h2><p>Students explained their reasoning.</p>' +
      '<h2>Tuesday</h2><p id="again">Students explained their reasoning.</p><p>Exit ticket.</p>';
    const read = readSelectionContext(document, select(document, 'again'));
    expect(read.anchor).toEqual({
      exact: 'Students explained their reasoning.',
      prefix: 'Tuesday\n',
      suffix: '\nExit',
    });
  });

  it('returns empty text when nothing is selected', () => {
    window.getSelection()!.removeAllRanges();
    expect(readSelectionContext(document, window.getSelection())).toEqual({
      text: '',
      heading: '',
      anchor: null,
    });
  });

  it('takes the heading a selection starts in', () => {
    const doc = load('observation-notes.html');
    const h2 = doc.querySelector('h2')!;
    expect(nearestHeadingAbove(h2.firstChild!, doc)).toBe('Lesson 3: comparing fractions');
  });
});

describe('readPage', () => {
  it('reports a selection on an ordinary page with its title and url', async () => {
    select(load('observation-notes.html'), 'target');
    const page = await readPage(document, {
      getSelection: () => window.getSelection(),
      location: { href: 'https://lms.example.org/notes/5' } as Location,
    });
    expect(page).toMatchObject({
      method: 'selection',
      heading: 'Lesson 3: comparing fractions',
      title: 'Grade 5 observation notes – Cedar Elementary',
      url: 'https://lms.example.org/notes/5',
    });
  });

  it('reports "none" (never a silent empty clip) when a page has no selection', async () => {
    window.getSelection()!.removeAllRanges();
    const page = await readPage(document, {
      getSelection: () => window.getSelection(),
      location: { href: 'https://example.org/' } as Location,
    });
    expect(page.method).toBe('none');
    expect(page.text).toBe('');
  });
});

describe('splitParagraphs', () => {
  it('drops blank lines and tidies spaces', () => {
    expect(
      splitParagraphs('Debrief\r\n\r\n  Students   explained.\n\nNext: co-plan lesson 5 '),
    ).toEqual(['Debrief', 'Students explained.', 'Next: co-plan lesson 5']);
  });
});
