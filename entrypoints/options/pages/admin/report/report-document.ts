import type { I18n } from '@/components/i18n/format';
import type { AdminData } from '@/storage/admin/office';
import type { ActivityRow } from '@/storage/db/rows/activities';
import { assessmentFacts, type ReportContent, reportContent } from '@/storage/report/content';
import { defaultDetails, type ReportDetails } from '@/storage/report/details';
import { type ReportDocument, reportDocument } from '@/storage/report/document';
import type { DateRange } from '@/storage/time/range';
import type { CalendarDate, Campaign } from '@/storage/types';
import { withActivities } from './activity-report';
import { documentWords, draftAssessment } from './document-words';

/** The details a campaign's report starts from before the office keeps its own. */
export const startingDetails = (i18n: I18n, campaign: Campaign): ReportDetails =>
  defaultDetails(campaign, i18n.label, i18n.t('report.archive'));

/** The report's figures, its drafted assessment and the document the Word file and the print lay out. */
export function buildReport(
  i18n: I18n,
  campaign: Campaign,
  admin: AdminData,
  range: DateRange,
  details: ReportDetails,
  date: CalendarDate,
  activities: readonly ActivityRow[] = [],
): { content: ReportContent; draft: string; doc: ReportDocument } {
  const content = reportContent(campaign, admin, range, i18n.label);
  const draft = draftAssessment(i18n, assessmentFacts(content));
  const doc = reportDocument(details, date, content, details.assessment ?? draft, documentWords(i18n, campaign));
  return { content, draft, doc: withActivities(i18n, campaign, content, doc, activities) };
}
