import { useI18n } from '@/components/i18n/context';
import type { MessageKey } from '@/components/i18n/format';
import type { LabelDraft } from '@/storage/campaign/draft';
import type { FieldProps } from './types';

/** A text field with its label above it. */
export function TextField({
  field,
  name,
  label,
  value,
  onInput,
  type = 'text',
  ...rest
}: {
  field: FieldProps;
  name: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  type?: 'text' | 'date' | 'number';
  list?: string;
  min?: number;
  max?: number;
  step?: string;
  inputMode?: 'numeric' | 'decimal';
  lang?: string;
}) {
  const props = field(name);
  return (
    <div class="field">
      <label for={props.id}>{label}</label>
      <input {...props} {...rest} type={type} value={value} onInput={(e) => onInput(e.currentTarget.value)} />
    </div>
  );
}

/** A label of the file in Vietnamese (required) and English (optional), side by side. */
export function LabelFields({
  field,
  name,
  label,
  value,
  onChange,
}: {
  field: FieldProps;
  name: string;
  label: MessageKey;
  value: LabelDraft;
  onChange: (value: LabelDraft) => void;
}) {
  const { t } = useI18n();
  return (
    <div class="editor-pair">
      <TextField
        field={field}
        name={`${name}-vi`}
        label={t('editor.inVi', { field: t(label) })}
        value={value.vi}
        onInput={(vi) => onChange({ ...value, vi })}
        lang="vi"
      />
      <TextField
        field={field}
        name={`${name}-en`}
        label={t('editor.inEn', { field: t(label) })}
        value={value.en}
        onInput={(en) => onChange({ ...value, en })}
        lang="en"
      />
    </div>
  );
}
