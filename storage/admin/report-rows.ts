import type { RuleCode } from '@/storage/files/file-issues';
import type { Campaign, Label } from '@/storage/types';
import { type DateRange, departmentFigures, notSubmitted, ranking } from './figures';
import type { AdminData } from './office';

/**
 * The report's tables as rows of cells, shared by the workbook, the CSV files and the print
 * page so that all three always say the same. Words come from the page, in its language.
 */

export type Cell = string | number | null;
export interface Table {
  id: 'departments' | 'days' | 'people' | 'not-submitted' | 'merge-log';
  title: string;
  header: string[];
  rows: Cell[][];
}

export interface ReportWords {
  label: (label: Label) => string;
  date: (date: string) => string;
  titles: Record<Table['id'], string>;
  department: string;
  headcount: string;
  submitted: string;
  tookPart: string;
  averageDays: string;
  rank: string;
  date_: string;
  participants: string;
  rate: string;
  name: string;
  revision: string;
  exportedAt: string;
  daysTaken: string;
  signed: string;
  /** Column of summaries kept without a signature. */
  unsigned: string;
  yes: string;
  no: string;
  file: string;
  outcome: string;
  reason: string;
  time: string;
  outcomes: Record<string, string>;
  rule: (code: RuleCode) => string;
}

const round = (n: number | null, digits = 2) => (n === null ? null : Math.round(n * 10 ** digits) / 10 ** digits);

export function reportTables(campaign: Campaign, admin: AdminData, range: DateRange, w: ReportWords): Table[] {
  const figures = departmentFigures(campaign, admin.submissions, admin.headcounts, admin.roster, range);
  const order = ranking(figures);
  const deptName = (id: string) => {
    const d = campaign.departments.find((x) => x.id === id);
    return d ? w.label(d.name) : id;
  };
  const pledgeHeads = campaign.pledges.map((p) =>
    p.unit ? `${w.label(p.label)} (${w.label(p.unit)})` : w.label(p.label),
  );
  const inRange = (date: string) => date >= range.from && date <= range.to;

  const departments: Table = {
    id: 'departments',
    title: w.titles.departments,
    header: [w.rank, w.department, w.headcount, w.submitted, w.tookPart, w.averageDays, w.unsigned, ...pledgeHeads],
    rows: order.map((f, i) => [
      i + 1,
      deptName(f.id),
      f.denominator,
      f.submitted,
      f.tookPart,
      round(f.averageDays),
      f.unsigned,
      ...campaign.pledges.map((p) => f.pledgeTotals[p.id] ?? 0),
    ]),
  };
  const days: Table = {
    id: 'days',
    title: w.titles.days,
    header: [w.date_, w.department, w.participants, w.headcount, w.rate, ...pledgeHeads],
    rows: figures.flatMap((f) =>
      f.days.map((d) => [
        d.date,
        deptName(f.id),
        d.participants,
        f.denominator,
        round(d.rate, 4),
        ...campaign.pledges.map((p) => d.pledges[p.id] ?? 0),
      ]),
    ),
  };
  const people: Table = {
    id: 'people',
    title: w.titles.people,
    header: [w.name, w.department, w.revision, w.exportedAt, w.signed, w.daysTaken, ...pledgeHeads],
    rows: [...admin.submissions]
      .sort((a, b) => a.department.localeCompare(b.department) || a.name.localeCompare(b.name, 'vi'))
      .map((s) => {
        const days = s.days.filter((d) => inRange(d.date) && Object.keys(d.pledges).length > 0);
        return [
          s.name,
          deptName(s.department),
          s.revision,
          s.exportedAt,
          s.signed ? w.yes : w.no,
          days.length,
          ...campaign.pledges.map((p) => days.reduce((sum, d) => sum + (d.pledges[p.id] ?? 0), 0)),
        ];
      }),
  };
  const missing: Table = {
    id: 'not-submitted',
    title: w.titles['not-submitted'],
    header: [w.name, w.department],
    rows: notSubmitted(admin.roster, admin.submissions).map((r) => [r.name, deptName(r.department)]),
  };
  const log: Table = {
    id: 'merge-log',
    title: w.titles['merge-log'],
    header: [w.time, w.file, w.name, w.department, w.revision, w.signed, w.outcome, w.reason],
    rows: admin.mergeLog.map((l) => [
      l.at,
      l.fileName,
      l.name ?? '',
      l.department ? deptName(l.department) : '',
      l.revision ?? null,
      l.signed === undefined ? '' : l.signed ? w.yes : w.no,
      w.outcomes[l.outcome] ?? l.outcome,
      l.reason ? `${w.rule(l.reason.rule)}${l.reason.path ? ` (${l.reason.path})` : ''}` : '',
    ]),
  };
  return [departments, days, people, missing, log];
}
