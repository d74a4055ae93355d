import {
  type AgencyHeldRow,
  type AgencyLogRow,
  type AgencyPinRow,
  type AgencyReportRow,
  type AgencyTotalsRow,
  db,
} from '@/storage/db/database';
import type { FileIssue } from '@/storage/files/file-issues';
import type { OfficeReport } from '@/storage/report-file/types';
import { eachAtMost } from '@/storage/summary/read';
import { keyName } from '@/storage/summary/signature';
import { totalsOf } from './figures';
import { instant, REPORT_CONFLICT, type ReportVerdict, reportFingerprint } from './import';

/**
 * The level above's merge, second half: writing a previewed batch as the summary import does
 * (storage/admin/commit.ts): each file whole in one transaction, several whole files a
 * transaction, a group the store refuses written again file by file, a refused file only its
 * log line. The kept report is checked again inside the transaction: the latest always wins.
 */

const NOT_WRITTEN: FileIssue = { path: '', rule: 'write-failed' };
/** Reports are larger than summaries (an agency's 40 departments × 30 days): fewer a transaction. */
const FILES_PER_TRANSACTION = 50;
const DAYS_PER_TRANSACTION = 20_000;
const TRANSACTIONS_AHEAD = 4;

interface Numbered {
  verdict: ReportVerdict;
  order: number;
}

const daysOf = (report?: OfficeReport) => report?.units.reduce((n, u) => n + u.days.length, 0) ?? 0;

function groupsOf(verdicts: readonly ReportVerdict[]): Numbered[][] {
  const groups: Numbered[][] = [];
  let group: Numbered[] = [];
  let days = 0;
  verdicts.forEach((verdict, order) => {
    const size = 1 + daysOf(verdict.report);
    if (group.length > 0 && (group.length >= FILES_PER_TRANSACTION || days + size > DAYS_PER_TRANSACTION)) {
      groups.push(group);
      group = [];
      days = 0;
    }
    group.push({ verdict, order });
    days += size;
  });
  if (group.length > 0) groups.push(group);
  return groups;
}

export function logOf(verdict: ReportVerdict, campaignId: string, at: string, id: string, order: number): AgencyLogRow {
  const report = verdict.report;
  return {
    id,
    campaignId,
    at,
    order,
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
}

function rowOf(report: OfficeReport, signed: boolean, campaignId: string, fileName: string, at: string) {
  return {
    campaignId,
    organisationId: report.organisation.id,
    periodStart: report.period.start,
    periodEnd: report.period.end,
    generatedAt: report.generatedAt,
    report,
    signed,
    fileName,
    importedAt: at,
  } satisfies AgencyReportRow;
}

/** Writes a previewed batch; `onProgress(done, total)` as transactions complete. */
export async function commitReports(
  verdicts: readonly ReportVerdict[],
  campaignId: string,
  at: string,
  onProgress: (done: number, total: number) => void = () => {},
  newId: () => string = () => crypto.randomUUID(),
): Promise<AgencyLogRow[]> {
  const log: AgencyLogRow[] = new Array(verdicts.length);
  let done = 0;
  const write = (group: Numbered[]) => writeReportGroup(group, campaignId, at, newId);
  const writeAlone = async ({ verdict, order }: Numbered) =>
    write([{ verdict, order }]).catch(async () => {
      const refused: ReportVerdict = { ...verdict, outcome: 'refused', reason: NOT_WRITTEN };
      const line = logOf(refused, campaignId, at, newId(), order);
      await db.agencyLog.add(line);
      return [line];
    });
  await eachAtMost(groupsOf(verdicts), TRANSACTIONS_AHEAD, async (group) => {
    let lines: AgencyLogRow[];
    try {
      lines = await write(group);
    } catch {
      lines = [];
      for (const one of group) lines.push(...(await writeAlone(one)));
    }
    for (const line of lines) log[line.order!] = line;
    done += group.length;
    onProgress(done, verdicts.length);
  });
  return log;
}

/** One transaction for a group of whole files: kept reports, pins, held files and log lines. */
export function writeReportGroup(
  group: readonly Numbered[],
  campaignId: string,
  at: string,
  newId: () => string,
): Promise<AgencyLogRow[]> {
  return db.transaction(
    'rw',
    [db.agencyReports, db.agencyTotals, db.agencyLog, db.agencyPins, db.agencyHeld],
    async () => {
      const writing = group.flatMap(({ verdict }) =>
        verdict.outcome === 'new' || verdict.outcome === 'updated' ? [verdict] : [],
      );
      const keyOf = ({ organisation, period }: OfficeReport) =>
        [campaignId, organisation.id, period.start, period.end] as [string, string, string, string];
      const [rows, pins] = await Promise.all([
        db.agencyReports.bulkGet(writing.map(({ report }) => keyOf(report))),
        db.agencyPins.bulkGet([...new Set(writing.filter((w) => w.signed).map((w) => w.report.organisation.id))]),
      ]);
      const current = new Map(
        rows.flatMap((row) => (row ? [[keyOf(row.report as OfficeReport).join('\u0000'), row]] : [])),
      );
      const pinned = new Set(pins.flatMap((pin) => (pin ? [pin.organisationId] : [])));
      const puts: AgencyReportRow[] = [];
      const totals: AgencyTotalsRow[] = [];
      const newPins: AgencyPinRow[] = [];
      const held: AgencyHeldRow[] = [];
      const lines: AgencyLogRow[] = [];
      for (const { verdict, order } of group) {
        let final = verdict;
        if (verdict.outcome === 'held') {
          const { report, fileName } = verdict;
          held.push({
            id: newId(),
            campaignId,
            organisationId: report.organisation.id,
            fileName,
            report,
            receivedAt: at,
          });
        }
        if (verdict.outcome === 'new' || verdict.outcome === 'updated') {
          const { report } = verdict;
          const slot = keyOf(report).join('\u0000');
          const kept = current.get(slot);
          const diff = kept ? instant(report.generatedAt) - instant(kept.generatedAt) : 1;
          if (kept && diff < 0) final = { ...verdict, outcome: 'older', keptAt: kept.generatedAt };
          else if (kept && diff === 0)
            // Kept meanwhile (another import): the same report is a duplicate, other figures a conflict.
            final =
              reportFingerprint(kept.report as OfficeReport) === reportFingerprint(report)
                ? { ...verdict, outcome: 'duplicate', keptAt: kept.generatedAt }
                : { ...verdict, outcome: 'refused', reason: REPORT_CONFLICT };
          else {
            const row = rowOf(report, verdict.signed, campaignId, verdict.fileName, at);
            puts.push(row);
            totals.push(totalsOf(report, { campaignId, signed: verdict.signed }));
            current.set(slot, row);
            const organisationId = report.organisation.id;
            if (verdict.signed && !pinned.has(organisationId)) {
              const publicKey = report.signature!.publicKey as JsonWebKey;
              newPins.push({ organisationId, key: keyName(publicKey), publicKey, pinnedAt: at });
              pinned.add(organisationId);
            }
          }
        }
        lines.push(logOf(final, campaignId, at, newId(), order));
      }
      await Promise.all([
        db.agencyReports.bulkPut(puts),
        db.agencyTotals.bulkPut(totals),
        db.agencyPins.bulkAdd(newPins),
        db.agencyHeld.bulkAdd(held),
        db.agencyLog.bulkAdd(lines),
      ]);
      return lines;
    },
  );
}
