/** Injected on demand (activeTab / docs.google.com) to read the selection; its result goes back to the background. */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { readPage } from '../lib/page-reader';

export default defineContentScript({
  registration: 'runtime',
  matches: [],
  main: () => readPage(document, window),
});
