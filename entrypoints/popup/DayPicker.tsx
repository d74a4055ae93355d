import { useI18n } from '@/components/i18n/context';
import type { CalendarDate } from '@/storage/types';

/** Today or one of the earlier days still open for backfill; earlier ones are marked late. */
export function DayPicker(props: {
  dates: CalendarDate[];
  today: CalendarDate;
  value: CalendarDate;
  onChange: (date: CalendarDate) => void;
}) {
  const { t, date: formatDate } = useI18n();
  return (
    <fieldset class="day-picker">
      <legend>{t('day.pick')}</legend>
      {props.dates.map((date) => (
        <label key={date}>
          <input
            type="radio"
            name="day"
            value={date}
            checked={date === props.value}
            onChange={() => props.onChange(date)}
          />
          {date === props.today ? t('day.today') : `${formatDate(date)} (${t('day.late')})`}
        </label>
      ))}
    </fieldset>
  );
}
