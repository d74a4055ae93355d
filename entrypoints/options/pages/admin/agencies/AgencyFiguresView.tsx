import { useMemo, useState } from 'preact/hooks';
import { downloadFile } from '@/components/download';
import { useI18n } from '@/components/i18n/context';
import { formatNumber } from '@/components/i18n/format';
import { inSentence } from '@/components/i18n/measure-words';
import { sheetsWorkbook } from '@/storage/admin/export';
import {
  actionTotals,
  agencyFigures,
  agencyRanking,
  type DateRange,
  keptPeriods,
  notReported,
} from '@/storage/agencies/figures';
import { levelAboveReport } from '@/storage/agencies/own-report';
import { agencyTables } from '@/storage/agencies/tables';
import type { AgencyTotalsRow } from '@/storage/db/database';
import { readReportDetails } from '@/storage/report/store';
import { reportFileName } from '@/storage/report-file/build';
import type { Campaign } from '@/storage/types';
import { PeriodChoice } from './PeriodChoice';
import { agencyWords, pledgeName } from './words';

interface Props {
  campaign: Campaign;
  totals: AgencyTotalsRow[];
  range: DateRange;
  onRange: (range: DateRange) => void;
  now: () => number;
}

/** Participation per agency with a ranking, totals of every action, who has not reported; downloads. */
export function AgencyFiguresView({ campaign, totals: kept, range, onRange, now }: Props) {
  const i18n = useI18n();
  const { t, label, lang } = i18n;
  const figures = useMemo(() => agencyFigures(campaign, kept, range), [campaign, kept, range]);
  const ranked = agencyRanking(figures);
  const totals = actionTotals(campaign, figures);
  const missing = notReported(campaign, figures);
  const number = (n: number | null, digits = 2) =>
    n === null ? '–' : formatNumber(lang, Math.round(n * 10 ** digits) / 10 ** digits);
  const [noOrganisation, setNoOrganisation] = useState(false);

  async function downloadWorkbook() {
    const tables = agencyTables(campaign, figures, range, agencyWords(campaign, i18n));
    downloadFile(`tong-hop-co-quan_${range.from}_${range.to}.xlsx`, await sheetsWorkbook(tables));
  }

  async function downloadReport() {
    const typed = (await readReportDetails(campaign.id)) ?? {};
    const report = await levelAboveReport(campaign, figures, range, new Date(now()).toISOString(), typed);
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
        <div
          class="scroll"
          tabIndex={0}
          role="region"
          aria-label={t('agencies.rankingCaption', { measure: inSentence(t('measure.daysPerPerson')) })}
        >
          <table data-table="agencies">
            <caption>{t('agencies.rankingCaption', { measure: inSentence(t('measure.daysPerPerson')) })}</caption>
            <thead>
              <tr>
                <th scope="col" class="num">
                  {t('agencies.rank')}
                </th>
                <th scope="col">{t('agencies.organisation')}</th>
                <th scope="col" class="num">
                  {t('agencies.headcount')}
                </th>
                <th scope="col" class="num">
                  {t('agencies.submitted')}
                </th>
                <th scope="col" class="num">
                  {t('measure.tookPart')}
                </th>
                <th scope="col" class="num">
                  {t('agencies.participantDays')}
                </th>
                <th scope="col" class="num">
                  {t('measure.daysPerPerson')}
                </th>
                <th scope="col">{t('agencies.signed')}</th>
              </tr>
            </thead>
            <tbody>
              {ranked.map((f, i) => (
                <tr key={f.organisationId} data-agency={f.organisationId}>
                  <td class="num">{formatNumber(lang, i + 1)}</td>
                  <th scope="row">
                    {label(f.name)}
                    {f.listed ? '' : ` ${t('agencies.notListed')}`}
                  </th>
                  <td class="num">{formatNumber(lang, f.headcount)}</td>
                  <td class="num" data-cell="submitted">
                    {formatNumber(lang, f.submitted)}
                  </td>
                  <td class="num" data-cell="tookPart">
                    {formatNumber(lang, f.tookPart)}
                  </td>
                  <td class="num" data-cell="participantDays">
                    {formatNumber(lang, f.participantDays)}
                  </td>
                  <td class="num">{number(f.averageDays)}</td>
                  <td>{t(f.signed ? 'admin.yes' : 'admin.unsigned')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div class="scroll" tabIndex={0} role="region" aria-label={t('agencies.totalsTitle')}>
        <table data-table="actions">
          <caption>{t('agencies.totalsTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('agencies.action')}</th>
              <th scope="col" class="num">
                {t('agencies.total')}
              </th>
            </tr>
          </thead>
          <tbody>
            {totals.map((a) => (
              <tr key={a.pledgeId} data-pledge={a.pledgeId}>
                <th scope="row">{pledgeName(campaign, i18n, a.pledgeId)}</th>
                <td class="num">{formatNumber(lang, a.total)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
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
