import { db, type HeldRow, type MergeLogRow, type PinRow, type SubmissionRow } from '@/storage/db/database';
import { digestOf } from '@/storage/db/digest';
import type { FileIssue } from '@/storage/files/file-issues';
import { type Numbered as WholeFile, writeWholeFiles } from '@/storage/files/whole-files';
import type { Summary } from '@/storage/summary/schema';
import { keyName } from '@/storage/summary/signature';
import { CONFLICT, fingerprint, toSummaryParts, type Verdict } from './import';

/**
 * The admin office's merge of staff summaries, second half: writing a previewed batch, each file
 * whole in one transaction, so a refused file writes nothing but its log line and closing the
 * page mid-import leaves no half-written file.
 */

/** The store would not take the file (its own transaction failed): nothing of it was written. */
const NOT_WRITTEN: FileIssue = { path: '', rule: 'write-failed' };

function submissionOf(
  summary: Summary,
  signed: boolean,
  campaignId: string,
  fileName: string,
  at: string,
): SubmissionRow {
  return {
    campaignId,
    participantId: summary.participant.id,
    name: summary.participant.name,
    department: summary.participant.department,
    revision: summary.revision,
    exportedAt: summary.exportedAt,
    days: summary.days,
    signed,
    fileName,
    importedAt: at,
  };
}

function logOf(verdict: Verdict, campaignId: string, at: string, id: string, order: number): MergeLogRow {
  const participant = verdict.summary?.participant;
  return {
    id,
    campaignId,
    at,
    order,
    fileName: verdict.fileName,
    participantId: participant?.id,
    name: participant?.name,
    department: participant?.department,
    revision: verdict.summary?.revision,
    signed: verdict.summary ? (verdict.signed ?? false) : undefined,
    outcome: verdict.outcome,
    reason: verdict.reason,
  };
}

/**
 * How many whole files share a transaction, at most: a transaction costs about as much as
 * writing 5 summaries, so 10,000 files in 10,000 transactions would spend most of the merge on
 * them. `DAYS_PER_TRANSACTION` bounds a group by size too (a file may hold up to 5 MB).
 */
export const FILES_PER_TRANSACTION = 100;
const DAYS_PER_TRANSACTION = 5_000;
/** Transactions started ahead: IndexedDB runs them one after another in the order they were made. */
const TRANSACTIONS_AHEAD = 4;

export type Numbered = WholeFile<Verdict>;

/**
 * Writes a previewed batch, whole files a transaction (storage/files/whole-files.ts). A refused
 * file writes only its log line; a file the store will not take is logged as not written. The
 * kept revision is checked again inside the transaction, so the highest revision always wins
 * even if another import ran meanwhile. `onProgress(done, total)` is called as transactions
 * complete.
 */
export function commitImport(
  verdicts: readonly Verdict[],
  campaignId: string,
  at: string,
  onProgress: (done: number, total: number) => void = () => {},
  newId: () => string = () => crypto.randomUUID(),
): Promise<MergeLogRow[]> {
  return writeWholeFiles(
    verdicts,
    {
      filesPerTransaction: FILES_PER_TRANSACTION,
      sizePerTransaction: DAYS_PER_TRANSACTION,
      sizeOf: (verdict) => verdict.summary?.days.length ?? 0,
      ahead: TRANSACTIONS_AHEAD,
      write: (group) => writeGroup(group, campaignId, at, newId),
      notWritten: (one) => writeNotWritten(one, campaignId, at, newId),
    },
    onProgress,
  );
}

/** The log line of a file whose own transaction failed: refused, nothing of it kept. */
async function writeNotWritten(
  { verdict, order }: Numbered,
  campaignId: string,
  at: string,
  newId: () => string,
): Promise<MergeLogRow[]> {
  const line = logOf(
    {
      fileName: verdict.fileName,
      outcome: 'refused',
      summary: verdict.summary,
      signed: verdict.signed,
      reason: NOT_WRITTEN,
    },
    campaignId,
    at,
    newId(),
    order,
  );
  await db.mergeLog.add(line);
  return [line];
}

/** One transaction for a group of whole files: their submissions, pins, held files and log lines. */
export function writeGroup(
  group: readonly Numbered[],
  campaignId: string,
  at: string,
  newId: () => string,
): Promise<MergeLogRow[]> {
  return db.transaction('rw', [db.submissions, db.digests, db.mergeLog, db.pins, db.held], async () => {
    const writing = group.flatMap(({ verdict }) =>
      verdict.outcome === 'new' || verdict.outcome === 'updated' ? [verdict] : [],
    );
    const ids = writing.map(({ summary }) => summary.participant.id);
    const signedIds = writing.filter(({ signed }) => signed).map(({ summary }) => summary.participant.id);
    const [rows, pins] = await Promise.all([
      db.submissions.bulkGet(ids.map((id) => [campaignId, id])),
      db.pins.bulkGet(signedIds),
    ]);
    const current = new Map(rows.flatMap((row) => (row ? [[row.participantId, row] as const] : [])));
    const pinned = new Set(pins.flatMap((pin) => (pin ? [pin.participantId] : [])));
    const puts: SubmissionRow[] = [];
    const newPins: PinRow[] = [];
    const held: HeldRow[] = [];
    const lines: MergeLogRow[] = [];
    for (const { verdict, order } of group) {
      let final = verdict;
      if (verdict.outcome === 'held') {
        held.push({
          id: newId(),
          campaignId,
          participantId: verdict.summary.participant.id,
          fileName: verdict.fileName,
          summary: verdict.summary,
          receivedAt: at,
        });
      }
      if (verdict.outcome === 'new' || verdict.outcome === 'updated') {
        const { summary } = verdict;
        const id = summary.participant.id;
        const kept = current.get(id);
        if (kept && kept.revision > summary.revision) {
          final = { ...verdict, outcome: 'older', keptRevision: kept.revision };
        } else if (kept && kept.revision === summary.revision) {
          // Kept meanwhile (another import): the same file is a duplicate, other content a conflict.
          final =
            fingerprint(toSummaryParts(kept)) === fingerprint(summary)
              ? { ...verdict, outcome: 'duplicate', keptRevision: kept.revision }
              : { fileName: verdict.fileName, outcome: 'refused', summary, reason: CONFLICT };
        } else {
          const row = submissionOf(summary, verdict.signed, campaignId, verdict.fileName, at);
          puts.push(row);
          current.set(id, row);
          if (verdict.signed && !pinned.has(id)) {
            const publicKey = summary.signature!.publicKey as JsonWebKey;
            newPins.push({ participantId: id, key: keyName(publicKey), publicKey, pinnedAt: at });
            pinned.add(id);
          }
        }
      }
      lines.push(logOf(final, campaignId, at, newId(), order));
    }
    await Promise.all([
      db.submissions.bulkPut(puts),
      db.digests.bulkPut(puts.map(digestOf)),
      db.pins.bulkAdd(newPins),
      db.held.bulkAdd(held),
      db.mergeLog.bulkAdd(lines),
    ]);
    return lines;
  });
}
