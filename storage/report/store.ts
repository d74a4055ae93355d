import { db } from '@/storage/db/database';
import { checkOrganisation } from '@/storage/report-file/organisation';
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
  await db.transaction('rw', db.reportDetails, async () => {
    // The organisation typed for the report file is kept when the form is saved without it.
    const kept = await db.reportDetails.get(campaignId);
    const organisationId = details.organisationId ?? kept?.organisationId;
    const organisationName = details.organisationName ?? kept?.organisationName;
    await db.reportDetails.put({
      ...details,
      ...(organisationId === undefined ? {} : { organisationId }),
      ...(organisationName === undefined ? {} : { organisationName }),
      campaignId,
      updatedAt: at,
    });
  });
}

/**
 * Keeps the organisation typed for the report file with the report's details; the
 * details are `start` (the form's defaults) when none are kept yet. Refused when the id or name
 * breaks a rule (nothing written).
 */
export async function saveReportOrganisation(
  campaignId: string,
  organisation: { id: string; name: string },
  start: ReportDetails,
  at: string,
): Promise<void> {
  if (checkOrganisation(organisation.id, organisation.name)) throw new RangeError('organisation');
  await db.transaction('rw', db.reportDetails, async () => {
    const kept = await db.reportDetails.get(campaignId);
    await db.reportDetails.put({
      ...(kept ?? { ...start, campaignId }),
      organisationId: organisation.id,
      organisationName: organisation.name.trim(),
      updatedAt: at,
    });
  });
}
