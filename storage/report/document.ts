import type { CalendarDate } from '@/storage/types';
import type { ReportContent } from './content';
import type { ReportDetails } from './details';

/**
 * The office's documents (its report, its plan) as plain documents: what the Word file and the
 * print page both lay out, so that the two always say the same. Numbers arrive formatted, in the
 * page's language; the layout is Decree 30/2020/NĐ-CP, Appendix I (see docx.ts and the print page).
 */

export type ChartId = 'departments' | 'days';

export type Block =
  | { kind: 'heading'; level: 1 | 2; text: string }
  | { kind: 'paragraph'; text: string; note?: boolean }
  | {
      kind: 'table';
      id: string;
      caption: string;
      header: string[];
      rows: string[][];
      /** The last row sums the others: drawn bold. */
      totals: boolean;
      /** Columns of numbers: aligned right. */
      numeric: boolean[];
      /** Share of the width of each column, in percent. */
      widths: number[];
    }
  | { kind: 'chart'; chart: ChartId; caption: string };

/** A document in the decree's layout: the two-column header, the title, the body, `Nơi nhận` and the signer. */
export interface OfficialDocument {
  bodyAbove: string;
  issuingBody: string;
  /** `Số: 15/BC-VP`, `Số: ……/KH-VP` */
  number: string;
  nation: string;
  motto: string;
  /** `Thái Nguyên, ngày 30 tháng 6 năm 2027` */
  dateLine: string;
  /** The kind of document: `BÁO CÁO`, `KẾ HOẠCH`. */
  title: string;
  subject: string;
  /** The line under the subject (a report's period); none on a plan. */
  period?: string;
  blocks: Block[];
  recipientsTitle: string;
  recipients: string[];
  authority: string;
  position: string;
  signer: string;
}

/** A report always names the period its figures cover. */
export type ReportDocument = OfficialDocument & { period: string };

/** The words of the document in one language, numbers and dates formatted by the page. */
export interface DocumentWords {
  nation: string;
  motto: string;
  number: (number: string) => string;
  dateLine: (place: string, date: CalendarDate) => string;
  title: string;
  subject: string;
  period: (from: CalendarDate, to: CalendarDate) => string;
  results: string;
  participation: string;
  participationText: (content: ReportContent) => string;
  participationTable: string;
  participationHeader: string[];
  /** How Table 1's measures are worked out, under it: its two percentages are told apart by name. */
  participationNote: string;
  /** For a level above's report (content with `missing`): who has not reported, under part 1. */
  notReported?: { table: string; header: string[]; none: string };
  chartDepartments: string;
  chartDays: string;
  pledgesTitle: string;
  pledgesTable: string;
  pledgesHeader: string[];
  byDepartmentTable: string;
  /** The first heading of the table of pledges per department; its columns are the pledges' numbers. */
  byDepartmentHeader: string;
  byDepartmentNote: string;
  daysKept: string;
  impactsTitle: string;
  impactsTable: string;
  impactsHeader: string[];
  assessment: string;
  direction: string;
  total: string;
  recipientsTitle: string;
  count: (n: number) => string;
  decimal: (n: number | null) => string;
  percent: (n: number | null) => string;
}

/** Paragraphs of an officer's text: one a line, blank lines dropped. */
export const paragraphs = (text: string): Block[] =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => ({ kind: 'paragraph', text: line }));

/** A level above's agencies that have not reported: a table of them, or a line saying none. */
function notReportedBlocks({ missing }: ReportContent, w: DocumentWords): Block[] {
  if (!missing || !w.notReported) return [];
  const words = w.notReported;
  if (missing.length === 0) return [{ kind: 'paragraph', text: words.none }];
  return [
    {
      kind: 'table',
      id: 'not-reported',
      caption: words.table,
      header: words.header,
      rows: missing.map((a, i) => [String(i + 1), a.name]),
      totals: false,
      numeric: [false, false],
      widths: [10, 90],
    },
  ];
}

export function reportDocument(
  details: ReportDetails,
  date: CalendarDate,
  content: ReportContent,
  assessment: string,
  w: DocumentWords,
): ReportDocument {
  const { office, departments, pledges } = content;
  const participationRow = (p: typeof office, i: number | '') => [
    i === '' ? '' : String(i),
    i === '' ? w.total : p.name,
    w.count(p.headcount),
    w.count(p.submitted),
    w.count(p.tookPart),
    w.percent(p.rate),
    w.decimal(p.averageDays),
  ];
  const impacts = pledges.filter((p) => p.impact);
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: w.results },
    { kind: 'heading', level: 2, text: w.participation },
    { kind: 'paragraph', text: w.participationText(content) },
    {
      kind: 'table',
      id: 'participation',
      caption: w.participationTable,
      header: w.participationHeader,
      rows: [...departments.map((d, i) => participationRow(d, i + 1)), participationRow(office, '')],
      totals: true,
      numeric: [false, false, true, true, true, true, true],
      widths: [6, 32, 10, 10, 12, 12, 18],
    },
    { kind: 'paragraph', text: w.participationNote, note: true },
    ...notReportedBlocks(content, w),
    { kind: 'chart', chart: 'departments', caption: w.chartDepartments },
    { kind: 'chart', chart: 'days', caption: w.chartDays },
    { kind: 'heading', level: 2, text: w.pledgesTitle },
    {
      kind: 'table',
      id: 'pledges',
      caption: w.pledgesTable,
      header: w.pledgesHeader,
      rows: pledges.map((p, i) => [String(i + 1), p.label, p.unit || w.daysKept, w.count(p.total)]),
      totals: false,
      numeric: [false, false, false, true],
      widths: [7, 63, 18, 12],
    },
    { kind: 'paragraph', text: w.byDepartmentNote, note: true },
    {
      kind: 'table',
      id: 'pledges-by-department',
      caption: w.byDepartmentTable,
      header: [w.byDepartmentHeader, ...pledges.map((_, i) => `(${i + 1})`)],
      rows: [
        ...departments.map((d) => [
          d.name,
          ...pledges.map((p) => w.count(p.byDepartment.find((x) => x.id === d.id)!.total)),
        ]),
        [w.total, ...pledges.map((p) => w.count(p.total))],
      ],
      totals: true,
      numeric: [false, ...pledges.map(() => true)],
      widths: [32, ...pledges.map(() => 68 / Math.max(1, pledges.length))],
    },
  ];
  if (impacts.length) {
    blocks.push(
      { kind: 'heading', level: 2, text: w.impactsTitle },
      {
        kind: 'table',
        id: 'impacts',
        caption: w.impactsTable,
        header: w.impactsHeader,
        // Each department's estimate, then the office's.
        rows: impacts.flatMap((p) => {
          const perUnit = p.impact!.perUnit;
          const line = (what: string, units: number) => [
            what,
            `${w.count(units)} ${p.unit}`.trim(),
            `${w.decimal(units * perUnit)} ${p.impact!.unit}`,
            p.impact!.source,
          ];
          return [...p.byDepartment.map((d) => line(`${p.label}: ${d.name}`, d.total)), line(p.label, p.total)];
        }),
        totals: false,
        numeric: [false, true, true, false],
        widths: [30, 18, 22, 30],
      },
    );
  }
  blocks.push(
    { kind: 'heading', level: 1, text: w.assessment },
    ...paragraphs(assessment),
    { kind: 'heading', level: 1, text: w.direction },
    ...paragraphs(details.direction),
  );
  return {
    bodyAbove: details.bodyAbove,
    issuingBody: details.issuingBody,
    number: w.number(details.number),
    nation: w.nation,
    motto: w.motto,
    dateLine: w.dateLine(details.place, date),
    title: w.title,
    subject: w.subject,
    period: w.period(content.range.from, content.range.to),
    blocks,
    recipientsTitle: w.recipientsTitle,
    recipients: details.recipients,
    authority: details.authority,
    position: details.position,
    signer: details.signer,
  };
}
