import type { FileIssue } from '@/storage/files/file-issues';

/**
 * The rows of the admin office's tables: the summaries it merged and their log, its staff list,
 * pinned keys, held files, the bulletin it sent and its report's details.
 */

/**
 * The admin office's kept copy of one participant's summary: always the highest revision seen
 * (docs/formats.md §2). Key `[campaignId+participantId]`.
 */
export interface SubmissionRow {
  campaignId: string;
  participantId: string;
  name: string;
  /** The department of the kept revision: a person who moves is counted where they are now. */
  department: string;
  revision: number;
  exportedAt: string;
  days: { date: string; pledges: Record<string, number>; note?: string }[];
  /** Whether the kept file carried a valid signature; false until then. */
  signed: boolean;
  fileName: string;
  importedAt: string;
}

export type MergeOutcome = 'new' | 'updated' | 'duplicate' | 'older' | 'refused' | 'held';

/** One line of the merge log: every file the admin office ever merged, whatever happened to it. */
export interface MergeLogRow {
  id: string;
  campaignId: string;
  at: string;
  /** Position of the file in its import: lines of one import share `at`. */
  order?: number;
  fileName: string;
  participantId?: string;
  name?: string;
  department?: string;
  revision?: number;
  /** Whether the file carried a valid signature (absent when the file could not be read). */
  signed?: boolean;
  outcome: MergeOutcome;
  /** Why a file was refused or skipped: a rule code and where in the file. */
  reason?: FileIssue;
}

/** A person on the admin office's staff list, to know who has not submitted. */
export interface RosterRow {
  campaignId: string;
  id: string;
  name: string;
  department: string;
}

/** Headcount of a department as the admin office keeps it (over the campaign file's). */
export interface HeadcountRow {
  campaignId: string;
  department: string;
  headcount: number;
}

/** The first key the admin office saw for a participant; later files must carry the same. */
export interface PinRow {
  participantId: string;
  /** RFC 7638-style thumbprint input: the canonical JSON of the key's crv, kty, x, y. */
  key: string;
  publicKey: JsonWebKey;
  pinnedAt: string;
}

/** A file held back because it came with another key than the pinned one: the admin decides. */
export interface HeldRow {
  id: string;
  campaignId: string;
  participantId: string;
  fileName: string;
  /** The whole file as read, signature included. */
  summary: unknown;
  receivedAt: string;
}

/** The latest department bulletin the office sent, per campaign (docs/formats.md §3). */
export interface BulletinRow {
  campaignId: string;
  bulletin: unknown;
  generatedAt: string;
  loadedAt: string;
}

/**
 * What the admin office writes on its report for a campaign: number, place, the two
 * header lines, signer, recipients and its own texts. One row a campaign, key `campaignId`.
 */
export interface ReportDetailsRow {
  campaignId: string;
  number: string;
  place: string;
  issuingBody: string;
  bodyAbove: string;
  authority: string;
  position: string;
  signer: string;
  recipients: string[];
  /** Part II as the officer edited it; absent while the draft made from the figures is used. */
  assessment?: string;
  /** Part III, the officer's own text. */
  direction: string;
  /**
   * For the office report file when the campaign file names no `organisationId`: the id
   * and name the officer typed. Optional fields of an existing row: no new database version.
   */
  organisationId?: string;
  organisationName?: string;
  updatedAt: string;
}

/**
 * What the admin page's first figures need of a kept submission: written in the
 * same transaction as the submission (storage/db/digest.ts), so the page paints from a small
 * read instead of every day's pledges. Not backed up: a restore rebuilds them.
 */
export interface DigestRow {
  campaignId: string;
  participantId: string;
  name: string;
  department: string;
  signed: boolean;
  /** The dates with a pledge, in the submission's order, joined by ",". */
  taken: string;
}
