import { useEffect, useRef, useState } from 'preact/hooks';
import { type BadgeApi, drawBadge, toolbarBadge } from '@/components/badge';
import { useNow } from '@/components/clock';
import { useI18n } from '@/components/i18n/context';
import { withLimits } from '@/components/i18n/format';
import { openDashboard } from '@/components/open-page';
import { notifyBackground } from '@/entrypoints/background/protocol';
import type { EntryRow } from '@/storage/db/database';
import { dayStatus } from '@/storage/progress/day-status';
import { RecordRefused } from '@/storage/staff/record-refused';
import { type TodayData, withEntry } from '@/storage/staff/today-read';
import { firstWorkingDayFrom, recordableDates } from '@/storage/time/calendar';
import type { CalendarDate, Campaign, Pledge } from '@/storage/types';
import { DayPicker } from './DayPicker';
import { NoteField } from './NoteField';
import { PledgeControl } from './PledgeControl';
import { ShareButton } from './ShareButton';

interface Props {
  data: TodayData & { campaign: Campaign };
  today: CalendarDate;
  /** Move focus to the heading, as when the set-up form has just been replaced by this. */
  focusHeading?: boolean;
  badge?: BadgeApi;
}

/**
 * The writes come with Dexie, loaded after the first paint and kept once loaded, so
 * that a click goes straight to its transaction.
 */
let loadedWrites: typeof import('@/storage/staff/entries') | undefined;
const writes = async () => {
  loadedWrites ??= await import('@/storage/staff/entries');
  return loadedWrites;
};

/** The day's pledges: one control a pledge, one click records it. */
export function Today({ data, today, focusHeading = false, badge = toolbarBadge() }: Props) {
  const { t, label, date: formatDate, lang } = useI18n();
  const now = useNow();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusHeading) heading.current?.focus();
    void writes();
  }, []);
  const { campaign, entries } = data;
  const dates = recordableDates(campaign, today);
  const [picked, setPicked] = useState<CalendarDate>(today);
  const date = dates.includes(picked) ? picked : today;
  const [status, setStatus] = useState('');
  // A refusal is an alert; the status line, always on the page, says what was done.
  const [refused, setRefused] = useState('');
  const say = (done: string, refusedText = '') => {
    setStatus(done);
    setRefused(refusedText);
  };
  // What this page knows is kept: the last read, plus the writes it made since. The controls and
  // the badge show it at once; the live query's next read takes over when it lands.
  const held = useRef({ from: entries, now: entries });
  if (held.current.from !== entries) held.current = { from: entries, now: entries };
  const [, wrote] = useState(0);
  const day = dayStatus(campaign, held.current.now, today, date);
  const partial = data.entriesFrom !== undefined;
  const at = () => new Date(now()).toISOString();

  const refusal = (error: unknown) =>
    error instanceof RecordRefused
      ? t(`pledges.refused.${error.reason}`, withLimits())
      : t('common.error', { message: String(error) });

  const redraw = (kept: EntryRow[]) => drawBadge(badge, { ...data, entries: kept }, now(), t, lang);
  // What the popup holds changes: the controls show it, the background redraws the badge from the
  // whole store (as at every day turn).
  function hold(kept: EntryRow[]) {
    held.current.now = kept;
    wrote((n) => n + 1);
  }

  // The badge is drawn as the click's one transaction starts, from what the popup holds
  // plus this change, so that badge and commit go together, not one after the other. Should the
  // write fail, the popup and the badge go back to what is kept.
  async function setCount(pledge: Pledge, count: number) {
    const key = { campaignId: campaign.id, date, pledgeId: pledge.id };
    const same = (e: EntryRow) => e.date === date && e.pledgeId === pledge.id;
    const before = held.current.now.find(same);
    let drawn: Promise<unknown> = Promise.resolve();
    try {
      const { setPledgeCount } = loadedWrites ?? (await writes());
      // The transaction's requests go out first, then the badge; the controls show the change at
      // once too (a quick second click on a stepper builds on it).
      const writing = setPledgeCount({ ...key, campaign, count, today, at: at() });
      const pending = withEntry(held.current.now, { ...before, ...key, count, deleted: count === 0 } as EntryRow);
      drawn = redraw(pending);
      hold(pending);
      hold(withEntry(held.current.now, await writing));
      say(t(count > 0 ? 'pledges.recorded' : 'pledges.cleared', { label: label(pledge.label) }));
      void notifyBackground({ type: 'entries-changed' });
      await drawn;
    } catch (error) {
      hold(before ? withEntry(held.current.now, before) : held.current.now.filter((e) => !same(e)));
      say('', refusal(error));
      await drawn.catch(() => undefined);
      await redraw(held.current.now).catch(() => undefined);
    }
  }

  async function undo() {
    try {
      const { undoLastChange } = loadedWrites ?? (await writes());
      const change = await undoLastChange({ campaign, today, at: at() });
      const pledge = campaign.pledges.find((p) => p.id === change?.pledgeId);
      if (pledge) say(t('undo.done', { label: label(pledge.label) }));
      // What the undo put back, from the change itself: a read-back could land after a later
      // click's write and show a stale count.
      if (change) {
        const key = { campaignId: campaign.id, date: change.date, pledgeId: change.pledgeId };
        const back = change.before ? { ...key, ...change.before } : { ...key, count: 0, deleted: true };
        hold(withEntry(held.current.now, back as EntryRow));
      }
      await redraw(held.current.now);
      void notifyBackground({ type: 'entries-changed' });
    } catch (error) {
      say('', refusal(error));
    }
  }

  return (
    <section class="today" aria-labelledby="today-title">
      <header>
        <h1 id="today-title" tabIndex={-1} ref={heading}>
          {label(campaign.name)}
        </h1>
        <p class="day-line">
          <strong>{t('day.heading', { number: day.dayNumber, length: day.length })}</strong>
          {' · '}
          <span class={day.working ? 'working' : 'rest'}>{t(day.working ? 'day.working' : 'day.rest')}</span>
          {' · '}
          {formatDate(date, 'long')}
        </p>
        {!day.working && <FirstWorkingDay campaign={campaign} today={today} />}
      </header>
      {dates.length > 1 && <DayPicker dates={dates} today={today} value={date} onChange={setPicked} />}
      {date < today && <p class="late-hint">{t('day.lateHint', { date: formatDate(date) })}</p>}
      <fieldset class="pledges">
        <legend>{t('pledges.heading', { date: formatDate(date) })}</legend>
        {campaign.pledges.map((pledge) => (
          <PledgeControl
            key={pledge.id}
            pledge={pledge}
            count={day.counts[pledge.id] ?? 0}
            onSet={(n) => setCount(pledge, n)}
          />
        ))}
      </fieldset>
      <div class="action-bar">
        <p role="status" class="status">
          {status}
        </p>
        {refused && (
          <p role="alert" class="status error">
            {refused}
          </p>
        )}
        <button type="button" onClick={undo} disabled={!data.lastChange || !dates.includes(data.lastChange.date)}>
          {t('undo.button')}
        </button>
      </div>
      <NoteField key={date} campaign={campaign} date={date} today={today} saved={data.notes[date] ?? ''} at={at} />
      {/* Counted over every day once the whole read lands; the first read holds the last few only. */}
      <dl class="stats" aria-busy={partial || undefined}>
        <div>
          <dt>{t('stats.streak')}</dt>
          <dd data-stat="streak">{partial ? '…' : day.streak}</dd>
        </div>
        <div>
          <dt>{t('measure.days')}</dt>
          <dd data-stat="days-taken">{partial ? '…' : day.daysTakenPart}</dd>
        </div>
      </dl>
      <ShareButton />
      <button type="button" class="link" onClick={() => openDashboard()}>
        {t('common.openDashboard')}
      </button>
    </section>
  );
}

/** Started on a rest day (a Sunday): the person learns when the first working day comes. */
function FirstWorkingDay({ campaign, today }: { campaign: Campaign; today: CalendarDate }) {
  const { t, weekdayDate } = useI18n();
  const first = firstWorkingDayFrom(campaign, campaign.start);
  return first && today < first ? <p class="day-first">{t('day.firstWorking', { date: weekdayDate(first) })}</p> : null;
}
