import { describe, expect, it } from 'vitest';
import { evidenceItemSchema } from '../../shared/protocol';
import { blankCapture, draftToItem, startDraft } from '../../extension/panel/clip-draft';

const capture = (over: Partial<ReturnType<typeof blankCapture>>) => ({
  ...blankCapture('clip-draft-0001', new Date('2026-03-10T14:05:00Z')),
  ...over,
});

describe('the link and anchor a clip is sent with', () => {
  it('a web selection: the anchor, and the page opened at the passage', () => {
    const draft = startDraft(
      capture({
        quote: 'explained why',
        sourceUrl: 'https://lms.example.org/n',
        anchor: { exact: 'explained why', prefix: 'Students ', suffix: '' },
        method: 'selection',
      }),
      null,
      null,
    );
    const item = draftToItem({ ...draft, keyResultId: 'kr-1' });
    expect(item.link).toBe('https://lms.example.org/n#:~:text=Students-,explained%20why');
    expect(evidenceItemSchema.safeParse(item).success).toBe(true);
  });

  it('what was copied travels as "pasted", which every endpoint knows', () => {
    const draft = startDraft(capture({ quote: 'x', method: 'clipboard' }), null, null);
    expect(draftToItem({ ...draft, keyResultId: 'kr-1' }).captureMethod).toBe('pasted');
  });

  it('a huge selection cut down in the form is sent without an anchor the endpoint would refuse', () => {
    const exact = 'word '.repeat(5000);
    const draft = startDraft(
      capture({
        quote: exact,
        sourceUrl: 'https://lms.example.org/n',
        anchor: { exact, prefix: '', suffix: '' },
      }),
      null,
      null,
    );
    const item = draftToItem({ ...draft, quote: 'word word', keyResultId: 'kr-1' });
    expect(item.anchor).toBeNull();
    expect(evidenceItemSchema.safeParse(item).success).toBe(true);
  });
});
