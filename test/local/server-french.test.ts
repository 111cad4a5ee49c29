import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import type { ProtocolReply } from '../../shared/protocol';
import { startLocalServer, type LocalServer } from '../../local/server/server';
import { TODAY, clip, post, savedSheet, secretOf } from './local-harness';

let server: LocalServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

/** A French district's workbook: its own plan tab and a plain "Écoles" tab, nothing else. */
async function frenchWorkbook(): Promise<string> {
  const book = new ExcelJS.Workbook();
  const plan = book.addWorksheet('Plan 2025-2026');
  plan.addRow(['Plan d’amélioration en mathématiques']);
  plan.addRow([]);
  plan.addRow([
    'Objectif',
    'Résultat clé',
    'Type d’indicateur',
    'Point de départ',
    'Cible',
    'Valeur actuelle',
    'Responsable',
    'Échéance',
  ]);
  plan.addRow([
    'Approfondir la compréhension des fractions',
    'Pourcentage de leçons où les élèves expliquent leur raisonnement',
    'avancé',
    20,
    60,
    35,
    'C. Tremblay; M. Roy',
    '30 juin 2026',
  ]);
  plan.addRow([
    'Approfondir la compréhension des fractions',
    'Pourcentage d’élèves sous le niveau 2',
    'retardé',
    38,
    25,
    33,
    'C. Tremblay',
    '30 juin 2026',
  ]);
  const schools = book.addWorksheet('Écoles');
  schools.addRow(['École', 'Pratique', 'Direction', 'Conseiller·ère']);
  schools.addRow([
    'École des Érables',
    'Enseigner par la résolution de problèmes',
    'J. Gagnon',
    'M. Roy',
  ]);
  const dir = await mkdtemp(path.join(tmpdir(), 'tl-fr-'));
  const file = path.join(dir, 'plan-fr.xlsx');
  await book.xlsx.writeFile(file);
  return file;
}

describe('local mode on a French workbook', () => {
  it('serves a French catalog, writes a French Evidence tab and answers in French', async () => {
    const file = await frenchWorkbook();
    server = await startLocalServer({
      workbookPath: file,
      port: 0,
      today: TODAY,
      refreshDelayMs: 60_000,
    });
    const secret = secretOf(server.connectCoach('Marie Roy'));
    const catalogReply = await post(server.endpoint, { v: 1, kind: 'catalog', secret });
    if (!catalogReply.ok || catalogReply.kind !== 'catalog')
      throw new Error(JSON.stringify(catalogReply));
    const { catalog } = catalogReply;
    expect(catalog.locale).toBe('fr');
    expect(catalog.objectives[0].keyResults).toHaveLength(2);
    expect(catalog.schools).toEqual([
      { name: 'École des Érables', practice: 'Enseigner par la résolution de problèmes' },
    ]);

    const keyResultId = catalog.objectives[0].keyResults[0].id;
    const reply = (await post(server.endpoint, {
      v: 1,
      kind: 'clip',
      secret,
      items: [clip(keyResultId, { school: 'École des Érables' }), clip('kr-disparu')],
    })) as ProtocolReply;
    if (!reply.ok || reply.kind !== 'clip') throw new Error(JSON.stringify(reply));
    expect(reply.accepted).toHaveLength(1);
    expect(reply.rejected[0].message).toMatch(/n’est plus dans le plan/);
    await server.merge();
    const evidence = await savedSheet(file, 'Preuves');
    expect(evidence!.values[0].slice(0, 4)).toEqual([
      'ID de l’extrait',
      'Capturé le',
      'ID du résultat clé',
      'Résultat clé',
    ]);
    expect(evidence!.sheet.getCell('A1').note).toBe(
      'Créé par l’extension\u202f; évite d’écrire deux fois le même extrait.',
    );
    expect(evidence!.values[1][3]).toBe(
      'Pourcentage de leçons où les élèves expliquent leur raisonnement',
    );

    const refused = await post(server.endpoint, { v: 1, kind: 'catalog', secret: 'z'.repeat(40) });
    expect(refused.ok ? '' : refused.error.message).toMatch(
      /Demandez un nouveau code de connexion/,
    );
  });
});
