import canonicalize from 'canonicalize';
import { db, type MergeOutcome } from '@/storage/db/database';
import type { FileIssue } from '@/storage/files/file-issues';
import { type ReportRead, readReportFiles } from '@/storage/report-file/read';
import type { OfficeReport } from '@/storage/report-file/types';
import type { IncomingFile, OnRead } from '@/storage/summary/read';
import { keyName } from '@/storage/summary/signature';
import type { Campaign } from '@/storage/types';

/**
 * The level above's merge of office reports (issue #15), first half: reading and sorting files
 * against what is kept, the preview shown before anything is written. `./commit.ts` writes.
 */

export type ReportVerdict =
  | { fileName: string; outcome: 'refused'; reason: FileIssue; report?: OfficeReport; signed?: boolean }
  | {
      fileName: string;
      outcome: Exclude<MergeOutcome, 'refused'>;
      report: OfficeReport;
      signed: boolean;
      /** The `generatedAt` of the report kept before, when there was one. */
      keptAt?: string;
      reason?: FileIssue;
    };

/** Same generatedAt, other figures: an office never writes two reports at the same instant. */
export const REPORT_CONFLICT: FileIssue = { path: 'generatedAt', rule: 'report-conflict' };
export const REPORT_KEY_CHANGED: FileIssue = { path: 'signature.publicKey', rule: 'key-changed' };

/** Kept per organisation and period: one key for both. */
export const slotOf = (report: Pick<OfficeReport, 'organisation' | 'period'>): string =>
  `${report.organisation.id}\u0000${report.period.start}\u0000${report.period.end}`;

/** What decides whether two reports of the same instant are the same report. */
export function reportFingerprint(report: OfficeReport): string {
  const { signature: _signature, ...rest } = report;
  return canonicalize(rest)!;
}

/** A `generatedAt` as an instant, so that `+07:00` and `Z` compare as the clock does. */
export const instant = (timestamp: string): number => Date.parse(timestamp);

export interface KeptReport {
  generatedAt: string;
  fingerprint(): string;
}

function lazy(report: OfficeReport): () => string {
  let print: string | undefined;
  return () => (print ??= reportFingerprint(report));
}

function against(at: string, other: KeptReport, print: () => string) {
  const diff = instant(at) - instant(other.generatedAt);
  if (diff !== 0) return diff > 0 ? 'newer' : 'older';
  return print() === other.fingerprint() ? 'same' : 'conflict';
}

/**
 * Sorts a batch against what is kept: per organisation and period only the latest `generatedAt`
 * can be new or an update; an earlier one is older (skipped); the same instant again is a
 * duplicate, or refused when its figures differ. A signed report with another key than the one
 * pinned for its organisation is held for a decision.
 */
export function classifyReports(
  reads: readonly { fileName: string; read: ReportRead }[],
  kept: ReadonlyMap<string, KeptReport>,
  pins: ReadonlyMap<string, string> = new Map(),
): ReportVerdict[] {
  const best = new Map<string, KeptReport & { index: number }>();
  reads.forEach(({ read }, index) => {
    if (!read.ok) return;
    const slot = slotOf(read.report);
    const current = best.get(slot);
    if (!current || instant(read.report.generatedAt) > instant(current.generatedAt))
      best.set(slot, { generatedAt: read.report.generatedAt, index, fingerprint: lazy(read.report) });
  });
  return reads.map(({ fileName, read }, index): ReportVerdict => {
    if (!read.ok) return { fileName, outcome: 'refused', reason: read.reason };
    const { report, signed } = read;
    const pinned = pins.get(report.organisation.id);
    if (signed && pinned !== undefined && pinned !== keyName(report.signature!.publicKey as JsonWebKey))
      return { fileName, outcome: 'held', report, signed, reason: REPORT_KEY_CHANGED };
    const slot = slotOf(report);
    const top = best.get(slot)!;
    const previous = kept.get(slot);
    const keptAt = previous?.generatedAt;
    const print = index === top.index ? top.fingerprint : lazy(report);
    const compared = index === top.index ? undefined : against(report.generatedAt, top, print);
    if (compared === 'older') return { fileName, outcome: 'older', report, signed, keptAt };
    if (compared === 'same') return { fileName, outcome: 'duplicate', report, signed, keptAt };
    if (compared === 'conflict') return { fileName, outcome: 'refused', report, signed, reason: REPORT_CONFLICT };
    if (!previous) return { fileName, outcome: 'new', report, signed };
    const outcome = against(report.generatedAt, previous, print);
    if (outcome === 'conflict') return { fileName, outcome: 'refused', report, signed, reason: REPORT_CONFLICT };
    const named = { newer: 'updated', older: 'older', same: 'duplicate' } as const;
    return { fileName, outcome: named[outcome], report, signed, keptAt };
  });
}

/** The reports kept now for these slots of a campaign (only their rows are read). */
export async function keptReports(campaignId: string, slots: ReadonlySet<string>): Promise<Map<string, KeptReport>> {
  const keys = await db.agencyReports.where('campaignId').equals(campaignId).primaryKeys();
  const wanted = keys.filter(([, org, start, end]) => slots.has(`${org}\u0000${start}\u0000${end}`));
  const rows = await db.agencyReports.bulkGet(wanted);
  const kept = new Map<string, KeptReport>();
  for (const row of rows) {
    if (!row) continue;
    const report = row.report as OfficeReport;
    kept.set(slotOf(report), { generatedAt: row.generatedAt, fingerprint: lazy(report) });
  }
  return kept;
}

/** The key pinned for each of these organisations: the first one the level above saw. */
export async function pinnedOrganisationKeys(ids: readonly string[]): Promise<Map<string, string>> {
  const pins = await db.agencyPins.bulkGet([...new Set(ids)]);
  return new Map(pins.flatMap((pin) => (pin ? [[pin.organisationId, pin.key] as const] : [])));
}

/** Reads and sorts a batch: the preview. `onRead(done, total)` follows the reading. */
export async function previewReports(
  files: readonly IncomingFile[],
  campaign: Campaign,
  onRead: OnRead = () => {},
): Promise<ReportVerdict[]> {
  const read = await readReportFiles(files, campaign, onRead);
  const reads = files.map((file, i) => ({ fileName: file.name, read: read[i]! }));
  const ok = read.flatMap((r) => (r.ok ? [r.report] : []));
  const kept = await keptReports(campaign.id, new Set(ok.map(slotOf)));
  return classifyReports(reads, kept, await pinnedOrganisationKeys(ok.map((r) => r.organisation.id)));
}
