import { useMemo } from 'preact/hooks';
import { ChartCanvas } from '@/components/charts/ChartCanvas';
import { departmentRates } from '@/components/charts/configs';
import { useI18n } from '@/components/i18n/context';
import { formatNumber } from '@/components/i18n/format';
import { useObserved } from '@/components/useObserved';
import { type DateRange, departmentFigures } from '@/storage/admin/figures';
import { readAdmin } from '@/storage/admin/office';
import { reportTables } from '@/storage/admin/report-rows';
import { isCalendarDate } from '@/storage/time/calendar';
import type { Campaign } from '@/storage/types';
import { reportWords } from './report-words';

/** `report/<from>/<to>/<date of the report>` → its parts, or null when the address is wrong. */
export function parseReportHash(hash: string, campaign: Campaign): { range: DateRange; day: string } | null {
  const [, from = '', to = '', day = ''] = hash.split('/');
  if (![from, to, day].every(isCalendarDate) || from > to || from < campaign.start || to > campaign.end) return null;
  return { range: { from, to }, day };
}

/** The periodic report on A4, in the layout of a Vietnamese administrative report. */
export function ReportPrint({ campaign, hash }: { campaign: Campaign; hash: string }) {
  const i18n = useI18n();
  const { t, label, date, lang } = i18n;
  const parsed = parseReportHash(hash, campaign);
  const admin = useObserved(() => readAdmin(campaign.id), [campaign.id]);
  const figures = useMemo(
    () =>
      admin && parsed
        ? departmentFigures(campaign, admin.submissions, admin.headcounts, admin.roster, parsed.range)
        : [],
    [admin, hash],
  );
  const chart = useMemo(() => departmentRates(figures, campaign, i18n), [figures, i18n]);
  if (!parsed) return <p class="notice error">{t('report.badAddress')}</p>;
  if (!admin) return <p>{t('common.loading')}</p>;
  const [departments, , , missing] = reportTables(campaign, admin, parsed.range, reportWords(i18n));
  const [y, m, d] = parsed.day.split('-').map(Number) as [number, number, number];
  const people = admin.submissions.length;
  const tookPart = figures.reduce((sum, f) => sum + f.tookPart, 0);

  return (
    <article class="report">
      <header class="report-head">
        <div>
          <p class="upper">{label(campaign.organisation)}</p>
          <p class="upper strong underline">{label(campaign.reportTo)}</p>
        </div>
        <div>
          <p class="upper strong">{t('report.nation')}</p>
          <p class="strong underline">{t('report.motto')}</p>
          <p class="italic">{t('report.dated', { day: String(d), month: String(m), year: String(y) })}</p>
        </div>
      </header>
      <h1>{t('report.title')}</h1>
      <p class="subtitle">{t('report.subtitle', { campaign: label(campaign.name) })}</p>
      <p class="period">{t('report.period', { from: date(parsed.range.from), to: date(parsed.range.to) })}</p>
      <h2>{t('report.general')}</h2>
      <p>{t('report.generalText', { people, tookPart, departments: campaign.departments.length })}</p>
      <h2>{t('report.byDepartment')}</h2>
      <table class="figures">
        <thead>
          <tr>
            {departments!.header.slice(0, 6).map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {departments!.rows.map((row) => (
            <tr key={String(row[1])}>
              {row.slice(0, 6).map((cell, i) => (
                <td key={i} class={typeof cell === 'number' ? 'num' : ''}>
                  {typeof cell === 'number' ? formatNumber(lang, cell) : cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <div class="report-chart">
        <ChartCanvas
          config={chart}
          label={t('admin.chartLabel', { from: date(parsed.range.from), to: date(parsed.range.to) })}
          height={260}
        />
      </div>
      <h2>{t('report.missing')}</h2>
      {missing!.rows.length === 0 ? (
        <p>{admin.roster.length === 0 ? t('report.noRoster') : t('admin.allSubmitted')}</p>
      ) : (
        <p>{missing!.rows.map((r) => `${r[0]} (${r[1]})`).join('; ')}</p>
      )}
      <footer class="signatures">
        <div>
          <p class="strong italic">{t('report.recipients')}</p>
          <p>{t('report.recipientList')}</p>
        </div>
        <div class="sign">
          <p class="upper strong">{t('report.preparedBy')}</p>
          <p class="italic small">{t('report.signHint')}</p>
        </div>
      </footer>
      <p class="no-print">
        <button type="button" class="primary" onClick={() => window.print()}>
          {t('report.print')}
        </button>
      </p>
    </article>
  );
}
