import { departmentBars, officeDaysLine } from '@/components/charts/report';
import type { I18n } from '@/components/i18n/format';
import { chartMeasures } from '@/components/i18n/measure-words';
import type { ReportContent } from '@/storage/report/content';
import type { ReportDocument } from '@/storage/report/document';
import type { PhotoAppendix } from '@/storage/report/photo-appendix';

/**
 * The Word file of a report with its two charts drawn as pictures: the office's and the level
 * above's (whose `i18n` names agencies, see agencies/agency-report.ts). Libraries load only now.
 */
export async function reportDocxFile(
  i18n: I18n,
  content: ReportContent,
  doc: ReportDocument,
  appendix?: PhotoAppendix,
): Promise<Blob> {
  const { t } = i18n;
  const [{ documentDocx }, { chartPicture }] = await Promise.all([
    import('@/storage/report/docx'),
    import('@/components/charts/picture'),
  ]);
  const charts = {
    departments: await chartPicture(
      departmentBars(content.departments, i18n),
      { width: 600, height: Math.max(160, 34 * content.departments.length + 40) },
      t('report.chartDepartmentsAlt', chartMeasures(t).departmentsInSentence),
    ),
    days: await chartPicture(
      officeDaysLine(content.days, i18n),
      { width: 600, height: 240 },
      t('report.chartDaysAlt', chartMeasures(t).daysInSentence),
    ),
  };
  return documentDocx(doc, charts, appendix);
}
