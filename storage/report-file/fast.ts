import * as v from 'valibot';
import { type FileIssue, firstIssue, type RuleCode } from '@/storage/files/file-issues';
import { MAX_REPORT_FIGURE } from '@/storage/files/limits';
import { ID } from '@/storage/files/schema-parts';
import { isCalendarDate } from '@/storage/time/calendar';
import { unitHeadSchema } from './schema';
import type { ReportDay, ReportUnit } from './types';

/**
 * The units of an office report (docs/formats.md §4) read in one pass (500 reports of
 * 40 departments × 30 days were too slow through the whole schema). Each unit's own fields go
 * through `unitHeadSchema`; its days, the bulk of a file, are checked here by hand against the
 * same rules, with the same codes and paths, in the same order as `reportSchema` (a test holds
 * the two together). The rules between fields (`./check.ts`) are looked at in the same pass: the
 * first one broken is kept, told only if the file's shape is right to its end.
 */

/** The dates a unit's days may have: the report's period, and not after the day it was made. */
export interface DayBounds {
  start: string;
  end: string;
  lastDay: string;
  /** Dates of this file found to be calendar dates: a file has a few dozen, each on every unit. */
  calendarDates: Set<string>;
}

export type UnitsRead = { ok: true; units: ReportUnit[]; broken: FileIssue | null } | { ok: false; issue: FileIssue };

const ABORT = { abortEarly: true } as const;
const shape = (path: string, rule: RuleCode) => ({ ok: false, issue: { path, rule } }) as const;
const isFigure = (x: unknown): x is number =>
  typeof x === 'number' && Number.isInteger(x) && x >= 0 && x <= MAX_REPORT_FIGURE;
const SKIPPED = new Set(['__proto__', 'prototype', 'constructor']);
const hasOwn = (o: object, key: string) => Object.hasOwn(o, key);

export function readUnits(input: unknown, bounds: DayBounds): UnitsRead {
  if (!Array.isArray(input)) return shape('units', 'type-array');
  const units: ReportUnit[] = new Array(input.length);
  const ids = new Set<string>();
  let broken: FileIssue | null = null;
  for (let i = 0; i < input.length; i++) {
    const at = `units[${i}]`;
    const raw: unknown = input[i];
    const head = v.safeParse(unitHeadSchema, raw, ABORT);
    if (!head.success) {
      const issue = firstIssue(head.issues);
      const required = issue.path === '' && head.issues[0]?.received === 'undefined';
      return shape(issue.path ? `${at}.${issue.path}` : at, required ? 'required' : issue.rule);
    }
    const unit = head.output as ReportUnit;
    if (!('days' in (raw as object))) return shape(`${at}.days`, 'required');
    if (broken === null) {
      if (ids.has(unit.id)) broken = { path: `${at}.id`, rule: 'duplicate-id' };
      else if (unit.tookPart > unit.submitted) broken = { path: `${at}.tookPart`, rule: 'took-part-over' };
      ids.add(unit.id);
    }
    const days = readDays((raw as { days: unknown }).days, at, unit.tookPart, bounds, broken === null);
    if (!days.ok) return days;
    broken ??= days.broken;
    unit.days = days.days;
    units[i] = unit;
  }
  return { ok: true, units, broken };
}

type DaysRead = { ok: true; days: ReportDay[]; broken: FileIssue | null } | { ok: false; issue: FileIssue };

function readDays(input: unknown, at: string, tookPart: number, bounds: DayBounds, checking: boolean): DaysRead {
  if (!Array.isArray(input)) return shape(`${at}.days`, 'type-array');
  const days: ReportDay[] = new Array(input.length);
  const dates = new Set<string>();
  const { calendarDates } = bounds;
  let broken: FileIssue | null = null;
  for (let j = 0; j < input.length; j++) {
    const day: unknown = input[j];
    if (!day || typeof day !== 'object') return shape(`${at}.days[${j}]`, 'type-object');
    const d = day as Record<string, unknown>;
    if (!('date' in d)) return shape(`${at}.days[${j}].date`, 'required');
    const date = d.date;
    if (typeof date !== 'string') return shape(`${at}.days[${j}].date`, 'type-date');
    if (!calendarDates.has(date)) {
      if (!isCalendarDate(date)) return shape(`${at}.days[${j}].date`, 'date');
      calendarDates.add(date);
    }
    if (!('participants' in d)) return shape(`${at}.days[${j}].participants`, 'required');
    const participants = d.participants;
    if (!isFigure(participants)) return shape(`${at}.days[${j}].participants`, 'report-figure');
    if (!('pledges' in d)) return shape(`${at}.days[${j}].pledges`, 'required');
    const pledges = d.pledges;
    if (!pledges || typeof pledges !== 'object') return shape(`${at}.days[${j}].pledges`, 'type-object');
    const totals = pledges as Record<string, unknown>;
    for (const id in totals) {
      if (!hasOwn(totals, id) || SKIPPED.has(id)) continue;
      if (!ID.test(id)) return shape(`${at}.days[${j}].pledges.${id}`, 'pledge-id');
      if (!isFigure(totals[id])) return shape(`${at}.days[${j}].pledges.${id}`, 'report-figure');
    }
    if (checking) {
      broken = dayRule(date, participants, dates, tookPart, bounds);
      if (broken) {
        broken = { path: `${at}.days[${j}].${broken.path}`, rule: broken.rule };
        checking = false;
      }
      dates.add(date);
    }
    // The parsed day itself when it holds only the format's fields (most files): no copy made.
    days[j] =
      Array.isArray(pledges) || Object.keys(d).length !== 3
        ? { date, participants, pledges: copy(totals) }
        : (d as unknown as ReportDay);
  }
  return { ok: true, days, broken };
}

/** The first rule between a day's fields it breaks (as `checkReport`), its path within the day. */
function dayRule(date: string, participants: number, dates: Set<string>, tookPart: number, b: DayBounds) {
  if (dates.has(date)) return { path: 'date', rule: 'date-duplicate' } as const;
  if (date < b.start || date > b.end) return { path: 'date', rule: 'date-outside-period' } as const;
  if (date > b.lastDay) return { path: 'date', rule: 'date-after-export' } as const;
  if (participants > tookPart) return { path: 'participants', rule: 'participants-over' } as const;
  return null;
}

/** A day's pledges as the schema keeps them: own keys only, in a plain object. */
function copy(totals: Record<string, unknown>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const id in totals) if (hasOwn(totals, id) && !SKIPPED.has(id)) out[id] = totals[id] as number;
  return out;
}
