import { ReadableRows } from '@/storage/backup/stored-rows';
import type { AgencyHeldRow, AgencyLogRow, AgencyReportRow } from '@/storage/db/database';
import { db } from '@/storage/db/database';

/** What the level above's part of the admin section reads: kept reports, held ones, the log. */
export interface AgenciesData {
  reports: AgencyReportRow[];
  held: AgencyHeldRow[];
  log: AgencyLogRow[];
  /** Some stored row could not be read (left out). */
  broken: boolean;
}

export async function readAgencies(campaignId: string): Promise<AgenciesData> {
  const rows = new ReadableRows();
  const [reports, held, log] = await Promise.all([
    db.agencyReports.where('campaignId').equals(campaignId).toArray(),
    db.agencyHeld.where('campaignId').equals(campaignId).toArray(),
    db.agencyLog.where('[campaignId+at]').between([campaignId, ''], [campaignId, '\uffff']).toArray(),
  ]);
  log.sort((a, b) => b.at.localeCompare(a.at) || (a.order ?? 0) - (b.order ?? 0));
  return {
    reports: rows.all('agencyReports', reports),
    held: rows.all('agencyHeld', held),
    log: rows.all('agencyLog', log),
    broken: rows.broken,
  };
}
