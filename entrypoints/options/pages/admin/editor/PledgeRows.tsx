import { useState } from 'preact/hooks';
import { useI18n } from '@/components/i18n/context';
import { emptyPledge, type PledgeDraft } from '@/storage/campaign/draft';
import type { PledgeKind } from '@/storage/types';
import { LabelFields, TextField } from './fields';
import type { FieldProps, SectionProps } from './types';

/** The pledges, one group each: id, text, kind, unit and an optional impact coefficient. */
export function PledgeRows({ draft, update, field, focusLater }: SectionProps) {
  const { t } = useI18n();
  const addId = field('pledges').id;

  const change = (index: number, patch: (p: PledgeDraft) => Partial<PledgeDraft>) =>
    update((d) => ({ ...d, pledges: d.pledges.map((p, i) => (i === index ? { ...p, ...patch(p) } : p)) }));

  function add() {
    update((d) => ({ ...d, pledges: [...d.pledges, emptyPledge()] }));
    focusLater(field(`pledges-${draft.pledges.length}-id`).id);
  }

  function remove(index: number) {
    update((d) => ({ ...d, pledges: d.pledges.filter((_, i) => i !== index) }));
    focusLater(addId);
  }

  return (
    <fieldset class="editor-group">
      <legend>{t('editor.pledges')}</legend>
      {draft.pledges.map((pledge, i) => {
        const at = `pledges-${i}`;
        const kind = field(`${at}-kind`);
        return (
          <fieldset key={pledge.key} class="editor-pledge">
            <legend>{t('editor.pledge', { number: i + 1 })}</legend>
            <div class="editor-pair">
              <TextField
                field={field}
                name={`${at}-id`}
                label={t('editor.pledgeId')}
                value={pledge.id}
                onInput={(id) => change(i, () => ({ id }))}
              />
              <div class="field">
                <label for={kind.id}>{t('editor.kind')}</label>
                <select
                  {...kind}
                  value={pledge.kind}
                  onChange={(e) => change(i, () => ({ kind: e.currentTarget.value as PledgeKind }))}
                >
                  <option value="daily">{t('editor.kind.daily')}</option>
                  <option value="action">{t('editor.kind.action')}</option>
                </select>
              </div>
            </div>
            <LabelFields
              field={field}
              name={`${at}-label`}
              label="editor.pledgeLabel"
              value={pledge.label}
              onChange={(label) => change(i, () => ({ label }))}
            />
            <LabelFields
              field={field}
              name={`${at}-unit`}
              label="editor.unit"
              value={pledge.unit}
              onChange={(unit) => change(i, () => ({ unit }))}
            />
            <PledgeImpact
              field={field}
              at={at}
              impact={pledge.impact}
              onChange={(impact) => change(i, () => ({ impact }))}
            />
            <button type="button" onClick={() => remove(i)}>
              {t('editor.removePledge', { number: i + 1 })}
            </button>
          </fieldset>
        );
      })}
      <button type="button" id={addId} onClick={add}>
        {t('editor.addPledge')}
      </button>
    </fieldset>
  );
}

/**
 * A pledge's optional impact coefficient, folded away unless the pledge has one: most pledges
 * have none, and eight open groups of empty fields would bury the rest of the form.
 */
function PledgeImpact({
  field,
  at,
  impact,
  onChange,
}: {
  field: FieldProps;
  at: string;
  impact: PledgeDraft['impact'];
  onChange: (impact: PledgeDraft['impact']) => void;
}) {
  const { t } = useI18n();
  // Open or closed as the person leaves it: only the first render decides.
  const [open] = useState(() =>
    [impact.perUnit, impact.unit.vi, impact.unit.en, impact.source].some((v) => v.trim() !== ''),
  );
  return (
    <details class="editor-impact" open={open}>
      <summary>{t('editor.impact')}</summary>
      <fieldset class="editor-subgroup">
        <legend class="visually-hidden">{t('editor.impact')}</legend>
        <TextField
          field={field}
          name={`${at}-impact-perUnit`}
          type="number"
          min={0}
          step="any"
          inputMode="decimal"
          label={t('editor.perUnit')}
          value={impact.perUnit}
          onInput={(perUnit) => onChange({ ...impact, perUnit })}
        />
        <LabelFields
          field={field}
          name={`${at}-impact-unit`}
          label="editor.impactUnit"
          value={impact.unit}
          onChange={(unit) => onChange({ ...impact, unit })}
        />
        <TextField
          field={field}
          name={`${at}-impact-source`}
          label={t('editor.impactSource')}
          value={impact.source}
          onInput={(source) => onChange({ ...impact, source })}
        />
      </fieldset>
    </details>
  );
}
