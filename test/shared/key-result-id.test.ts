import { describe, expect, it } from 'vitest';
import { fnv1a, keyResultIdFor, objectiveIdFor } from '../../shared/key-result-id';

describe('stable ids', () => {
  it('hashes with 32-bit FNV-1a in base 36', () => {
    expect(fnv1a('')).toBe((0x811c9dc5).toString(36));
    expect(fnv1a('a')).toBe((0xe40c292c).toString(36));
    expect(fnv1a('foobar')).toBe((0xbf9cf968).toString(36));
  });

  it('ignores case, accents and punctuation, so retyping a title the same way keeps the id', () => {
    expect(keyResultIdFor('Students reason proportionally', '% of grade 7 students')).toBe(
      keyResultIdFor('students reason proportionally ', '% of Grade 7 students'),
    );
    expect(objectiveIdFor('Renforcer la compréhension')).toBe(
      objectiveIdFor('RENFORCER LA COMPREHENSION'),
    );
  });

  it('differs when the objective or the key result differs, and has its prefix', () => {
    const id = keyResultIdFor('A', 'Classrooms using visual models');
    expect(id).toMatch(/^kr-[0-9a-z]+$/);
    expect(id).not.toBe(keyResultIdFor('B', 'Classrooms using visual models'));
    expect(objectiveIdFor('A')).toMatch(/^obj-[0-9a-z]+$/);
  });
});
