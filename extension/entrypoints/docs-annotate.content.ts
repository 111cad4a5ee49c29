/**
 * Google Docs, main world, document_start: asks Docs to draw its annotated canvas (text also as
 * labelled SVG rects) by setting `_docs_annotate_canvas_by_ext` to our extension id before Docs
 * starts. Where Docs ignores it, the panel falls back to paste / pick a paragraph.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';

export default defineContentScript({
  matches: ['https://docs.google.com/document/*'],
  runAt: 'document_start',
  world: 'MAIN',
  main() {
    const apply = () => {
      // The page can write this attribute too: accept only what an extension id looks like.
      const id = document.documentElement.dataset.throughlineClipper;
      if (id && !/^[A-Za-z0-9@._{}-]{1,80}$/.test(id)) return false;
      if (id) (window as unknown as Record<string, string>)._docs_annotate_canvas_by_ext = id;
      return Boolean(id);
    };
    if (!apply()) document.addEventListener('throughline-clipper-id', apply, { once: true });
  },
});
