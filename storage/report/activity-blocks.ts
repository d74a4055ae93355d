import { INDICATOR_CODES } from '@/storage/indicators/codes';
import { type IndicatorParts, orderedCodes } from '@/storage/indicators/sums';
import type { CalendarDate } from '@/storage/types';
import type { Block, ReportDocument } from './document';

/**
 * What the office organised, in its report (Word and print): a table of its activities (date,
 * activity, participants, results) and the totals by indicator in two parts, from activities and
 * from pledges, so that the reader sees nothing counted twice. Added to part I of a report
 * already laid out, after its own sections and numbered after them.
 */

export interface ReportActivityLine {
  date: CalendarDate;
  kind: string;
  title: string;
  participants?: number;
  results: Record<string, number>;
}

export interface ActivityWords {
  activitiesTitle: (n: number) => string;
  activitiesTable: string;
  /** No., date, activity, participants, results. */
  activitiesHeader: string[];
  none: string;
  indicatorsTitle: (n: number) => string;
  indicatorsTable: string;
  /** Indicator, unit, from activities, from pledges, total. */
  indicatorsHeader: string[];
  date: (date: CalendarDate) => string;
  kind: (kind: string) => string;
  results: (results: Record<string, number>) => string;
  name: (code: string) => string;
  unit: (code: string) => string;
  count: (n: number) => string;
  number: (n: number) => string;
}

/** The heading and table of the activities (or a line saying there were none), numbered `n`. */
export function activityTableBlocks(activities: readonly ReportActivityLine[], n: number, w: ActivityWords): Block[] {
  const sorted = [...activities].sort((a, b) => a.date.localeCompare(b.date) || a.title.localeCompare(b.title));
  const heading: Block = { kind: 'heading', level: 2, text: w.activitiesTitle(n) };
  if (sorted.length === 0) return [heading, { kind: 'paragraph', text: w.none }];
  return [
    heading,
    {
      kind: 'table',
      id: 'activities',
      caption: w.activitiesTable,
      header: w.activitiesHeader,
      rows: sorted.map((a, i) => [
        String(i + 1),
        w.date(a.date),
        `${a.title} (${w.kind(a.kind)})`,
        a.participants === undefined ? '' : w.count(a.participants),
        w.results(a.results),
      ]),
      totals: false,
      numeric: [false, false, false, true, false],
      widths: [6, 14, 36, 12, 32],
    },
  ];
}

export function activityBlocks(
  activities: readonly ReportActivityLine[],
  parts: IndicatorParts,
  first: number,
  w: ActivityWords,
): Block[] {
  const blocks = activityTableBlocks(activities, first, w);
  const codes = orderedCodes(parts.total, INDICATOR_CODES);
  if (codes.length === 0) return blocks;
  const value = (n: number | undefined) => (n === undefined ? '' : w.number(n));
  blocks.push(
    { kind: 'heading', level: 2, text: w.indicatorsTitle(first + 1) },
    {
      kind: 'table',
      id: 'indicators',
      caption: w.indicatorsTable,
      header: w.indicatorsHeader,
      rows: codes.map((code) => [
        w.name(code),
        w.unit(code),
        value(parts.activities[code]),
        value(parts.pledges[code]),
        value(parts.total[code]),
      ]),
      totals: false,
      numeric: [false, false, true, true, true],
      widths: [40, 15, 15, 15, 15],
    },
  );
  return blocks;
}

/**
 * The document with these blocks at the end of part I: before the second top heading (the
 * assessment), numbered after the sections part I already has.
 */
export function withActivityBlocks(doc: ReportDocument, make: (first: number) => Block[]): ReportDocument {
  const tops = doc.blocks.flatMap((b, i) => (b.kind === 'heading' && b.level === 1 ? [i] : []));
  const at = tops[1] ?? doc.blocks.length;
  const sections = doc.blocks.slice(0, at).filter((b) => b.kind === 'heading' && b.level === 2).length;
  return { ...doc, blocks: [...doc.blocks.slice(0, at), ...make(sections + 1), ...doc.blocks.slice(at)] };
}
