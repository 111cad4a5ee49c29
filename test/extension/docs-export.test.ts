import { describe, expect, it } from 'vitest';
import { paragraphsFromHtml, paragraphsFromText } from '../../extension/lib/docs-export';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe("a Doc's HTML export as paragraphs", () => {
  it('gives each paragraph the heading it sits under, with the id Docs links to', () => {
    const doc = parse(`<html><body>
      <p class="title"><span>Coaching log</span></p>
      <h1 id="h.k8x2"><span>Visit 1 –  Cedar</span></h1>
      <p><span>Students </span><span>explained.</span></p>
      <ul><li><p>Next: co-plan</p></li><li>Share exit tickets</li></ul>
      <h2><a id="h.zz9"></a><span>Debrief</span></h2>
      <table><tr><td><p>Cell one</p><p>more</p></td></tr></table>
      <h3 id='h.bad" onclick="x'>Odd</h3><p>Last</p>
    </body></html>`);
    expect(paragraphsFromHtml(doc)).toEqual([
      { text: 'Coaching log', heading: '', place: '' },
      { text: 'Visit 1 – Cedar', heading: 'Visit 1 – Cedar', place: 'heading=h.k8x2' },
      { text: 'Students explained.', heading: 'Visit 1 – Cedar', place: 'heading=h.k8x2' },
      { text: 'Next: co-plan', heading: 'Visit 1 – Cedar', place: 'heading=h.k8x2' },
      { text: 'Share exit tickets', heading: 'Visit 1 – Cedar', place: 'heading=h.k8x2' },
      { text: 'Debrief', heading: 'Debrief', place: 'heading=h.zz9' },
      { text: 'Cell one more', heading: 'Debrief', place: 'heading=h.zz9' },
      { text: 'Odd', heading: 'Odd', place: '' },
      { text: 'Last', heading: 'Odd', place: '' },
    ]);
  });

  it('plain text (Slides, or a Doc whose HTML export failed) becomes paragraphs under no heading', () => {
    expect(paragraphsFromText('Slide 1\r\n\r\n  Think   time\n')).toEqual([
      { text: 'Slide 1', heading: '', place: '' },
      { text: 'Think time', heading: '', place: '' },
    ]);
  });
});
