import { db, type EntryRow } from '@/storage/db/database';
import { keptUnder } from '@/storage/progress/day-status';
import { isInCampaign } from '@/storage/time/calendar';
import type { CalendarDate, Campaign } from '@/storage/types';

/**
 * Days of a personal challenge carried over to an office campaign that arrives while it runs
 *. Only when the person says so; the challenge keeps its own days either way, and a
 * pledge already recorded in the office campaign is never overwritten.
 */

export interface CarryOverPlan {
  /** Entries the office campaign can take: on its dates, pledges it has, not yet recorded there. */
  entries: EntryRow[];
  /** Dates those entries are on. */
  dates: CalendarDate[];
  /** Days of the challenge that stay in it only (outside the office campaign's dates or pledges). */
  left: number;
}

/** What carrying over would copy, from the entries of both campaigns. */
function planCarryOver(
  from: Campaign,
  fromEntries: readonly EntryRow[],
  to: Campaign,
  toEntries: readonly EntryRow[],
): CarryOverPlan {
  const pledges = new Set(to.pledges.map((p) => p.id));
  const recorded = new Set(keptUnder(to, toEntries).map((e) => `${e.date} ${e.pledgeId}`));
  const kept = keptUnder(from, fromEntries);
  const entries = kept.filter(
    (e) => isInCampaign(to, e.date) && pledges.has(e.pledgeId) && !recorded.has(`${e.date} ${e.pledgeId}`),
  );
  const dates = [...new Set(entries.map((e) => e.date))].sort();
  const left = new Set(kept.map((e) => e.date).filter((d) => !isInCampaign(to, d))).size;
  return { entries, dates, left };
}

/** The plan, read from the store. */
export async function readCarryOver(from: Campaign, to: Campaign): Promise<CarryOverPlan> {
  const [fromEntries, toEntries] = await Promise.all([
    db.entries.where('campaignId').equals(from.id).toArray(),
    db.entries.where('campaignId').equals(to.id).toArray(),
  ]);
  return planCarryOver(from, fromEntries, to, toEntries);
}

/**
 * Copies the plan's entries (and those days' notes, where the office campaign has none) in one
 * transaction, re-planned inside it so that nothing recorded meanwhile is overwritten. Returns
 * how many days were carried.
 */
export async function carryOver(from: Campaign, to: Campaign, at: string): Promise<number> {
  return db.transaction('rw', db.entries, db.notes, async () => {
    const plan = await readCarryOver(from, to);
    const notes = await db.notes.where('campaignId').equals(from.id).toArray();
    const kept = await db.notes.where('campaignId').equals(to.id).toArray();
    const hasNote = new Set(kept.filter((n) => n.note.trim()).map((n) => n.date));
    const dates = new Set(plan.dates);
    await db.entries.bulkPut(plan.entries.map((e) => ({ ...e, campaignId: to.id, updatedAt: at })));
    await db.notes.bulkPut(
      notes
        .filter((n) => dates.has(n.date) && n.note.trim() && !hasNote.has(n.date))
        .map((n) => ({ ...n, campaignId: to.id, updatedAt: at })),
    );
    return plan.dates.length;
  });
}
