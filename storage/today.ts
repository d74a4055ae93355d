import { campaignLength, campaignPhase, dayNumber, isWorkingDay, type Phase } from './calendar';
import type { EntryRow } from './db';
import { daysTakenPart, streak } from './progress';
import type { CalendarDate, Campaign } from './types';

/** What the popup and the badge show about one day, derived from the kept entries. */
export interface DayStatus {
  phase: Phase;
  date: CalendarDate;
  dayNumber: number;
  length: number;
  working: boolean;
  /** Count per pledge id recorded on `date` (kept pledges only). */
  counts: Record<string, number>;
  /** How many different pledges were kept on `date`. */
  kept: number;
  late: boolean;
  streak: number;
  daysTakenPart: number;
}

export function takenPartDates(entries: readonly EntryRow[]): Set<CalendarDate> {
  return new Set(entries.filter((e) => !e.deleted && e.count > 0).map((e) => e.date));
}

export function dayStatus(campaign: Campaign, entries: readonly EntryRow[], today: CalendarDate, date = today): DayStatus {
  const kept = entries.filter((e) => e.date === date && !e.deleted && e.count > 0);
  const taken = takenPartDates(entries);
  return {
    phase: campaignPhase(campaign, today),
    date,
    dayNumber: dayNumber(campaign, date),
    length: campaignLength(campaign),
    working: isWorkingDay(campaign, date),
    counts: Object.fromEntries(kept.map((e) => [e.pledgeId, e.count])),
    kept: kept.length,
    late: kept.some((e) => e.late),
    streak: streak(campaign, taken, today),
    daysTakenPart: daysTakenPart(campaign, taken, today),
  };
}

