import { useI18n } from '@/components/i18n/context';
import { newRowKey } from '@/storage/campaign/draft';
import { TextField } from './fields';
import type { SectionProps } from './types';

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7];
/** A few zones offered as you type; any IANA name is accepted. */
const ZONES = [
  'Asia/Ho_Chi_Minh',
  'Asia/Bangkok',
  'Asia/Jakarta',
  'Asia/Singapore',
  'Asia/Tokyo',
  'Europe/London',
  'UTC',
];

/** When the campaign runs: window, time zone, working days, holidays and late recording. */
export function CalendarFields({ draft, update, field, focusLater }: SectionProps) {
  const { t } = useI18n();
  const days = field('workingDays');
  const holidayId = (i: number) => field(`holidays-${i}`).id;

  function toggleDay(day: number, on: boolean) {
    update((d) => ({
      ...d,
      workingDays: on ? [...d.workingDays, day].sort((a, b) => a - b) : d.workingDays.filter((x) => x !== day),
    }));
  }

  function addHoliday() {
    update((d) => ({ ...d, holidays: [...d.holidays, { key: newRowKey(), date: '' }] }));
    focusLater(holidayId(draft.holidays.length));
  }

  function removeHoliday(index: number) {
    update((d) => ({ ...d, holidays: d.holidays.filter((_, i) => i !== index) }));
    focusLater(field('holidays').id);
  }

  return (
    <fieldset class="editor-group">
      <legend>{t('editor.calendar')}</legend>
      <div class="editor-pair">
        <TextField
          field={field}
          name="start"
          type="date"
          label={t('editor.start')}
          value={draft.start}
          onInput={(start) => update((d) => ({ ...d, start }))}
        />
        <TextField
          field={field}
          name="end"
          type="date"
          label={t('editor.end')}
          value={draft.end}
          onInput={(end) => update((d) => ({ ...d, end }))}
        />
      </div>
      <TextField
        field={field}
        name="timeZone"
        label={t('editor.timeZone')}
        list="editor-zones"
        value={draft.timeZone}
        onInput={(timeZone) => update((d) => ({ ...d, timeZone }))}
      />
      <datalist id="editor-zones">
        {ZONES.map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
      <fieldset class="editor-subgroup" aria-describedby={days['aria-describedby']}>
        <legend>{t('editor.workingDays')}</legend>
        <div class="row">
          {WEEKDAYS.map((day) => (
            <label key={day} class="row editor-check">
              <input
                id={`${days.id}-${day}`}
                type="checkbox"
                checked={draft.workingDays.includes(day)}
                aria-invalid={days['aria-invalid']}
                onChange={(e) => toggleDay(day, e.currentTarget.checked)}
              />
              {t(`editor.weekday.${day as 1 | 2 | 3 | 4 | 5 | 6 | 7}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset class="editor-subgroup">
        <legend>{t('editor.holidays')}</legend>
        {draft.holidays.length === 0 && <p class="muted small">{t('editor.noHolidays')}</p>}
        {draft.holidays.map((holiday, i) => {
          const props = field(`holidays-${i}`);
          return (
            <div key={holiday.key} class="row editor-holiday">
              <label for={props.id}>{t('editor.holiday', { number: i + 1 })}</label>
              <input
                {...props}
                type="date"
                value={holiday.date}
                onInput={(e) => {
                  const date = e.currentTarget.value;
                  update((d) => ({ ...d, holidays: d.holidays.map((h, j) => (j === i ? { ...h, date } : h)) }));
                }}
              />
              <button type="button" onClick={() => removeHoliday(i)}>
                {t('editor.removeHoliday', { number: i + 1 })}
              </button>
            </div>
          );
        })}
        <button type="button" id={field('holidays').id} onClick={addHoliday}>
          {t('editor.addHoliday')}
        </button>
      </fieldset>
      <TextField
        field={field}
        name="backfillDays"
        type="number"
        min={0}
        max={31}
        step="1"
        inputMode="numeric"
        label={t('editor.backfill')}
        value={draft.backfillDays}
        onInput={(backfillDays) => update((d) => ({ ...d, backfillDays }))}
      />
    </fieldset>
  );
}
