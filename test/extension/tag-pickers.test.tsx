import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { TagPickers } from '../../extension/components/TagPickers';
import type { ClipDraft } from '../../extension/panel/clip-draft';
import type { Catalog } from '../../shared/protocol';

const catalog: Catalog = {
  plan: { name: 'District plan', sheet: 'Plan' },
  coach: 'J. Singh',
  objectives: [
    {
      id: 'obj-1',
      title: 'Fractions',
      keyResults: [{ id: 'kr-a', title: '% of lessons with reasoning' }],
    },
  ],
  schools: [{ name: 'Maple Elementary', practice: 'Using representations' }],
  practices: ['Using representations'],
  evidenceTypes: ['observation'],
  stages: ['routine'],
  locale: 'en',
};

const root = document.createElement('div');
document.body.append(root);
afterEach(() => render(null, root));

function shownKeyResult(keyResultId: string): string {
  const draft = {
    keyResultId,
    school: '',
    practice: '',
    type: 'observation',
    stage: null,
  } as unknown as ClipDraft;
  render(
    <TagPickers locale="en" catalog={catalog} draft={draft} onChange={() => undefined} />,
    root,
  );
  const select = root.querySelector<HTMLSelectElement>('#key-result')!;
  return select.selectedIndex < 0 ? '(blank)' : select.options[select.selectedIndex].text;
}

describe('the key-result picker', () => {
  it('shows the chosen key result', () => {
    expect(shownKeyResult('kr-a')).toBe('% of lessons with reasoning');
  });

  it('asks the coach to choose again when the remembered key result is no longer in the plan', () => {
    expect(shownKeyResult('kr-deleted')).toBe('Choose a key result…');
  });
});
