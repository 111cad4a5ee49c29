/**
 * Remembers the coach's last key result, school, practice, type and stage so the next clip from the
 * same classroom visit is one click. A storage item (stored-item.ts), versioned by WXT.
 */
import type { EvidenceItem } from '../../shared/protocol';
import { lastChoicesSchema, type LastChoices } from '../messages';
import { versionedRecord } from './stored-item';

/** The last choices; version 1 held `v: 1` inside them. */
export const lastChoicesItem = versionedRecord<LastChoices>('lastChoices');

export async function loadLastChoices(): Promise<LastChoices | null> {
  const parsed = lastChoicesSchema.safeParse(await lastChoicesItem.getValue());
  return parsed.success ? parsed.data : null;
}

export async function rememberChoices(item: EvidenceItem): Promise<void> {
  await lastChoicesItem.setValue({
    keyResultId: item.keyResultId,
    school: item.school,
    practice: item.practice,
    type: item.type,
    stage: item.stage,
  });
}
