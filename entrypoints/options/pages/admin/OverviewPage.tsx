import { useMemo } from 'preact/hooks';
import { useToday } from '@/components/clock';
import { useI18n } from '@/components/i18n/context';
import { departmentName, LOCALES } from '@/components/i18n/format';
import { rangeHash } from '@/entrypoints/options/routes';
import { officeOverview } from '@/storage/admin/overview';
import { useCampaignOffice } from './useCampaignOffice';

/** People of the staff list named here at most; the rest are on the figures page. */
const NAMED = 12;

/** Where the office stands: the campaign, files received against the staff list, what is due next. */
export function OverviewPage() {
  const { t, date, lang, label } = useI18n();
  const { campaign, first, admin } = useCampaignOffice();
  const today = useToday(campaign);
  const overview = useMemo(
    () =>
      first &&
      officeOverview(campaign, today, {
        people: admin?.submissions ?? first.digests,
        roster: first.roster,
        mergeLog: admin?.mergeLog,
      }),
    [campaign, today, first, admin],
  );
  if (!overview) return <p>{t('common.loading')}</p>;
  const time = new Intl.DateTimeFormat(LOCALES[lang], {
    dateStyle: 'short',
    timeStyle: 'short',
    timeZone: campaign.timeZone,
  });
  const { week, reportPeriod, notSent } = overview;
  const lastImport =
    overview.lastImportAt === undefined
      ? t('overview.loading')
      : overview.lastImportAt === null
        ? t('overview.never')
        : time.format(Date.parse(overview.lastImportAt));
  return (
    <>
      <dl class="facts overview">
        <dt>{t('overview.campaign')}</dt>
        <dd>{label(campaign.name)}</dd>
        <dt>{t('overview.dates')}</dt>
        <dd>{t('overview.dateRange', { from: date(campaign.start), to: date(campaign.end) })}</dd>
        <dt>{t('overview.received')}</dt>
        <dd>
          {overview.expected === null
            ? t('overview.receivedNoList', { received: overview.received })
            : t('overview.receivedOf', { received: overview.received, expected: overview.expected })}
        </dd>
        <dt>{t('overview.lastImport')}</dt>
        <dd>{lastImport}</dd>
      </dl>
      <section aria-labelledby="due-title">
        <h3 id="due-title">{t('overview.dueTitle')}</h3>
        <ul>
          {week && (
            <li>
              <a href="#admin/files">{t('overview.dueImport', { from: date(week.from), to: date(week.to) })}</a>
              {overview.importedThisWeek !== undefined &&
                ` — ${t(overview.importedThisWeek ? 'overview.dueImportDone' : 'overview.dueImportOpen')}`}
            </li>
          )}
          {reportPeriod && (
            <li>
              <a href={rangeHash('admin/report', reportPeriod)}>
                {t('overview.dueReport', { from: date(reportPeriod.from), to: date(reportPeriod.to) })}
              </a>
            </li>
          )}
        </ul>
      </section>
      <section aria-labelledby="not-sent-title">
        <h3 id="not-sent-title">{t('overview.notSentTitle', { count: notSent.length })}</h3>
        {overview.expected === null ? (
          <p>{t('overview.noRoster')}</p>
        ) : notSent.length === 0 ? (
          <p>{t('overview.allSent')}</p>
        ) : (
          <>
            <ul class="names">
              {notSent.slice(0, NAMED).map((r) => (
                <li key={r.id}>
                  {r.name} ({departmentName(campaign, r.department, lang)})
                </li>
              ))}
            </ul>
            {notSent.length > NAMED && <p>{t('overview.notSentMore', { count: notSent.length - NAMED })}</p>}
          </>
        )}
      </section>
    </>
  );
}
