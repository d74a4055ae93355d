import type { I18n } from '@/components/i18n/format';
import { ruleText } from '@/components/i18n/format';
import type { ReportWords } from '@/storage/admin/report-rows';

/** The report's words in the page's language, for the workbook, the CSV files and the print. */
export function reportWords({ t, label, date }: I18n): ReportWords {
  return {
    label,
    date,
    titles: {
      departments: t('admin.tableDepartments'),
      pledges: t('report.tablePledges'),
      impacts: t('report.tableImpacts'),
      days: t('admin.tableDays'),
      people: t('admin.tablePeople'),
      'not-submitted': t('admin.tableMissing'),
      'merge-log': t('admin.tableLog'),
    },
    department: t('heading.department'),
    headcount: t('admin.headcount'),
    submitted: t('admin.submitted'),
    tookPart: t('measure.tookPart'),
    averageDays: t('measure.daysPerPerson'),
    rank: t('admin.rank'),
    date_: t('heading.date'),
    participants: t('admin.participants'),
    rate: t('measure.tookPartRate'),
    dayRate: t('measure.dayShare'),
    name: t('heading.name'),
    revision: t('summary.revision'),
    exportedAt: t('admin.exportedAt'),
    daysTaken: t('measure.days'),
    signed: t('admin.signed'),
    unsigned: t('admin.unsignedCount'),
    yes: t('admin.yes'),
    no: t('admin.no'),
    file: t('admin.file'),
    outcome: t('admin.outcome'),
    reason: t('admin.reason'),
    time: t('admin.time'),
    outcomes: {
      new: t('admin.outcome.new'),
      updated: t('admin.outcome.updated'),
      duplicate: t('admin.outcome.duplicate'),
      older: t('admin.outcome.older'),
      refused: t('admin.outcome.refused'),
      held: t('admin.outcome.held'),
    },
    rule: (code) => ruleText(t, code),
    total: t('report.total'),
    pledge: t('report.pledge'),
    unit: t('report.unit'),
    result: t('report.result'),
    estimate: t('report.estimate'),
    estimateUnit: t('report.estimateUnit'),
    source: t('report.source'),
  };
}
