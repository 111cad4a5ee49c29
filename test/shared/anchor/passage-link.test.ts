import { describe, expect, it } from 'vitest';
import {
  linkedHeadingId,
  passageLink,
  samePassageSource,
} from '../../../shared/anchor/passage-link';
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
      'h.k8x2',
      'https://docs.google.com/document/d/AbC_12/edit#heading=h.k8x2',
    ],
    [
      'a Google Doc without a heading id opens as clipped',
      'https://docs.google.com/document/d/AbC_12/edit',
      anchor,
      '',
      'https://docs.google.com/document/d/AbC_12/edit',
    ],
    [
      'Slides are drawn, not text: the deck itself',
      'https://docs.google.com/presentation/d/P1/edit#slide=id.p',
      anchor,
      '',
      'https://docs.google.com/presentation/d/P1/edit#slide=id.p',
    ],
    [
      'a PDF in the viewer: the file itself',
      'https://drive.example.org/plan.pdf',
      anchor,
      '',
      'https://drive.example.org/plan.pdf',
    ],
    ['no anchor: the page', 'https://x.org/a', null, '', 'https://x.org/a'],
    ['not a web page: nothing to link', 'chrome://newtab', anchor, '', ''],
  ] as const)('%s', (_, url, a, headingId, expected) => {
    expect(passageLink(url, a, headingId)).toBe(expected);
  });

  it('a heading id that could break out of the link is not used', () => {
    expect(passageLink('https://docs.google.com/document/d/D1/edit', null, 'h.1"><x')).toBe(
      'https://docs.google.com/document/d/D1/edit',
    );
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

describe('linkedHeadingId', () => {
  it('reads the heading back from a Doc link (a refused clip keeps its way back when corrected)', () => {
    expect(linkedHeadingId('https://docs.google.com/document/d/D1/edit#heading=h.k8x2')).toBe(
      'h.k8x2',
    );
    expect(linkedHeadingId('https://x.org/a#heading=h.k8x2')).toBe('');
    expect(linkedHeadingId('')).toBe('');
  });
});
