/**
 * Remembers the coach's last key result, school, practice, type and stage so the next clip from the
 * same classroom visit is one click. Stored in storage.local, versioned.
 */
import type { EvidenceItem } from '../../shared/protocol';
import { readLocal, writeLocal } from '../browser-api';
import { lastChoicesSchema, type LastChoices } from '../messages';

const KEY = 'lastChoices';

export async function loadLastChoices(): Promise<LastChoices | null> {
  const parsed = lastChoicesSchema.safeParse(await readLocal(KEY));
  return parsed.success ? parsed.data : null;
}

export async function rememberChoices(item: EvidenceItem): Promise<void> {
  const choices: LastChoices = {
    v: 1,
    keyResultId: item.keyResultId,
    school: item.school,
    practice: item.practice,
    type: item.type,
    stage: item.stage,
  };
  await writeLocal(KEY, choices);
}
