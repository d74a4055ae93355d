import { useMemo, useState } from 'preact/hooks';
import { useNow } from '@/components/clock';
import { downloadFile } from '@/components/download';
import { useI18n } from '@/components/i18n/context';
import { formatNumber } from '@/components/i18n/format';
import { inSentence } from '@/components/i18n/measure-words';
import { useObserved } from '@/components/useObserved';
import { Table } from '@/entrypoints/options/pages/admin/rollup/Table';
import { readActivities } from '@/storage/activities/store';
import { sheetsWorkbook } from '@/storage/admin/export';
import {
  type AgencyFigures,
  actionTotals,
  agencyFigures,
  agencyRanking,
  keptPeriods,
  notReported,
} from '@/storage/agencies/figures';
import { levelAboveReport } from '@/storage/agencies/own-report';
import { agencyTables } from '@/storage/agencies/tables';
import type { AgencyTotalsRow } from '@/storage/db/database';
import { activityTotals } from '@/storage/indicators/sums';
import { readReportDetails } from '@/storage/report/store';
import { reportFileName } from '@/storage/report-file/build';
import type { DateRange } from '@/storage/time/range';
import type { Campaign } from '@/storage/types';
import { AgencyIndicators } from './AgencyIndicators';
import { PeriodChoice } from './PeriodChoice';
import { agencyWords, pledgeName } from './words';

interface Props {
  campaign: Campaign;
  totals: AgencyTotalsRow[];
  range: DateRange;
  onRange: (range: DateRange) => void;
}

/** Participation per agency with a ranking, totals of every action, who has not reported; downloads. */
export function AgencyFiguresView({ campaign, totals: kept, range, onRange }: Props) {
  const i18n = useI18n();
  const now = useNow();
  const { t, label, lang } = i18n;
  const figures = useMemo(() => agencyFigures(campaign, kept, range), [campaign, kept, range]);
  const ranked = agencyRanking(figures);
  const rankOf = new Map(ranked.map((f, i) => [f, i + 1]));
  const totals = actionTotals(campaign, figures);
  const missing = notReported(campaign, figures);
  // What the level above organised itself in the range: a part of its totals, and of its own report file.
  const activities = useObserved(() => readActivities(campaign.id), [campaign.id]);
  const own = useMemo(() => activityTotals(activities ?? [], range), [activities, range]);
  const number = (n: number | null, digits = 2) =>
    n === null ? '–' : formatNumber(lang, Math.round(n * 10 ** digits) / 10 ** digits);
  const [noOrganisation, setNoOrganisation] = useState(false);

  async function downloadWorkbook() {
    const tables = agencyTables(campaign, figures, range, agencyWords(campaign, i18n), own);
    downloadFile(`tong-hop-co-quan_${range.from}_${range.to}.xlsx`, await sheetsWorkbook(tables));
  }

  async function downloadReport() {
    const typed = (await readReportDetails(campaign.id)) ?? {};
    const report = await levelAboveReport(
      campaign,
      figures,
      range,
      new Date(now()).toISOString(),
      typed,
      activities ?? [],
    );
    setNoOrganisation(!report);
    if (report) downloadFile(reportFileName(report.organisation.id, range), JSON.stringify(report, null, 2));
  }

  return (
    <div role="group" aria-labelledby="agency-figures-title">
      <h4 id="agency-figures-title">{t('agencies.figuresTitle')}</h4>
      <PeriodChoice campaign={campaign} periods={keptPeriods(kept)} range={range} onRange={onRange} />
      {figures.length === 0 ? (
        <p>{t('agencies.none')}</p>
      ) : (
        <Table
          label={t('agencies.rankingCaption', { measure: inSentence(t('measure.daysPerPerson')) })}
          caption={t('agencies.rankingCaption', { measure: inSentence(t('measure.daysPerPerson')) })}
          tableAttrs={{ 'data-table': 'agencies' }}
          columns={[
            { head: t('agencies.rank'), num: true, cell: (f) => formatNumber(lang, rankOf.get(f)!) },
            {
              head: t('agencies.organisation'),
              rowHead: true,
              cell: (f) => `${label(f.name)}${f.listed ? '' : ` ${t('agencies.notListed')}`}`,
            },
            { head: t('agencies.headcount'), num: true, cell: (f) => formatNumber(lang, f.headcount) },
            ...(
              [
                ['submitted', 'agencies.submitted'],
                ['tookPart', 'measure.tookPart'],
                ['participantDays', 'agencies.participantDays'],
              ] as const
            ).map(([key, head]) => ({
              head: t(head),
              num: true,
              attrs: { 'data-cell': key },
              cell: (f: AgencyFigures) => formatNumber(lang, f[key]),
            })),
            { head: t('measure.daysPerPerson'), num: true, cell: (f) => number(f.averageDays) },
            { head: t('agencies.signed'), cell: (f) => t(f.signed ? 'admin.yes' : 'admin.unsigned') },
          ]}
          rows={ranked}
          rowKey={(f) => f.organisationId}
          rowAttrs={(f) => ({ 'data-agency': f.organisationId })}
        />
      )}
      <Table
        label={t('agencies.totalsTitle')}
        caption={t('agencies.totalsTitle')}
        tableAttrs={{ 'data-table': 'actions' }}
        columns={[
          { head: t('agencies.action'), rowHead: true, cell: (a) => pledgeName(campaign, i18n, a.pledgeId) },
          { head: t('agencies.total'), num: true, cell: (a) => formatNumber(lang, a.total) },
        ]}
        rows={totals}
        rowKey={(a) => a.pledgeId}
        rowAttrs={(a) => ({ 'data-pledge': a.pledgeId })}
      />
      <AgencyIndicators figures={figures} own={own} />
      <h5>{t('agencies.notReportedTitle', { count: missing.length })}</h5>
      {missing.length === 0 ? (
        <p>{t('agencies.allReported')}</p>
      ) : (
        <ul data-list="not-reported">
          {missing.map((a) => (
            <li key={a.id}>{label(a.name)}</li>
          ))}
        </ul>
      )}
      <div class="row">
        <button type="button" onClick={downloadWorkbook}>
          {t('agencies.downloadWorkbook')}
        </button>
        <button type="button" onClick={downloadReport}>
          {t('agencies.downloadReport')}
        </button>
      </div>
      {noOrganisation && (
        <p role="alert" class="notice">
          {t('agencies.needsOrganisation')}
        </p>
      )}
    </div>
  );
}
