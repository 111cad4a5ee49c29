import { describe, expect, it } from 'vitest';
import { linkedPlace, passageLink, samePassageSource } from '../../../shared/anchor/passage-link';
import { evidenceRow } from '../../../shared/evidence-row';
import { EVIDENCE_TAB } from '../../../shared/owned-tabs';
import { evidenceItemSchema } from '../../../shared/protocol';

const anchor = { exact: 'explained why', prefix: 'Students ', suffix: ' aloud' };

describe('passageLink', () => {
  it.each([
    [
      'a web page opens at the passage',
      'https://lms.example.org/notes?id=3',
      anchor,
      '',
      'https://lms.example.org/notes?id=3#:~:text=Students-,explained%20why,-aloud',
    ],
    [
      'a Google Doc opens at the passage’s heading',
      'https://docs.google.com/document/d/AbC_12/edit?tab=t.0',
      anchor,
      'heading=h.k8x2',
      'https://docs.google.com/document/d/AbC_12/edit?tab=t.0#heading=h.k8x2',
    ],
    [
      'a Google Doc without a heading id opens as clipped',
      'https://docs.google.com/document/d/AbC_12/edit',
      anchor,
      '',
      'https://docs.google.com/document/d/AbC_12/edit',
    ],
    [
      'a Slides deck opens at the passage’s slide',
      'https://docs.google.com/presentation/d/P1/edit#slide=id.p',
      anchor,
      'slide=id.g2a_0_5',
      'https://docs.google.com/presentation/d/P1/edit#slide=id.g2a_0_5',
    ],
    [
      'a deck whose slide is unknown opens at its start, not at whatever slide was on screen',
      'https://docs.google.com/presentation/d/P1/edit#slide=id.p',
      anchor,
      '',
      'https://docs.google.com/presentation/d/P1/edit',
    ],
    [
      'a PDF opens at the passage’s page',
      'https://drive.example.org/plan.pdf#zoom=100',
      anchor,
      'page=3',
      'https://drive.example.org/plan.pdf#page=3',
    ],
    [
      'a place of the wrong kind is not used (a page in a Doc)',
      'https://docs.google.com/document/d/AbC_12/edit',
      anchor,
      'page=3',
      'https://docs.google.com/document/d/AbC_12/edit',
    ],
    [
      'a PDF whose page is unknown: the file itself',
      'https://drive.example.org/plan.pdf',
      anchor,
      '',
      'https://drive.example.org/plan.pdf',
    ],
    ['no anchor: the page', 'https://x.org/a', null, '', 'https://x.org/a'],
    ['not a web page: nothing to link', 'chrome://newtab', anchor, '', ''],
  ] as const)('%s', (_, url, a, place, expected) => {
    expect(passageLink(url, a, place)).toBe(expected);
    // Editing a clip gets the place back from its link.
    if (place && expected.endsWith(place)) expect(linkedPlace(expected)).toBe(place);
  });

  it('a place that could break out of the link is not used', () => {
    for (const place of ['heading=h.1"><x', 'slide=id.p#x', 'page=0', 'page=1&x'])
      expect(passageLink('https://docs.google.com/document/d/D1/edit', null, place)).toBe(
        'https://docs.google.com/document/d/D1/edit',
      );
    expect(passageLink('https://x.org/a.pdf', null, 'page=-2')).toBe('https://x.org/a.pdf');
  });
});

describe('the link in the Evidence tab', () => {
  const base = {
    id: 'clip-abcdef12',
    capturedAt: '2026-01-14T09:30:00Z',
    keyResultId: 'kr-explain',
    type: 'observation',
    quote: 'explained why',
    sourceUrl: 'https://lms.example.org/notes',
  };
  const sourceCell = (input: Record<string, unknown>) =>
    evidenceRow(evidenceItemSchema.parse(input), 'KR', '@coach', '2026-01-15')[
      EVIDENCE_TAB.columns.findIndex((c) => c.key === 'sourceUrl')
    ];

  it('an older extension sends no link: the page URL is kept, as before', () => {
    expect(sourceCell(base)).toBe('https://lms.example.org/notes');
  });

  it('a link to the same page is stored as the Source URL', () => {
    const link = 'https://lms.example.org/notes#:~:text=explained%20why';
    expect(sourceCell({ ...base, anchor, link })).toBe(link);
  });

  it('a link elsewhere than the clipped page is not stored', () => {
    expect(sourceCell({ ...base, link: 'https://elsewhere.example/#:~:text=x' })).toBe(
      'https://lms.example.org/notes',
    );
    expect(samePassageSource('javascript:alert(1)', base.sourceUrl)).toBe(false);
  });
});

describe('linkedPlace', () => {
  it('reads the place back from a link (a refused clip keeps its way back when corrected)', () => {
    expect(linkedPlace('https://docs.google.com/document/d/D1/edit#heading=h.k8x2')).toBe(
      'heading=h.k8x2',
    );
    expect(linkedPlace('https://docs.google.com/presentation/d/P1/edit#slide=id.p3')).toBe(
      'slide=id.p3',
    );
    expect(linkedPlace('https://x.org/a.pdf#page=4')).toBe('page=4');
    expect(linkedPlace('https://x.org/a#:~:text=page%3D4')).toBe('');
    expect(linkedPlace('')).toBe('');
  });
});
