import { formatNumber, type I18n } from '@/components/i18n/format';
import { chartMeasures } from '@/components/i18n/measure-words';
import type { AssessmentFacts } from '@/storage/report/content';
import type { DocumentWords } from '@/storage/report/document';
import type { CalendarDate, Campaign } from '@/storage/types';

/** A share as people read it: 33,3 %. */
const percentText = (lang: I18n['lang'], n: number | null) =>
  n === null
    ? '–'
    : new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { style: 'percent', maximumFractionDigits: 1 }).format(
        n,
      );
const decimalText = (lang: I18n['lang'], n: number | null) =>
  n === null ? '–' : formatNumber(lang, Math.round(n * 100) / 100);

/**
 * Day and month of a Vietnamese date line: Decree 30/2020 writes a day below 10 and the months
 * 1 and 2 with a leading zero ("ngày 05 tháng 01 năm 2027").
 */
export function dateParts(date: CalendarDate, decree: boolean) {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const pad = (n: number, when: boolean) => (decree && when ? String(n).padStart(2, '0') : String(n));
  return { day: pad(d, d < 10), month: pad(m, m < 3), year: String(y) };
}

export function dateLine({ t, lang }: I18n, place: string, date: CalendarDate): string {
  const parts = dateParts(date, lang === 'vi');
  return place.trim() ? t('report.dateLine', { place: place.trim(), ...parts }) : t('report.dateLineNoPlace', parts);
}

/** The words of the Word document and its print, in the page's language. */
export function documentWords(i18n: I18n, campaign: Campaign): DocumentWords {
  const { t, lang, date } = i18n;
  const count = (n: number) => formatNumber(lang, n);
  const percent = (n: number | null) => percentText(lang, n);
  const decimal = (n: number | null) => decimalText(lang, n);
  return {
    nation: t('report.nation'),
    motto: t('report.motto'),
    number: (number) => t('report.number', { number: number.trim() || '……' }),
    dateLine: (place, day) => dateLine(i18n, place, day),
    title: t('report.title'),
    subject: t('report.subject', { campaign: i18n.label(campaign.name) }),
    period: (from, to) => t('report.period', { from: date(from), to: date(to) }),
    results: t('report.results'),
    participation: t('report.participation'),
    participationText: ({ office }) =>
      t('report.participationText', {
        headcount: office.headcount,
        submitted: office.submitted,
        tookPart: office.tookPart,
        rate: percent(office.rate),
        average: decimal(office.averageDays),
      }),
    participationTable: t('report.participationTable'),
    participationHeader: [
      t('report.order'),
      t('heading.department'),
      t('admin.headcount'),
      t('admin.submitted'),
      t('measure.tookPart'),
      t('measure.tookPartRate'),
      t('measure.daysPerPerson'),
    ],
    participationNote: [
      `${t('measure.tookPartRate')}: ${t('measure.tookPart.about')}`,
      `${t('measure.daysPerPerson')}: ${t('measure.daysPerPerson.about')}`,
    ].join(' '),
    chartDepartments: t('report.chartDepartments', chartMeasures(t).departments),
    chartDays: t('report.chartDays', chartMeasures(t).days),
    pledgesTitle: t('report.pledgesTitle'),
    pledgesTable: t('report.pledgesTable'),
    pledgesHeader: [t('report.order'), t('report.pledge'), t('report.unit'), t('report.result')],
    byDepartmentTable: t('report.byDepartmentTable'),
    byDepartmentHeader: t('heading.department'),
    byDepartmentNote: t('report.byDepartmentNote'),
    daysKept: t('report.daysKept'),
    impactsTitle: t('report.impactsTitle'),
    impactsTable: t('report.impactsTable'),
    impactsHeader: [t('report.pledge'), t('report.result'), t('report.estimate'), t('report.source')],
    assessment: t('report.assessment'),
    direction: t('report.direction'),
    total: t('report.total'),
    recipientsTitle: t('report.recipients'),
    count,
    decimal,
    percent,
  };
}

/** Part II drafted from the figures, for the officer to edit: one sentence a line. */
export function draftAssessment({ t, lang, date }: I18n, facts: AssessmentFacts): string {
  const { office, led, lagged, weakestDays } = facts;
  if (office.headcount === 0 || office.submitted === 0) return t('report.draft.empty');
  // Departments are ranked by days taken part per person, as on the admin page: that is what is quoted.
  const names = (list: typeof led) =>
    list
      .map((d) => `${d.name} (${t('admin.averagePerPerson', { days: decimalText(lang, d.averageDays) })})`)
      .join('; ');
  return [
    t('report.draft.overall', {
      tookPart: office.tookPart,
      headcount: office.headcount,
      rate: percentText(lang, office.rate),
      average: decimalText(lang, office.averageDays),
    }),
    led.length ? t('report.draft.led', { names: names(led) }) : '',
    lagged.length ? t('report.draft.lagged', { names: names(lagged) }) : '',
    weakestDays.length
      ? t('report.draft.weakDays', {
          days: weakestDays.map((d) => `${date(d.date)} (${percentText(lang, d.rate)})`).join('; '),
        })
      : '',
  ]
    .filter(Boolean)
    .join('\n');
}
