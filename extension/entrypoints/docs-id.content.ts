/**
 * Google Docs, isolated world, document_start: leaves our extension id on the page's root element
 * for the main-world script, which cannot read browser.runtime.id itself.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';

export default defineContentScript({
  matches: ['https://docs.google.com/document/*'],
  runAt: 'document_start',
  main() {
    document.documentElement.dataset.throughlineClipper = browser.runtime.id;
    document.dispatchEvent(new CustomEvent('throughline-clipper-id'));
  },
});
