import { db } from '@/storage/db/database';
import { checkDetails, type ReportDetails } from './details';

/** The report's details as the office last kept them for a campaign; undefined before that. */
export async function readReportDetails(campaignId: string): Promise<ReportDetails | undefined> {
  const row = await db.reportDetails.get(campaignId);
  if (!row) return undefined;
  const { campaignId: _, updatedAt: __, ...details } = row;
  return details;
}

/** Keeps the details (all or nothing); refused, and nothing written, when a field is over its limit. */
export async function saveReportDetails(campaignId: string, details: ReportDetails, at: string): Promise<void> {
  if (checkDetails(details)) throw new RangeError('report details over a limit');
  await db.reportDetails.put({ ...details, campaignId, updatedAt: at });
}
