/** Key result (grouped by objective), school, practice, evidence type and stage: native selects, keyboard-friendly. */
import {
  EVIDENCE_TYPES,
  IMPLEMENTATION_STAGES,
  type EvidenceType,
  type ImplementationStage,
} from '../../shared/evidence-vocabulary';
import { t } from '../../shared/i18n/clipper-strings';
import type { Locale } from '../../shared/messages';
import type { Catalog } from '../../shared/protocol';
import { knownKeyResult, practiceForSchool, type ClipDraft } from '../panel/clip-draft';

type Props = {
  locale: Locale;
  catalog: Catalog | null;
  draft: ClipDraft;
  onChange(patch: Partial<ClipDraft>): void;
};

export function TagPickers({ locale, catalog, draft, onChange }: Props) {
  const practices = [
    ...new Set(
      [...(catalog?.practices ?? []), ...(catalog?.schools.map((s) => s.practice) ?? [])].filter(
        Boolean,
      ),
    ),
  ];
  const types = catalog?.evidenceTypes.length ? catalog.evidenceTypes : EVIDENCE_TYPES;
  const stages = catalog?.stages.length ? catalog.stages : IMPLEMENTATION_STAGES;
  return (
    <div class="pickers">
      <label for="key-result">{t(locale, 'clipper.form.keyResult')}</label>
      <select
        id="key-result"
        value={knownKeyResult(catalog, draft.keyResultId) ? draft.keyResultId : ''}
        onChange={(e) => onChange({ keyResultId: e.currentTarget.value })}
      >
        <option value="">{t(locale, 'clipper.form.chooseKeyResult')}</option>
        {catalog?.objectives.map((objective) => (
          <optgroup key={objective.id} label={objective.title}>
            {objective.keyResults.map((kr) => (
              <option key={kr.id} value={kr.id}>
                {kr.title}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      <div class="row">
        <span>
          <label for="school">{t(locale, 'clipper.form.school')}</label>
          <select
            id="school"
            value={draft.school}
            onChange={(e) =>
              onChange({
                school: e.currentTarget.value,
                practice: practiceForSchool(catalog, e.currentTarget.value),
              })
            }
          >
            <option value="">{t(locale, 'clipper.form.noSchool')}</option>
            {catalog?.schools.map((s) => (
              <option key={s.name} value={s.name}>
                {s.name}
              </option>
            ))}
          </select>
        </span>
        <span>
          <label for="practice">{t(locale, 'clipper.form.practice')}</label>
          <select
            id="practice"
            value={draft.practice}
            onChange={(e) => onChange({ practice: e.currentTarget.value })}
          >
            <option value="">{t(locale, 'clipper.form.noPractice')}</option>
            {practices.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
        </span>
      </div>
      <div class="row">
        <span>
          <label for="evidence-type">{t(locale, 'clipper.form.type')}</label>
          <select
            id="evidence-type"
            value={draft.type}
            onChange={(e) => onChange({ type: e.currentTarget.value as EvidenceType })}
          >
            {types.map((type) => (
              <option key={type} value={type}>
                {t(locale, `clipper.type.${type}`)}
              </option>
            ))}
          </select>
        </span>
        <span>
          <label for="stage">{t(locale, 'clipper.form.stage')}</label>
          <select
            id="stage"
            value={draft.stage ?? ''}
            onChange={(e) =>
              onChange({ stage: (e.currentTarget.value || null) as ImplementationStage | null })
            }
          >
            <option value="">{t(locale, 'clipper.form.noStage')}</option>
            {stages.map((stage) => (
              <option key={stage} value={stage}>
                {t(locale, `clipper.stage.${stage}`)}
              </option>
            ))}
          </select>
        </span>
      </div>
    </div>
  );
}
