import { useRef, useState } from 'preact/hooks';
import { useI18n } from '@/components/i18n/context';
import { withLimits } from '@/components/i18n/format';
import { charCount, MAX_NOTE } from '@/storage/files/limits';
import { RecordRefused } from '@/storage/staff/record-refused';
import type { CalendarDate, Campaign } from '@/storage/types';

/** The optional note for the day being recorded, saved on request. */
export function NoteField(props: {
  campaign: Campaign;
  date: CalendarDate;
  today: CalendarDate;
  saved: string;
  at: () => string;
}) {
  const { t, date: formatDate } = useI18n();
  const [note, setNote] = useState(props.saved);
  const [message, setMessage] = useState('');
  const id = 'day-note';
  // Once saved, the button is disabled (nothing new to save) and would drop the focus
  // to the page top: the saved message takes it instead.
  const said = useRef<HTMLSpanElement>(null);

  async function save(event: Event) {
    event.preventDefault();
    try {
      // The writes come with Dexie, loaded after the first paint.
      const { saveNote } = await import('@/storage/staff/entries');
      await saveNote({ campaign: props.campaign, date: props.date, note, today: props.today, at: props.at() });
      setMessage(t('note.saved'));
      said.current?.focus();
    } catch (error) {
      setMessage(error instanceof RecordRefused ? t(`pledges.refused.${error.reason}`, withLimits()) : String(error));
    }
  }

  return (
    <form class="note" onSubmit={save}>
      <label for={id}>{t('note.label', { date: formatDate(props.date) })}</label>
      <textarea
        id={id}
        rows={2}
        maxLength={MAX_NOTE}
        value={note}
        onInput={(e) => {
          setNote(e.currentTarget.value);
          setMessage('');
        }}
        aria-describedby={`${id}-count`}
      />
      <span class="note-row">
        <span id={`${id}-count`} class="muted small">
          {t('note.limit', withLimits({ count: charCount(note) }))}
        </span>
        <button type="submit" disabled={note.trim() === props.saved}>
          {t('note.save')}
        </button>
      </span>
      <span role="status" class="small" tabIndex={-1} ref={said}>
        {message}
      </span>
    </form>
  );
}
