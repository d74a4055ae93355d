import canonicalize from 'canonicalize';
import {
  type AgencyHeldRow,
  type AgencyLogRow,
  type AgencyPinRow,
  type AgencyReportRow,
  db,
} from '@/storage/db/database';
import type { FileIssue } from '@/storage/files/file-issues';
import { checkReportText } from '@/storage/report-file/read';
import type { OfficeReport } from '@/storage/report-file/types';
import type { RollupFormat } from '@/storage/rollup/format';
import { totalsOf } from './figures';

/**
 * Office reports (docs/formats.md §4) as a format that rolls up into the level above: one kept an
 * organisation and period, the latest `generatedAt` wins, the organisation's key pinned. The
 * pages read the totals derived from each (AgencyTotalsRow), never the reports (500 are 60 MB).
 */

/** Same generatedAt, other figures: an office never writes two reports at the same instant. */
const REPORT_CONFLICT: FileIssue = { path: 'generatedAt', rule: 'report-conflict' };

/** Kept per organisation and period: one key for both. */
const slotOf = (organisationId: string, start: string, end: string) => `${organisationId}\u0000${start}\u0000${end}`;

/** What decides whether two reports of the same instant are the same report. */
function reportFingerprint(report: OfficeReport): string {
  const { signature: _signature, ...rest } = report;
  return canonicalize(rest)!;
}

/** A `generatedAt` as an instant, so that `+07:00` and `Z` compare as the clock does. */
const instant = (timestamp: string): number => Date.parse(timestamp);

const daysOf = (report: OfficeReport) => report.units.reduce((n, u) => n + u.days.length, 0);

export const reportFormat: RollupFormat<OfficeReport, AgencyReportRow, AgencyHeldRow, AgencyLogRow> = {
  check: checkReportText,
  readingAtOnce: 64,
  who: (report) => report.organisation.id,
  slot: ({ organisation, period }) => slotOf(organisation.id, period.start, period.end),
  version: (report) => instant(report.generatedAt),
  fingerprint: reportFingerprint,
  publicKey: (report) => report.signature?.publicKey as JsonWebKey | undefined,
  conflict: REPORT_CONFLICT,
  size: daysOf,
  // Reports are larger than summaries (an agency's 40 departments × 30 days): fewer a transaction.
  perTransaction: { files: 50, size: 20_000 },
  store: {
    kept: db.agencyReports,
    derived: [
      {
        table: db.agencyTotals,
        of: (row, report) => totalsOf(report, { campaignId: row.campaignId, signed: row.signed }),
      },
    ],
    keyOf: (campaignId, { organisation, period }) => [campaignId, organisation.id, period.start, period.end],
    slotOfKey: ([, organisationId, start, end]) => slotOf(organisationId!, start!, end!),
    rowOf: (report, signed, campaignId, fileName, at) => ({
      campaignId,
      organisationId: report.organisation.id,
      periodStart: report.period.start,
      periodEnd: report.period.end,
      generatedAt: report.generatedAt,
      report,
      signed,
      fileName,
      importedAt: at,
    }),
    keptVersion: (row) => instant(row.generatedAt),
    keptFingerprint: (row) => reportFingerprint(row.report as OfficeReport),
    pins: db.agencyPins,
    pinOf: (organisationId, pin): AgencyPinRow => ({ organisationId, ...pin }),
    held: db.agencyHeld,
    heldOf: (report, row) => ({ ...row, organisationId: report.organisation.id, report }),
    fileOfHeld: (row) => row.report as OfficeReport,
    log: db.agencyLog,
    lineOf: (verdict, line) => {
      const report = verdict.file;
      return {
        ...line,
        fileName: verdict.fileName,
        organisationId: report?.organisation.id,
        organisation: report?.organisation.name,
        periodStart: report?.period.start,
        periodEnd: report?.period.end,
        generatedAt: report?.generatedAt,
        signed: report ? (verdict.signed ?? false) : undefined,
        outcome: verdict.outcome,
        reason: verdict.reason,
      };
    },
  },
};
