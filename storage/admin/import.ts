import canonicalize from 'canonicalize';
import { db, type MergeOutcome, type SubmissionRow } from '@/storage/db/database';
import type { FileIssue } from '@/storage/files/file-issues';
import { type FileRead, type IncomingFile, type OnRead, readSummaryFiles } from '@/storage/summary/read';
import type { Summary } from '@/storage/summary/schema';
import { keyName } from '@/storage/summary/signature';
import type { Campaign } from '@/storage/types';

export type { IncomingFile } from '@/storage/summary/read';

/**
 * The admin office's merge of staff summaries (issue #4), first half: reading and sorting files,
 * pure work on their text and a read of what is kept. `./commit.ts` writes.
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

export const CONFLICT: FileIssue = { path: 'revision', rule: 'revision-conflict' };
export const KEY_CHANGED: FileIssue = { path: 'signature.publicKey', rule: 'key-changed' };

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

export function toSummaryParts(row: SubmissionRow) {
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
