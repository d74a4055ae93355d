import { useI18n } from '@/components/i18n/context';
import { newRowKey } from '@/storage/campaign/draft';
import type { NewCampaignForm } from '@/storage/campaign/new-campaign';
import type { CampaignTemplate } from '@/storage/campaign/templates';
import type { PledgeKind } from '@/storage/types';
import type { Field, SetForm } from './form-types';

/** The template's pledges, ticked or not, and the office's own ones added below them. */
export function PledgePicks({
  form,
  setForm,
  field,
  template,
}: {
  form: NewCampaignForm;
  setForm: SetForm;
  field: Field;
  template: CampaignTemplate;
}) {
  const { t, label } = useI18n();
  const group = field('pledges');
  const setCustom = (i: number, patch: Partial<NewCampaignForm['custom'][number]>) =>
    setForm((f) => ({ ...f, custom: f.custom.map((p, j) => (j === i ? { ...p, ...patch } : p)) }));
  return (
    <fieldset
      class="editor-group"
      id={group.id}
      aria-invalid={group['aria-invalid']}
      aria-describedby={group['aria-describedby']}
    >
      <legend>{t('create.pledges')}</legend>
      {template.campaign.pledges.map((p) => (
        <label key={p.id} class="row">
          <input
            type="checkbox"
            checked={form.pledges.includes(p.id)}
            onChange={(e) => {
              const on = e.currentTarget.checked;
              setForm((f) => ({
                ...f,
                // In the template's order, whatever the order of the clicks.
                pledges: template.campaign.pledges
                  .map((q) => q.id)
                  .filter((id) => (id === p.id ? on : f.pledges.includes(id))),
              }));
            }}
          />
          {label(p.label)}
        </label>
      ))}
      <h4>{t('create.custom')}</h4>
      {form.custom.map((p, i) => {
        const number = i + 1;
        const props = field(`custom-${i}`);
        return (
          <div key={p.key} class="row editor-pledge">
            <div class="field">
              <label for={props.id}>{t('create.customLabel', { number })}</label>
              <input {...props} value={p.label} onInput={(e) => setCustom(i, { label: e.currentTarget.value })} />
            </div>
            <div class="field">
              <label for={`cn-custom-kind-${i}`}>{t('create.customKind', { number })}</label>
              <select
                id={`cn-custom-kind-${i}`}
                value={p.kind}
                onChange={(e) => setCustom(i, { kind: e.currentTarget.value as PledgeKind })}
              >
                <option value="daily">{t('editor.kind.daily')}</option>
                <option value="action">{t('editor.kind.action')}</option>
              </select>
            </div>
            {p.kind === 'action' && (
              <div class="field">
                <label for={`cn-custom-unit-${i}`}>{t('create.customUnit', { number })}</label>
                <input
                  id={`cn-custom-unit-${i}`}
                  value={p.unit}
                  onInput={(e) => setCustom(i, { unit: e.currentTarget.value })}
                />
              </div>
            )}
            <button
              type="button"
              onClick={() => setForm((f) => ({ ...f, custom: f.custom.filter((_, j) => j !== i) }))}
            >
              {t('create.removeCustom', { number })}
            </button>
          </div>
        );
      })}
      <button
        type="button"
        onClick={() =>
          setForm((f) => ({ ...f, custom: [...f.custom, { key: newRowKey(), label: '', kind: 'daily', unit: '' }] }))
        }
      >
        {t('create.addCustom')}
      </button>
    </fieldset>
  );
}
