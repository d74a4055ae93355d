import type { AgencyHeldRow, AgencyLogRow, AgencyTotalsRow } from '@/storage/db/database';
import { db } from '@/storage/db/database';
import { ReadableRows } from '@/storage/db/rows/schemas';

/**
 * What the level above's part of the admin section reads: the kept reports' totals (never the
 * reports themselves: 500 of them are 60 MB), held ones, the log.
 */
export interface AgenciesData {
  totals: AgencyTotalsRow[];
  held: AgencyHeldRow[];
  log: AgencyLogRow[];
  /** Some stored row could not be read (left out). */
  broken: boolean;
}

export async function readAgencies(campaignId: string): Promise<AgenciesData> {
  const rows = new ReadableRows();
  const [totals, held, log] = await Promise.all([
    db.agencyTotals.where('campaignId').equals(campaignId).toArray(),
    db.agencyHeld.where('campaignId').equals(campaignId).toArray(),
    db.agencyLog.where('[campaignId+at]').between([campaignId, ''], [campaignId, '\uffff']).toArray(),
  ]);
  log.sort((a, b) => b.at.localeCompare(a.at) || (a.order ?? 0) - (b.order ?? 0));
  return {
    totals: rows.all('agencyTotals', totals),
    held: rows.all('agencyHeld', held),
    log: rows.all('agencyLog', log),
    broken: rows.broken,
  };
}
