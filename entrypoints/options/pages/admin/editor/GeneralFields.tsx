import { useI18n } from '@/components/i18n/context';
import type { CampaignDraft } from '@/storage/campaign/draft';
import { LabelFields, TextField } from './fields';
import type { FieldProps, Update } from './types';

/** The campaign's id and the three labels people read: its name, who issues it, who collects. */
export function GeneralFields({ draft, update, field }: { draft: CampaignDraft; update: Update; field: FieldProps }) {
  const { t } = useI18n();
  return (
    <fieldset class="editor-group">
      <legend>{t('editor.general')}</legend>
      <TextField
        field={field}
        name="id"
        label={t('editor.id')}
        value={draft.id}
        onInput={(id) => update((d) => ({ ...d, id }))}
      />
      <LabelFields
        field={field}
        name="name"
        label="editor.name"
        value={draft.name}
        onChange={(name) => update((d) => ({ ...d, name }))}
      />
      <LabelFields
        field={field}
        name="organisation"
        label="editor.organisation"
        value={draft.organisation}
        onChange={(organisation) => update((d) => ({ ...d, organisation }))}
      />
      <LabelFields
        field={field}
        name="reportTo"
        label="editor.reportTo"
        value={draft.reportTo}
        onChange={(reportTo) => update((d) => ({ ...d, reportTo }))}
      />
    </fieldset>
  );
}
