import { useMemo } from 'preact/hooks';
import { ChartCanvas } from '@/components/charts/ChartCanvas';
import { departmentBars, officeDaysLine } from '@/components/charts/report';
import { useI18n } from '@/components/i18n/context';
import { chartMeasures } from '@/components/i18n/measure-words';
import { useObserved } from '@/components/useObserved';
import { agencyI18n, buildAgencyReport } from '@/entrypoints/options/pages/admin/agencies/agency-report';
import { parseReportQuery } from '@/entrypoints/options/routes';
import { readActivities } from '@/storage/activities/store';
import { readAdmin } from '@/storage/admin/office';
import { readAgencies } from '@/storage/agencies/store';
import { readReportDetails } from '@/storage/report/store';
import type { Campaign } from '@/storage/types';
import { DAYS_FIGURES_CAPTION, DaysFigures } from './DaysFigures';
import { OfficialPrint } from './OfficialPrint';
import { PrintPhotos } from './PrintPhotos';
import { ReportBlocks } from './ReportBlocks';
import { buildReport, startingDetails } from './report-document';

/** Whose figures: the office's departments, or a level above's agencies. */
export type ReportLevel = 'office' | 'agencies';

/**
 * The office's report on A4: the same document as the Word file, laid out for print and PDF; or
 * the level above's, the same document with its agencies as the units.
 */
export function ReportPrint({ campaign, query, level }: { campaign: Campaign; query: string; level: ReportLevel }) {
  const page = useI18n();
  const i18n = level === 'agencies' ? agencyI18n(page) : page;
  const { t } = i18n;
  const address = parseReportQuery(query, campaign);
  const loaded = useObserved(async () => {
    const details = (await readReportDetails(campaign.id)) ?? startingDetails(page, campaign);
    const activities = await readActivities(campaign.id);
    if (level === 'agencies') return { details, activities, agencies: (await readAgencies(campaign.id)).totals };
    return { details, activities, admin: await readAdmin(campaign.id) };
  }, [campaign.id, level]);
  const report = useMemo(() => {
    if (!loaded || !address) return undefined;
    const { range, date } = address;
    return loaded.agencies
      ? buildAgencyReport(page, campaign, loaded.agencies, range, loaded.details, date, loaded.activities)
      : buildReport(page, campaign, loaded.admin!, range, loaded.details, date, loaded.activities);
  }, [loaded, query, page]);
  const charts = useMemo(
    () =>
      report && {
        departments: (
          <ChartCanvas
            config={departmentBars(report.content.departments, i18n)}
            label={t('report.chartDepartmentsAlt', chartMeasures(t).departmentsInSentence)}
            height={Math.max(160, 36 * report.content.departments.length + 40)}
            describedBy="report-participation-caption"
          />
        ),
        days: (
          <>
            <ChartCanvas
              config={officeDaysLine(report.content.days, i18n)}
              label={t('report.chartDaysAlt', chartMeasures(t).daysInSentence)}
              height={220}
              describedBy={DAYS_FIGURES_CAPTION}
            />
            <DaysFigures days={report.content.days} />
          </>
        ),
      },
    [report],
  );
  if (!address) return <p class="notice error">{t('report.badAddress')}</p>;
  if (!report || !charts) return <p>{t('common.loading')}</p>;
  const { doc } = report;

  return (
    <OfficialPrint doc={doc} after={<PrintPhotos campaignId={campaign.id} range={address.range} />}>
      <ReportBlocks blocks={doc.blocks} charts={charts} />
    </OfficialPrint>
  );
}
