/**
 * Outcomes first: a plan row that names a tool or an activity ("implement Desmos", "purchase
 * manipulatives", "mettre en œuvre les routines") without the student outcome it serves is
 * resources-first. Rows that also name an outcome (students, %, improve, réussite…) are fine.
 */
import { bilingual } from '../i18n';
import { normalizeWords } from '../reading/normalize-text';
import type { Finding } from '../records';
import { keyResultCell, objectiveCell, type PlanHealthInput } from './input';

const ACTIVITY_START =
  /^(implement|implementing|purchase|purchasing|buy|buying|roll out|rolling out|rollout|use|using|install|installing|deploy|deploying|adopt|adopting|introduce|introducing|launch|launching|distribute|provide|acquire|license|subscribe|mettre en oeuvre|mise en oeuvre|mettre en place|mise en place|acheter|achat|acquerir|implanter|implantation|utiliser|utilisation|deployer|deploiement|installer|installation|adopter|introduire|lancer|distribuer|fournir|offrir)\b/;

const TOOLS =
  /\b(desmos|mathletics|ixl|zearn|dreambox|prodigy|khan academy|jump math|netmath|number talks?|ipads?|chromebooks?|tablets?|tablettes?|manipulatives?|materiel de manipulation|software|logiciel|platform|plateforme|app|application|license|licences?|textbooks?|manuels?)\b/;

const OUTCOME =
  /%|\b(students?|learners?|eleves?|apprenants?|percent|pourcentage|proportion|proficien\w*|achievement|achieve|reason\w*|understand\w*|explain\w*|justif\w*|improve\w*|increase\w*|decrease\w*|reduce\w*|raise|grow\w*|growth|score\w*|level|levels|niveau\w*|results?|outcomes?|reussite|rendement|comprehension|comprendre|raisonn\w*|ameliorer|amelioration|augmenter|augmentation|diminuer|diminution|reduire|reduction|taux|rate|so that|afin que|pour que)\b/;

/** True when a title names a tool or activity and no student outcome. */
export function isResourcesFirst(title: string): boolean {
  const words = normalizeWords(title.replace(/%/g, ' percent '));
  const namesActivity = ACTIVITY_START.test(words) || TOOLS.test(words);
  return namesActivity && !OUTCOME.test(words);
}

/** One finding per objective or key result whose title is resources-first. */
export function outcomesFirstRule(input: PlanHealthInput): Finding[] {
  const finding = (
    kind: 'objective' | 'key-result',
    id: string,
    title: string,
    cell: string,
  ): Finding => ({
    rule: 'outcomes-first',
    severity: 'warning',
    message: bilingual(
      kind === 'objective' ? 'health.outcomesFirstObjective' : 'health.outcomesFirstKeyResult',
      { title },
    ),
    place: { kind, id, name: title },
    cell,
  });
  return input.plan.objectives.flatMap((objective) => [
    ...(objective.title !== null && isResourcesFirst(objective.title)
      ? [finding('objective', objective.id, objective.title, objectiveCell(input, objective))]
      : []),
    ...objective.keyResults
      .filter((kr) => isResourcesFirst(kr.title))
      .map((kr) => finding('key-result', kr.id, kr.title, keyResultCell(input, kr))),
  ]);
}
