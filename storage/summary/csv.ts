import { findDepartment } from '@/storage/campaign/departments';
import { toCsv } from '@/storage/files/csv';
import { type DayKind, dayKind } from '@/storage/progress/month-figures';
import { dayNumber } from '@/storage/time/calendar';
import type { Campaign, Label } from '@/storage/types';
import type { Summary } from './schema';

/** Column headings and words in the person's language; the page passes them in. */
export interface CsvWords {
  name: string;
  department: string;
  date: string;
  day: string;
  kind: string;
  note: string;
  kinds: Record<DayKind, string>;
  label: (label: Label) => string;
}

/** The summary's days as a spreadsheet: one row a day, one column a pledge (see `toCsv`). */
export function summaryCsv(summary: Summary, campaign: Campaign, words: CsvWords): string {
  const department = findDepartment(campaign, summary.participant.department);
  const departmentName = department ? words.label(department.name) : summary.participant.department;
  const fields = [
    words.name,
    words.department,
    words.date,
    words.day,
    words.kind,
    ...campaign.pledges.map((p) =>
      p.unit ? `${words.label(p.label)} (${words.label(p.unit)})` : words.label(p.label),
    ),
    words.note,
  ];
  const data = summary.days.map((d) => [
    summary.participant.name,
    departmentName,
    d.date,
    dayNumber(campaign, d.date),
    words.kinds[dayKind(campaign, d.date)],
    ...campaign.pledges.map((p) => d.pledges[p.id] ?? ''),
    d.note ?? '',
  ]);
  return toCsv(fields, data);
}
