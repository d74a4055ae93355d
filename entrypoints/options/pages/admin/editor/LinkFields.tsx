import { useI18n } from '@/components/i18n/context';
import { type CampaignDraft, newRowKey } from '@/storage/campaign/draft';
import { LabelFields, TextField } from './fields';
import type { FieldProps, Update } from './types';

/**
 * The optional fields of docs/formats.md §1: the issuing body's id and the plan of the
 * level above, which office reports name; the agencies a level above expects; the hashtag.
 */
export function LinkFields({ draft, update, field }: { draft: CampaignDraft; update: Update; field: FieldProps }) {
  const { t } = useI18n();
  const agencies = draft.agencies ?? [];
  const setAgency = (i: number, patch: Partial<(typeof agencies)[number]>) =>
    update((d) => ({ ...d, agencies: (d.agencies ?? []).map((a, j) => (j === i ? { ...a, ...patch } : a)) }));
  return (
    <fieldset class="editor-group">
      <legend>{t('editor.links')}</legend>
      <TextField
        field={field}
        name="organisationId"
        label={t('editor.organisationId')}
        value={draft.organisationId}
        onInput={(organisationId) => update((d) => ({ ...d, organisationId }))}
      />
      <TextField
        field={field}
        name="implements-id"
        label={t('editor.implementsId')}
        value={draft.implementsId}
        onInput={(implementsId) => update((d) => ({ ...d, implementsId }))}
      />
      <LabelFields
        field={field}
        name="implements-name"
        label="editor.implementsName"
        value={draft.implementsName}
        onChange={(implementsName) => update((d) => ({ ...d, implementsName }))}
      />
      <TextField
        field={field}
        name="hashtag"
        label={t('editor.hashtag')}
        value={draft.hashtag}
        onInput={(hashtag) => update((d) => ({ ...d, hashtag }))}
      />
      <h4>{t('editor.agencies')}</h4>
      {agencies.map((a, i) => (
        <div key={a.key} class="editor-pledge">
          <TextField
            field={field}
            name={`agencies-${i}-id`}
            label={t('editor.agencyId', { number: i + 1 })}
            value={a.id}
            onInput={(id) => setAgency(i, { id })}
          />
          <LabelFields
            field={field}
            name={`agencies-${i}-name`}
            label="editor.agencyName"
            value={a.name}
            onChange={(name) => setAgency(i, { name })}
          />
          <button
            type="button"
            onClick={() => update((d) => ({ ...d, agencies: (d.agencies ?? []).filter((_, j) => j !== i) }))}
          >
            {t('editor.removeAgency', { number: i + 1 })}
          </button>
        </div>
      ))}
      <button
        type="button"
        onClick={() =>
          update((d) => ({
            ...d,
            agencies: [...(d.agencies ?? []), { key: newRowKey(), id: '', name: { vi: '', en: '' } }],
          }))
        }
      >
        {t('editor.addAgency')}
      </button>
    </fieldset>
  );
}
