import type { I18n, MessageKey } from '@/components/i18n/format';
import { documentWords, draftAssessment } from '@/entrypoints/options/pages/admin/report/document-words';
import { agencyFigures } from '@/storage/agencies/figures';
import { agencyReportContent } from '@/storage/agencies/report-content';
import type { AgencyTotalsRow } from '@/storage/db/database';
import { type ReportActivityLine, withActivityBlocks } from '@/storage/report/activity-blocks';
import { assessmentFacts, type ReportContent } from '@/storage/report/content';
import type { ReportDetails } from '@/storage/report/details';
import { type DocumentWords, type ReportDocument, reportDocument } from '@/storage/report/document';
import type { DateRange } from '@/storage/time/range';
import type { CalendarDate, Campaign } from '@/storage/types';
import { agencyIndicatorBlocks } from './agency-indicator-blocks';
import { pledgeName } from './words';

/**
 * The level above's report: the office's document (report/document-words.ts), its
 * words about departments put in words about agencies. Only the keys below differ.
 */
const AGENCY_KEYS: Partial<Record<MessageKey, MessageKey>> = {
  'report.subject': 'agencyReport.subject',
  'report.participation': 'agencyReport.participation',
  'report.participationTable': 'agencyReport.participationTable',
  'heading.department': 'agencies.organisation',
  'report.chartDepartments': 'agencyReport.chartAgencies',
  'report.chartDays': 'agencyReport.chartDays',
  'report.chartDepartmentsAlt': 'agencyReport.chartAgenciesAlt',
  'report.chartDaysAlt': 'agencyReport.chartDaysAlt',
  'report.byDepartmentTable': 'agencyReport.byAgencyTable',
  'report.draft.led': 'agencyReport.draft.led',
  'report.draft.lagged': 'agencyReport.draft.lagged',
};

/** The page's words with the agencies' in place of the departments'. */
export const agencyI18n = (i18n: I18n): I18n => ({
  ...i18n,
  t: (key, params) => i18n.t(AGENCY_KEYS[key] ?? key, params),
});

function agencyDocumentWords(i18n: I18n, campaign: Campaign): DocumentWords {
  const words = documentWords(agencyI18n(i18n), campaign);
  const { t } = i18n;
  return {
    ...words,
    participationText: ({ office, departments, missing = [] }) =>
      t('agencyReport.participationText', {
        agencies: departments.length,
        missing: missing.length,
        headcount: office.headcount,
        submitted: office.submitted,
        tookPart: office.tookPart,
        rate: words.percent(office.rate),
        average: words.decimal(office.averageDays),
      }),
    notReported: {
      table: t('agencyReport.notReportedTable'),
      header: [t('report.order'), t('agencyReport.notReportedHeader')],
      none: t('agencyReport.allReported'),
    },
  };
}

/**
 * The agencies' figures over the range, the drafted assessment and the document. Part II is the
 * draft from the agencies' figures (the office's own assessment is about its departments); the
 * other details (number, place, recipients, signer, direction) are the office's one row.
 */
export function buildAgencyReport(
  i18n: I18n,
  campaign: Campaign,
  totals: readonly AgencyTotalsRow[],
  range: DateRange,
  details: ReportDetails,
  date: CalendarDate,
  /** The level above's own activities (any dates: those of the range go in). */
  activities: readonly ReportActivityLine[] = [],
): { content: ReportContent; draft: string; doc: ReportDocument } {
  const figures = agencyFigures(campaign, totals, range);
  const content = agencyReportContent(campaign, figures, range, {
    label: i18n.label,
    unknown: (id) => pledgeName(campaign, i18n, id),
    notListed: i18n.t('agencies.notListed'),
  });
  const draft = draftAssessment(agencyI18n(i18n), assessmentFacts(content));
  const doc = reportDocument(details, date, content, draft, agencyDocumentWords(i18n, campaign));
  return {
    content,
    draft,
    doc: withActivityBlocks(doc, (first) => agencyIndicatorBlocks(i18n, figures, first, activities, range)),
  };
}
