import type { EntryRow } from '@/storage/db/database';
import { campaignLength, campaignPhase, dayNumber, isWorkingDay, type Phase } from '@/storage/time/calendar';
import type { CalendarDate, Campaign } from '@/storage/types';
import { daysTakenPart, streak } from './streak';

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

/**
 * The entries as the campaign now defines them. A newer file with the same id may move the
 * window, drop a pledge or make an action daily; days already recorded stay stored, but only
 * what the campaign still has is shown, counted and sent.
 */
export function keptUnder(campaign: Campaign, entries: readonly EntryRow[]): EntryRow[] {
  const pledges = new Map(campaign.pledges.map((p) => [p.id, p]));
  return entries.flatMap((e) => {
    const pledge = pledges.get(e.pledgeId);
    if (e.campaignId !== campaign.id || e.deleted || e.count <= 0 || !pledge) return [];
    if (e.date < campaign.start || e.date > campaign.end) return [];
    return [pledge.kind === 'daily' && e.count > 1 ? { ...e, count: 1 } : e];
  });
}

export function takenPartDates(entries: readonly EntryRow[]): Set<CalendarDate> {
  return new Set(entries.filter((e) => !e.deleted && e.count > 0).map((e) => e.date));
}

export function dayStatus(
  campaign: Campaign,
  allEntries: readonly EntryRow[],
  today: CalendarDate,
  date = today,
): DayStatus {
  const entries = keptUnder(campaign, allEntries);
  const kept = entries.filter((e) => e.date === date);
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
