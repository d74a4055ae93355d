import canonicalize from 'canonicalize';
import { db, type MergeLogRow, type MergeOutcome, type SubmissionRow } from './db';
import type { FileIssue } from './file-issues';
import { keyName, verifySummary } from './signing';
import { validateSummary, type Summary } from './summary-schema';
import type { Campaign } from './types';

/**
 * The admin office's merge of staff summaries (issue #4). Reading and sorting files is pure
 * work on their text; only `commitImport` writes, one transaction a file, so a refused file
 * writes nothing but its log line and closing the page mid-import leaves no half-written file.
 */

/** FORMATS.md: a file over 5 MB is refused before it is parsed. */
export const MAX_SUMMARY_BYTES = 5 * 1024 * 1024;

export interface IncomingFile {
  name: string;
  size: number;
  text(): Promise<string>;
  arrayBuffer?(): Promise<ArrayBuffer>;
}

/**
 * The file's text with a byte order mark kept: `File.text()` drops a UTF-8 BOM silently, and
 * FORMATS.md files must not carry one. Bytes that are not UTF-8 are refused, not replaced.
 */
async function exactText(file: IncomingFile): Promise<string> {
  if (!file.arrayBuffer) return file.text();
  return new TextDecoder('utf-8', { ignoreBOM: true, fatal: true }).decode(await file.arrayBuffer());
}

export type Verdict =
  /** A refused file that could be read (a revision conflict) still names its participant. */
  | { fileName: string; outcome: 'refused'; reason: FileIssue; summary?: Summary; signed?: boolean }
  | { fileName: string; outcome: Exclude<MergeOutcome, 'refused'>; summary: Summary; signed: boolean; keptRevision?: number; reason?: FileIssue };

/** A file that passed every rule; `signed` when it carries a valid signature. */
export type FileRead = { ok: true; summary: Summary; signed: boolean } | { ok: false; reason: FileIssue };

/** One file against every rule of FORMATS.md, size first. */
export async function readSummaryFile(file: IncomingFile, campaign: Campaign): Promise<FileRead> {
  if (file.size > MAX_SUMMARY_BYTES) return { ok: false, reason: { path: '', rule: 'too-large' } };
  let text: string;
  try {
    text = await exactText(file);
  } catch (error) {
    return { ok: false, reason: { path: '', rule: error instanceof TypeError ? 'encoding' : 'unreadable' } };
  }
  // RFC 8259: JSON exchanged between systems is UTF-8 without a byte order mark.
  if (text.startsWith('\uFEFF')) return { ok: false, reason: { path: '', rule: 'bom' } };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, reason: { path: '', rule: 'json' } };
  }
  const result = validateSummary(json, campaign);
  if (!result.ok) return { ok: false, reason: result.issue };
  // An unsigned file is accepted (and marked so); a signature that does not fit is refused.
  if (!result.summary.signature) return { ok: true, summary: result.summary, signed: false };
  if (!(await verifySummary(result.summary))) return { ok: false, reason: { path: 'signature', rule: 'signature-invalid' } };
  return { ok: true, summary: result.summary, signed: true };
}

/** What decides whether two files of the same revision are the same file. */
export function fingerprint(summary: Pick<Summary, 'participant' | 'days' | 'revision'>): string {
  return canonicalize({ participant: summary.participant, revision: summary.revision, days: summary.days })!;
}

export interface Kept {
  revision: number;
  fingerprint: string;
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
  const best = new Map<string, { revision: number; fingerprint: string; index: number }>();
  reads.forEach(({ read }, index) => {
    if (!read.ok) return;
    const id = read.summary.participant.id;
    const current = best.get(id);
    if (!current || read.summary.revision > current.revision) {
      best.set(id, { revision: read.summary.revision, fingerprint: fingerprint(read.summary), index });
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
    const print = fingerprint(summary);
    const keptRevision = previous?.revision;
    if (index !== top.index) {
      if (summary.revision < top.revision) return { fileName, outcome: 'older', summary, signed, keptRevision };
      return print === top.fingerprint
        ? { fileName, outcome: 'duplicate', summary, signed, keptRevision }
        : { fileName, outcome: 'refused', summary, signed, reason: CONFLICT };
    }
    if (!previous) return { fileName, outcome: 'new', summary, signed };
    if (summary.revision > previous.revision) return { fileName, outcome: 'updated', summary, signed, keptRevision };
    if (summary.revision < previous.revision) return { fileName, outcome: 'older', summary, signed, keptRevision };
    return print === previous.fingerprint
      ? { fileName, outcome: 'duplicate', summary, signed, keptRevision }
      : { fileName, outcome: 'refused', summary, signed, reason: CONFLICT };
  });
}

const CONFLICT: FileIssue = { path: 'revision', rule: 'revision-conflict' };
export const KEY_CHANGED: FileIssue = { path: 'signature.publicKey', rule: 'key-changed' };

/** What is kept now for each participant of a campaign. */
export async function keptRevisions(campaignId: string): Promise<Map<string, Kept>> {
  const rows = await db.submissions.where('campaignId').equals(campaignId).toArray();
  return new Map(rows.map((row) => [row.participantId, { revision: row.revision, fingerprint: fingerprint(toSummaryParts(row)) }]));
}

function toSummaryParts(row: SubmissionRow) {
  return { participant: { id: row.participantId, name: row.name, department: row.department }, revision: row.revision, days: row.days };
}

/** The key pinned for each participant: the first one the office saw. */
export async function pinnedKeys(): Promise<Map<string, string>> {
  return new Map((await db.pins.toArray()).map((pin) => [pin.participantId, pin.key]));
}

/** Reads and sorts a batch: the preview shown before anything is written. */
export async function previewImport(files: readonly IncomingFile[], campaign: Campaign): Promise<Verdict[]> {
  const reads = await Promise.all(files.map(async (file) => ({ fileName: file.name, read: await readSummaryFile(file, campaign) })));
  return classify(reads, await keptRevisions(campaign.id), await pinnedKeys());
}

function submissionOf(summary: Summary, signed: boolean, campaignId: string, fileName: string, at: string): SubmissionRow {
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
    signed: verdict.summary ? verdict.signed ?? false : undefined,
    outcome: verdict.outcome,
    reason: verdict.reason,
  };
}

/** How many files' transactions are in flight at once (IndexedDB runs them in order). */
const IN_FLIGHT = 64;

/**
 * Writes a previewed batch, one transaction a file, so each file is whole or absent whatever
 * happens (a refused file writes only its log line). The kept revision is checked again inside
 * each transaction, so the highest revision always wins even if another import ran meanwhile.
 * Transactions are started ahead of time, a window at a time: IndexedDB runs transactions on
 * the same stores in the order they were made, so files are still written one after another,
 * but without a round trip to this page between two of them.
 */
export async function commitImport(
  verdicts: readonly Verdict[],
  campaignId: string,
  at: string,
  onProgress: (done: number, total: number) => void = () => {},
  newId: () => string = () => crypto.randomUUID(),
): Promise<MergeLogRow[]> {
  const log: MergeLogRow[] = new Array(verdicts.length);
  const pending: Promise<void>[] = [];
  let done = 0;
  for (const [i, verdict] of verdicts.entries()) {
    pending.push(
      writeOne(verdict, i, campaignId, at, newId).then((line) => {
        log[i] = line;
        onProgress(++done, verdicts.length);
      }),
    );
    if (pending.length >= IN_FLIGHT) await pending.shift();
  }
  await Promise.all(pending);
  return log;
}

function writeOne(verdict: Verdict, order: number, campaignId: string, at: string, newId: () => string): Promise<MergeLogRow> {
  return db.transaction('rw', [db.submissions, db.mergeLog, db.pins, db.held], async () => {
    let final = verdict;
    if (verdict.outcome === 'held') {
      await db.held.add({
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
      const current = await db.submissions.get([campaignId, summary.participant.id]);
      if (current && current.revision > summary.revision) {
        final = { ...verdict, outcome: 'older', keptRevision: current.revision };
      } else if (current && current.revision === summary.revision) {
        // Kept meanwhile (another import): the same file is a duplicate, other content a conflict.
        const same = fingerprint(toSummaryParts(current)) === fingerprint(summary);
        final = same
          ? { ...verdict, outcome: 'duplicate', keptRevision: current.revision }
          : { fileName: verdict.fileName, outcome: 'refused', summary, reason: CONFLICT };
      } else {
        await db.submissions.put(submissionOf(summary, verdict.signed, campaignId, verdict.fileName, at));
        if (verdict.signed && !(await db.pins.get(summary.participant.id))) {
          const publicKey = summary.signature!.publicKey as JsonWebKey;
          await db.pins.add({ participantId: summary.participant.id, key: keyName(publicKey), publicKey, pinnedAt: at });
        }
      }
    }
    const line = logOf(final, campaignId, at, newId(), order);
    await db.mergeLog.add(line);
    return line;
  });
}
