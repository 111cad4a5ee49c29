/** A background service wired to a fake endpoint and a fresh outbox, as the tests' "browser". */
import type { DocumentText } from '../../extension/background/capture';
import { createClipperService } from '../../extension/background/clipper-service';
import { openOutbox } from '../../extension/lib/outbox';
import { fakeEndpoint } from './fake-endpoint';

let db = 0;

export async function backgroundHarness() {
  const endpoint = fakeEndpoint();
  const outboxName = `service-test-${++db}`;
  const outbox = await openOutbox(outboxName);
  const clock = { now: Date.parse('2026-03-10T14:05:00Z') };
  let ids = 0;
  const tabReads: number[] = [];
  const pageSelection = { value: null as unknown };
  /** What the document's other reading gives (the Docs/Slides API, a PDF's pages); null: nothing. */
  const documentText = { value: null as DocumentText | null };
  const service = createClipperService({
    outbox,
    fetch: (url, init) => endpoint.fetch(url, init),
    now: () => clock.now,
    random: () => 0.5,
    timeoutMs: 50,
    capture: {
      newId: () => `clip-captured-${++ids}`,
      now: () => new Date(clock.now),
      readTab: async (tabId) => {
        tabReads.push(tabId);
        return pageSelection.value;
      },
      documentText: async () => documentText.value,
    },
    activeTab: async () => ({
      id: 7,
      windowId: 1,
      title: 'Observation notes',
      url: 'https://lms.example.org/notes',
    }),
    shortcuts: async () => ({ 'clip-selection': 'Alt+Shift+K', 'clip-copied': 'Alt+Shift+V' }),
  });
  /** Lets the fire-and-forget sends started by a request finish. */
  const settle = () => service.flush(false);
  return {
    ...{ endpoint, outbox, outboxName, clock, service, settle, tabReads, pageSelection },
    documentText,
  };
}
