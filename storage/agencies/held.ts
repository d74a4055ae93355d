import { type AgencyLogRow, db } from '@/storage/db/database';
import type { OfficeReport } from '@/storage/report-file/types';
import { keyName } from '@/storage/summary/signature';
import { logOf, writeReportGroup } from './commit';
import {
  classifyReports,
  keptReports,
  pinnedOrganisationKeys,
  REPORT_KEY_CHANGED,
  type ReportVerdict,
  slotOf,
} from './import';

/**
 * Reports held back because they came with another key than the one pinned for their
 * organisation (a new computer at the agency … or someone else): the level above decides.
 */

/** Trusts the new key and merges the report, in one transaction with letting the held file go. */
export async function acceptAgencyKey(
  heldId: string,
  at: string,
  newId: () => string = () => crypto.randomUUID(),
): Promise<AgencyLogRow | undefined> {
  return db.transaction(
    'rw',
    [db.agencyPins, db.agencyHeld, db.agencyReports, db.agencyTotals, db.agencyLog],
    async () => {
      const held = await db.agencyHeld.get(heldId);
      if (!held) return undefined;
      const report = held.report as OfficeReport;
      const publicKey = report.signature!.publicKey as JsonWebKey;
      await db.agencyPins.put({
        organisationId: held.organisationId,
        key: keyName(publicKey),
        publicKey,
        pinnedAt: at,
      });
      await db.agencyHeld.delete(heldId);
      const [verdict] = classifyReports(
        [{ fileName: held.fileName, read: { ok: true, report, signed: true } }],
        await keptReports(held.campaignId, new Set([slotOf(report)])),
        await pinnedOrganisationKeys([held.organisationId]),
      );
      const [line] = await writeReportGroup([{ verdict: verdict!, order: 0 }], held.campaignId, at, newId);
      return line;
    },
  );
}

/** Refuses the held report: nothing of it is kept, and the log says why. */
export async function refuseHeldReport(
  heldId: string,
  at: string,
  newId: () => string = () => crypto.randomUUID(),
): Promise<void> {
  await db.transaction('rw', db.agencyHeld, db.agencyLog, async () => {
    const held = await db.agencyHeld.get(heldId);
    if (!held) return;
    const report = held.report as OfficeReport;
    const verdict: ReportVerdict = {
      fileName: held.fileName,
      outcome: 'refused',
      report,
      signed: true,
      reason: REPORT_KEY_CHANGED,
    };
    await db.agencyLog.add(logOf(verdict, held.campaignId, at, newId(), 0));
    await db.agencyHeld.delete(heldId);
  });
}
