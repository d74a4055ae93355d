import { useI18n } from '@/components/i18n/context';
import type { NewCampaignForm } from '@/storage/campaign/new-campaign';
import type { Field, SetForm } from './form-types';

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/** Name, organisation, who collects the reports, the dates and the working days. */
export function FormFields({ form, setForm, field }: { form: NewCampaignForm; setForm: SetForm; field: Field }) {
  const { t } = useI18n();
  const text = (key: 'name' | 'organisation' | 'reportTo') => (
    <div class="field">
      <label for={`cn-${key}`}>{t(`create.${key}`)}</label>
      <input
        {...field(key)}
        value={form[key]}
        onInput={(e) => {
          const value = e.currentTarget.value;
          setForm((f) => ({ ...f, [key]: value }));
        }}
      />
    </div>
  );
  const day = (key: 'start' | 'end') => (
    <div class="field">
      <label for={`cn-${key}`}>{t(`create.${key}`)}</label>
      <input
        {...field(key)}
        type="date"
        value={form[key]}
        onInput={(e) => {
          const value = e.currentTarget.value;
          setForm((f) => ({ ...f, [key]: value }));
        }}
      />
    </div>
  );
  const workingProps = field('workingDays');
  return (
    <fieldset class="editor-group">
      <legend>{t('editor.general')}</legend>
      {text('name')}
      {text('organisation')}
      {text('reportTo')}
      <div class="row">
        {day('start')}
        {day('end')}
      </div>
      <fieldset
        id={workingProps.id}
        aria-invalid={workingProps['aria-invalid']}
        aria-describedby={workingProps['aria-describedby']}
      >
        <legend>{t('create.workingDays')}</legend>
        {WEEKDAYS.map((d) => (
          <label key={d} class="row editor-check">
            <input
              type="checkbox"
              checked={form.workingDays.includes(d)}
              onChange={(e) => {
                const on = e.currentTarget.checked;
                setForm((f) => ({
                  ...f,
                  workingDays: on ? [...f.workingDays, d] : f.workingDays.filter((x) => x !== d),
                }));
              }}
            />
            {t(`editor.weekday.${d}`)}
          </label>
        ))}
      </fieldset>
    </fieldset>
  );
}
