import canonicalize from 'canonicalize';
import {
  db,
  type HeldRow,
  type MergeLogRow,
  type MergeOutcome,
  type PinRow,
  type SubmissionRow,
} from '@/storage/db/database';
import type { FileIssue } from '@/storage/files/file-issues';
import { eachAtMost, type FileRead, type IncomingFile, type OnRead, readSummaryFiles } from '@/storage/summary/read';
import type { Summary } from '@/storage/summary/schema';
import { keyName } from '@/storage/summary/signature';
import type { Campaign } from '@/storage/types';

export type { IncomingFile } from '@/storage/summary/read';

/**
 * The admin office's merge of staff summaries (issue #4). Reading and sorting files is pure
 * work on their text; only `commitImport` writes, each file whole in one transaction, so a
 * refused file writes nothing but its log line and closing the page mid-import leaves no
 * half-written file.
 */

export type Verdict =
  /** A refused file that could be read (a revision conflict) still names its participant. */
  | { fileName: string; outcome: 'refused'; reason: FileIssue; summary?: Summary; signed?: boolean }
  | {
      fileName: string;
      outcome: Exclude<MergeOutcome, 'refused'>;
      summary: Summary;
      signed: boolean;
      keptRevision?: number;
      reason?: FileIssue;
    };

/** What decides whether two files of the same revision are the same file. */
export function fingerprint(summary: Pick<Summary, 'participant' | 'days' | 'revision'>): string {
  return canonicalize({ participant: summary.participant, revision: summary.revision, days: summary.days })!;
}

/** A fingerprint worked out once, and only if asked: most files are never compared. */
function lazyFingerprint(parts: Pick<Summary, 'participant' | 'days' | 'revision'>): () => string {
  let print: string | undefined;
  return () => (print ??= fingerprint(parts));
}

export interface Kept {
  revision: number;
  fingerprint(): string;
}

/**
 * Sorts a batch against what is kept: per participant, only the highest revision can be new
 * or an update; a lower one is older (skipped); the same revision again is an unchanged
 * duplicate, or refused when its content differs (a revision is never reused by the app).
 */
export function classify(
  reads: readonly { fileName: string; read: FileRead }[],
  kept: ReadonlyMap<string, Kept>,
  pins: ReadonlyMap<string, string> = new Map(),
): Verdict[] {
  const best = new Map<string, { revision: number; index: number; fingerprint(): string }>();
  reads.forEach(({ read }, index) => {
    if (!read.ok) return;
    const id = read.summary.participant.id;
    const current = best.get(id);
    if (!current || read.summary.revision > current.revision) {
      best.set(id, { revision: read.summary.revision, index, fingerprint: lazyFingerprint(read.summary) });
    }
  });
  return reads.map(({ fileName, read }, index): Verdict => {
    if (!read.ok) return { fileName, outcome: 'refused', reason: read.reason };
    const { summary, signed } = read;
    const id = summary.participant.id;
    // A signed file with another key than the one first seen waits for the admin's decision.
    const pinned = pins.get(id);
    if (signed && pinned !== undefined && pinned !== keyName(summary.signature!.publicKey as JsonWebKey)) {
      return { fileName, outcome: 'held', summary, signed, reason: KEY_CHANGED };
    }
    const top = best.get(id)!;
    const previous = kept.get(id);
    const keptRevision = previous?.revision;
    if (index !== top.index) {
      if (summary.revision < top.revision) return { fileName, outcome: 'older', summary, signed, keptRevision };
      return fingerprint(summary) === top.fingerprint()
        ? { fileName, outcome: 'duplicate', summary, signed, keptRevision }
        : { fileName, outcome: 'refused', summary, signed, reason: CONFLICT };
    }
    if (!previous) return { fileName, outcome: 'new', summary, signed };
    if (summary.revision > previous.revision) return { fileName, outcome: 'updated', summary, signed, keptRevision };
    if (summary.revision < previous.revision) return { fileName, outcome: 'older', summary, signed, keptRevision };
    return top.fingerprint() === previous.fingerprint()
      ? { fileName, outcome: 'duplicate', summary, signed, keptRevision }
      : { fileName, outcome: 'refused', summary, signed, reason: CONFLICT };
  });
}

const CONFLICT: FileIssue = { path: 'revision', rule: 'revision-conflict' };
export const KEY_CHANGED: FileIssue = { path: 'signature.publicKey', rule: 'key-changed' };
/** The store would not take the file (its own transaction failed): nothing of it was written. */
const NOT_WRITTEN: FileIssue = { path: '', rule: 'write-failed' };

/** What is kept now for these participants of a campaign (only their rows are read). */
export async function keptRevisions(campaignId: string, participantIds: readonly string[]): Promise<Map<string, Kept>> {
  // Keys first: asking for thousands of rows that are not there costs more than listing those that are.
  const keys = await db.submissions.where('campaignId').equals(campaignId).primaryKeys();
  const wanted = new Set(participantIds);
  const rows = await db.submissions.bulkGet(keys.filter(([, id]) => wanted.has(id)));
  const kept = new Map<string, Kept>();
  for (const row of rows)
    if (row) kept.set(row.participantId, { revision: row.revision, fingerprint: lazyFingerprint(toSummaryParts(row)) });
  return kept;
}

function toSummaryParts(row: SubmissionRow) {
  return {
    participant: { id: row.participantId, name: row.name, department: row.department },
    revision: row.revision,
    days: row.days,
  };
}

/** The key pinned for each of these participants: the first one the office saw. */
export async function pinnedKeys(participantIds: readonly string[]): Promise<Map<string, string>> {
  const wanted = new Set(participantIds);
  const pins = await db.pins.bulkGet((await db.pins.toCollection().primaryKeys()).filter((id) => wanted.has(id)));
  return new Map(pins.flatMap((pin) => (pin ? [[pin.participantId, pin.key] as const] : [])));
}

/**
 * Reads and sorts a batch: the preview shown before anything is written. Only what passed the
 * rules is kept (a file's text is let go once parsed); `onRead(done, total)` follows the reading.
 */
export async function previewImport(
  files: readonly IncomingFile[],
  campaign: Campaign,
  onRead: OnRead = () => {},
): Promise<Verdict[]> {
  const read = await readSummaryFiles(files, campaign, onRead);
  const reads = files.map((file, i) => ({ fileName: file.name, read: read[i]! }));
  const ids = [...new Set(read.flatMap((r) => (r.ok ? [r.summary.participant.id] : [])))];
  return classify(reads, await keptRevisions(campaign.id, ids), await pinnedKeys(ids));
}

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

interface Numbered {
  verdict: Verdict;
  order: number;
}

/** Consecutive files in groups, each whole in one group, within both bounds. */
function groupsOf(verdicts: readonly Verdict[]): Numbered[][] {
  const groups: Numbered[][] = [];
  let group: Numbered[] = [];
  let days = 0;
  verdicts.forEach((verdict, order) => {
    const size = 1 + (verdict.summary?.days.length ?? 0);
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

/**
 * Writes a previewed batch. Every file is written whole in one transaction or not at all:
 * files go in groups of whole files, a transaction a group, so closing the page mid-import
 * leaves each file either kept with its log line or absent. A refused file writes only its log
 * line. If a group's transaction fails, its files are written again each in its own transaction,
 * so one file the store will not take cannot keep the others out; that file is logged as not
 * written. The kept revision is checked again inside the transaction, so the highest revision
 * always wins even if another import ran meanwhile. `onProgress(done, total)` is called as
 * transactions complete.
 */
export async function commitImport(
  verdicts: readonly Verdict[],
  campaignId: string,
  at: string,
  onProgress: (done: number, total: number) => void = () => {},
  newId: () => string = () => crypto.randomUUID(),
): Promise<MergeLogRow[]> {
  const log: MergeLogRow[] = new Array(verdicts.length);
  let done = 0;
  const write = (group: Numbered[]) => writeGroup(group, campaignId, at, newId);
  const writeAlone = (one: Numbered) => write([one]).catch(() => writeNotWritten(one, campaignId, at, newId));
  await eachAtMost(groupsOf(verdicts), TRANSACTIONS_AHEAD, async (group) => {
    let lines: MergeLogRow[];
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
function writeGroup(
  group: readonly Numbered[],
  campaignId: string,
  at: string,
  newId: () => string,
): Promise<MergeLogRow[]> {
  return db.transaction('rw', [db.submissions, db.mergeLog, db.pins, db.held], async () => {
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
      db.pins.bulkAdd(newPins),
      db.held.bulkAdd(held),
      db.mergeLog.bulkAdd(lines),
    ]);
    return lines;
  });
}
