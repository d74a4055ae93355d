import { useI18n } from '@/components/i18n/context';
import { openDashboard } from '@/components/open-page';
import type { EntryRow } from '@/storage/db/database';
import { takenPartDates } from '@/storage/progress/day-status';
import { daysBetween } from '@/storage/time/calendar';
import type { CalendarDate, Campaign } from '@/storage/types';

/** "bắt đầu sau 4 ngày, thứ Hai 07/12/2026": when a campaign still to come starts. */
export function useStartsIn() {
  const { t, weekdayDate } = useI18n();
  return (campaign: Campaign, today: CalendarDate) => {
    const days = daysBetween(today, campaign.start);
    const start = weekdayDate(campaign.start);
    return days === 1 ? t('phase.startsTomorrow', { start }) : t('phase.startsIn', { days, start });
  };
}

/**
 * Outside the campaign window: say so plainly and what to do next. After the end, the ways to
 * start something new follow (the popup never dead-ends).
 */
export function PhaseNotice({
  campaign,
  entries,
  today,
}: {
  campaign: Campaign;
  entries: EntryRow[];
  today: CalendarDate;
}) {
  const { t, label, date } = useI18n();
  const startsIn = useStartsIn();
  const name = label(campaign.name);
  const before = today < campaign.start;
  return (
    <section class="phase" aria-labelledby="phase-title">
      <h1 id="phase-title">{name}</h1>
      {before ? (
        <>
          <p data-phase="before">{t('phase.beforeLine', { starts: startsIn(campaign, today) })}</p>
          <p>{t('phase.beforeNext')}</p>
        </>
      ) : (
        <>
          <p data-phase="after">
            {t('phase.after', { campaign: name, end: date(campaign.end), days: takenPartDates(entries).size })}
          </p>
          <p>{t('phase.afterNext')}</p>
        </>
      )}
      <div class="actions">
        <button type="button" class={before ? 'primary' : undefined} onClick={() => openDashboard()}>
          {before ? t('common.openDashboard') : t('phase.seeResults')}
        </button>
        {before && (
          <button type="button" onClick={() => openDashboard('settings')}>
            {t('phase.openSettings')}
          </button>
        )}
      </div>
    </section>
  );
}
