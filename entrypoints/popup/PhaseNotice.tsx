import { useI18n } from '@/components/i18n/context';
import { openDashboard } from '@/components/open-page';
import type { EntryRow } from '@/storage/db/database';
import { takenPartDates } from '@/storage/progress/day-status';
import { daysBetween } from '@/storage/time/calendar';
import type { CalendarDate, Campaign } from '@/storage/types';

/** Outside the campaign window: say so plainly and what to do next. */
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
  const name = label(campaign.name);
  const before = today < campaign.start;
  return (
    <section class="phase" aria-labelledby="phase-title">
      <h1 id="phase-title">{name}</h1>
      {before ? (
        <>
          <p>
            {t('phase.before', {
              campaign: name,
              start: date(campaign.start),
              days: daysBetween(today, campaign.start),
            })}
          </p>
          <p>{t('phase.beforeNext')}</p>
        </>
      ) : (
        <>
          <p>{t('phase.after', { campaign: name, end: date(campaign.end), days: takenPartDates(entries).size })}</p>
          <p>{t('phase.afterNext')}</p>
        </>
      )}
      <div class="actions">
        <button type="button" class="primary" onClick={() => openDashboard()}>
          {before ? t('common.openDashboard') : t('phase.seeResults')}
        </button>
        <button type="button" onClick={() => openDashboard('settings')}>
          {before ? t('phase.openSettings') : t('phase.loadNext')}
        </button>
      </div>
    </section>
  );
}
