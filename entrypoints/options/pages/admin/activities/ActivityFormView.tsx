import { useI18n } from '@/components/i18n/context';
import { indicatorName, indicatorUnit } from '@/components/indicator-words';
import { MAX_ACTIVITY_TITLE, MAX_NOTE, MAX_REPORT_LINE } from '@/storage/files/limits';
import { ACTIVITY_KINDS, type ActivityKind, resultCodesFor } from '@/storage/indicators/codes';
import type { Campaign } from '@/storage/types';
import type { ActivityForm } from './form-state';
import { PhotoFields } from './PhotoFields';

interface Props {
  campaign: Campaign;
  form: ActivityForm;
  onChange: (form: ActivityForm) => void;
  onSave: () => void;
  onCancel: () => void;
  onMessage: (text: string, error: boolean) => void;
  invalid: string | null;
}

/** Every field of an activity, each with its label; the one the check refused is marked and described. */
export function ActivityFormView({ campaign, form, onChange, onSave, onCancel, onMessage, invalid }: Props) {
  const { t, label } = useI18n();
  const set = (change: Partial<ActivityForm>) => onChange({ ...form, ...change });
  const mark = (id: string) =>
    invalid === id ? { 'aria-invalid': 'true' as const, 'aria-describedby': 'activities-notice' } : {};
  const text = (id: keyof ActivityForm & string, name: string, max: number, type: 'text' | 'url' = 'text') => (
    <div class="field">
      <label for={`act-${id}`}>{name}</label>
      <input
        id={`act-${id}`}
        type={type as 'text'}
        maxLength={max}
        value={form[id] as string}
        onInput={(e) => set({ [id]: e.currentTarget.value })}
        {...mark(`act-${id}`)}
      />
    </div>
  );
  return (
    <form
      class="activity-form"
      aria-labelledby="activity-form-title"
      onSubmit={(e) => {
        e.preventDefault();
        onSave();
      }}
    >
      <h4 id="activity-form-title">{t(form.id ? 'activities.formEdit' : 'activities.formAdd')}</h4>
      <div class="field">
        <label for="act-date">{t('activities.date')}</label>
        <input
          id="act-date"
          type="date"
          min={campaign.start}
          max={campaign.end}
          value={form.date}
          onInput={(e) => set({ date: e.currentTarget.value })}
          {...mark('act-date')}
        />
      </div>
      <div class="field">
        <label for="act-kind">{t('activities.kind')}</label>
        <select id="act-kind" value={form.kind} onChange={(e) => set({ kind: e.currentTarget.value as ActivityKind })}>
          {ACTIVITY_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`activityKind.${kind}`)}
            </option>
          ))}
        </select>
      </div>
      {text('title', t('activities.name'), MAX_ACTIVITY_TITLE * 2)}
      {text('place', t('activities.place'), MAX_REPORT_LINE)}
      <fieldset>
        <legend>{t('activities.departments')}</legend>
        {campaign.departments.map((d) => (
          <label key={d.id} class="check">
            <input
              type="checkbox"
              checked={form.departments.includes(d.id)}
              onChange={(e) =>
                set({
                  departments: e.currentTarget.checked
                    ? [...form.departments, d.id]
                    : form.departments.filter((id) => id !== d.id),
                })
              }
            />{' '}
            {label(d.name)}
          </label>
        ))}
      </fieldset>
      {text('participants', t('activities.participants'), 12)}
      <fieldset aria-describedby="act-results-hint">
        <legend>{t('activities.results')}</legend>
        <p id="act-results-hint" class="hint">
          {t('activities.resultsHint')}
        </p>
        {resultCodesFor(form.kind).map((code) => (
          <div class="field" key={code}>
            <label for={`act-result-${code}`}>
              {indicatorName(t, code)} ({indicatorUnit(t, code)})
            </label>
            <input
              id={`act-result-${code}`}
              type="text"
              inputMode="decimal"
              value={form.results[code] ?? ''}
              onInput={(e) => set({ results: { ...form.results, [code]: e.currentTarget.value } })}
              {...mark(`act-result-${code}`)}
            />
          </div>
        ))}
      </fieldset>
      {text('link', t('activities.link'), 2000, 'url')}
      <div class="field">
        <label for="act-note">{t('activities.note')}</label>
        <textarea
          id="act-note"
          maxLength={MAX_NOTE}
          value={form.note}
          onInput={(e) => set({ note: e.currentTarget.value })}
          {...mark('act-note')}
        />
      </div>
      <PhotoFields photos={form.photos} onChange={(photos) => set({ photos })} onMessage={onMessage} />
      <p class="actions">
        <button type="submit">{t('activities.save')}</button>{' '}
        <button type="button" onClick={onCancel}>
          {t('activities.cancel')}
        </button>
      </p>
    </form>
  );
}
