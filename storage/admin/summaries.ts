import canonicalize from 'canonicalize';
import { db, type HeldRow, type MergeLogRow, type PinRow, type SubmissionRow } from '@/storage/db/database';
import { digestOf } from '@/storage/db/digest';
import type { FileIssue } from '@/storage/files/file-issues';
import type { RollupFormat } from '@/storage/rollup/format';
import { type Summary, validateSummary } from '@/storage/summary/schema';
import { checkSigned } from '@/storage/summary/signature';

/**
 * Staff summaries (docs/formats.md §2) as a format that rolls up into the admin office's
 * departments: one kept a participant, the highest revision wins, the participant's key pinned.
 */

/** What decides whether two files of the same revision are the same file. */
function fingerprint(summary: Pick<Summary, 'participant' | 'days' | 'revision'>): string {
  return canonicalize({ participant: summary.participant, revision: summary.revision, days: summary.days })!;
}

const toSummaryParts = (row: SubmissionRow) => ({
  participant: { id: row.participantId, name: row.name, department: row.department },
  revision: row.revision,
  days: row.days,
});

const CONFLICT: FileIssue = { path: 'revision', rule: 'revision-conflict' };

/**
 * How many whole files share a transaction, at most: a transaction costs about as much as
 * writing 5 summaries, so 10,000 files in 10,000 transactions would spend most of the merge on
 * them. The days bound a group by size too (a file may hold up to 5 MB).
 */
export const FILES_PER_TRANSACTION = 100;

export const summaryFormat: RollupFormat<Summary, SubmissionRow, HeldRow, MergeLogRow> = {
  check: (text, campaign) =>
    checkSigned(text, (json) => {
      const result = validateSummary(json, campaign);
      return result.ok ? { ok: true, file: result.summary } : result;
    }),
  readingAtOnce: 256,
  who: (summary) => summary.participant.id,
  slot: (summary) => summary.participant.id,
  version: (summary) => summary.revision,
  fingerprint,
  publicKey: (summary) => summary.signature?.publicKey as JsonWebKey | undefined,
  conflict: CONFLICT,
  size: (summary) => summary.days.length,
  perTransaction: { files: FILES_PER_TRANSACTION, size: 5_000 },
  store: {
    kept: db.submissions,
    derived: [{ table: db.digests, of: (row) => digestOf(row) }],
    keyOf: (campaignId, summary) => [campaignId, summary.participant.id],
    slotOfKey: ([, participantId]) => participantId!,
    rowOf: (summary, signed, campaignId, fileName, at) => ({
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
    }),
    keptVersion: (row) => row.revision,
    keptFingerprint: (row) => fingerprint(toSummaryParts(row)),
    pins: db.pins,
    pinOf: (participantId, pin): PinRow => ({ participantId, ...pin }),
    held: db.held,
    heldOf: (summary, row) => ({ ...row, participantId: summary.participant.id, summary }),
    fileOfHeld: (row) => row.summary as Summary,
    log: db.mergeLog,
    lineOf: (verdict, line) => {
      const participant = verdict.file?.participant;
      return {
        ...line,
        fileName: verdict.fileName,
        participantId: participant?.id,
        name: participant?.name,
        department: participant?.department,
        revision: verdict.file?.revision,
        signed: verdict.file ? (verdict.signed ?? false) : undefined,
        outcome: verdict.outcome,
        reason: verdict.reason,
      };
    },
  },
};
