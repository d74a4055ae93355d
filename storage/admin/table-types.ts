import type { RuleCode } from '@/storage/files/file-issues';
import type { Label } from '@/storage/types';

/**
 * The report's tables as rows of cells (`report-rows.ts`, `activity-rows.ts`), shared by the
 * workbook, the CSV files and the print page so that all three always say the same; the level
 * above's sheets (`storage/agencies/tables.ts`) use the same cells. Words come from the page.
 */

export type Cell = string | number | null;
/**
 * What a column holds, so that the workbook writes real values: `date` a `YYYY-MM-DD` written
 * as a date, `percent` a fraction shown as a percentage, `count` and `decimal` numbers, and
 * `quantity` an amount whole in most rows and not in some (2 turn-outs, 120.5 kg), never 2.00.
 */
export type ColumnKind = 'text' | 'count' | 'decimal' | 'quantity' | 'percent' | 'date';
export type TableId =
  | 'departments'
  | 'pledges'
  | 'impacts'
  | 'activities'
  | 'indicators'
  | 'days'
  | 'people'
  | 'not-submitted'
  | 'merge-log';
export interface Table {
  id: TableId;
  title: string;
  header: string[];
  kinds: ColumnKind[];
  rows: Cell[][];
  /** The table's totals row, for the workbook (CSV files keep the rows alone). */
  totals?: Cell[];
}
/** The tables by name, in the order the workbook shows them. */
export type ReportTables = Record<TableId, Table>;
export const TABLE_ORDER: TableId[] = [
  'departments',
  'pledges',
  'impacts',
  'activities',
  'indicators',
  'days',
  'people',
  'not-submitted',
  'merge-log',
];

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
  /** Who took part at least once, over the headcount (the departments sheet). */
  rate: string;
  /** Who took part on one day, over the headcount (the days sheet). */
  dayRate: string;
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
  total: string;
  pledge: string;
  unit: string;
  result: string;
  estimate: string;
  estimateUnit: string;
  source: string;
  /** The activities' and indicators' sheets (`activity-rows.ts`). */
  activityKind: (kind: string) => string;
  indicator: (code: string) => string;
  indicatorUnit: (code: string) => string;
  activityKindColumn: string;
  activity: string;
  place: string;
  departments: string;
  link: string;
  code: string;
  indicatorColumn: string;
  fromActivities: string;
  fromPledges: string;
  activityParticipants: string;
  indicatorTotal: string;
}
