import type { FileIssue } from '@/storage/files/file-issues';
import type { CalendarDate, Campaign, Label, Language } from '@/storage/types';

/** The shape of each table's rows (storage/db/database.ts declares the tables and their versions). */

/** The person using this install. One row, key `me`. */
export interface ProfileRow {
  key: 'me';
  /** A UUID made once per install; summaries name the person by it. */
  participantId: string;
  name: string;
  /** A department id of the active campaign. */
  department: string;
  /** The revision of the last participation summary exported (docs/formats.md §2); 0 or absent before any. */
  summaryRevision?: number;
  createdAt: string;
  updatedAt: string;
}

/** Settings an organisation pushed by browser policy, as last applied (docs/deploying.md). */
export interface ManagedSettings {
  campaignId?: string;
  collectsReports?: boolean;
  reminderOn?: boolean;
  reminderTime?: string;
}

/** Preferences. One row, key `me`. */
export interface SettingsRow {
  key: 'me';
  /** Campaign the popup records into; empty (NO_CAMPAIGN) until the person picks or starts one (issue #9). */
  activeCampaignId: string;
  /** Language of every page; Vietnamese unless the person picks English. */
  language: Language;
  /** Whether the daily reminder is on. */
  reminderOn: boolean;
  /** `HH:MM` in the campaign's time zone. */
  reminderTime: string;
  /** When a full backup was last saved; the dashboard reminds after a week without one. */
  lastBackupAt?: string;
  /** The person collects the reports for the office: the admin section is shown. */
  adminMode?: boolean;
  /** What the organisation set by browser policy, as last applied (issue #14): those settings are locked. */
  managed?: ManagedSettings;
  updatedAt: string;
}

export interface CampaignRow {
  id: string;
  campaign: Campaign;
  /** Shipped with the app, loaded from a file (or made by the admin office here), a personal challenge, or set by the organisation's browser policy. */
  source: 'built-in' | 'file' | 'personal' | 'policy';
  loadedAt: string;
}

/**
 * One pledge on one day. Key `[campaignId+date+pledgeId]`; an unticked pledge stays as a
 * tombstone (`deleted: true`, count 0) so the row could one day sync.
 */
export interface EntryRow {
  campaignId: string;
  date: CalendarDate;
  pledgeId: string;
  count: number;
  /** Recorded after its own day had passed (inside the backfill window). */
  late: boolean;
  recordedAt: string;
  updatedAt: string;
  deleted: boolean;
}

export interface NoteRow {
  campaignId: string;
  date: CalendarDate;
  note: string;
  updatedAt: string;
}

/** What a pledge change replaced, so that the last change can be undone. */
export interface ChangeRow {
  id: string;
  /** Order of the changes of a campaign: 1, 2, 3… (timestamps can tie or go backwards). */
  seq: number;
  at: string;
  campaignId: string;
  date: CalendarDate;
  pledgeId: string;
  before: Omit<EntryRow, 'campaignId' | 'date' | 'pledgeId'> | null;
}

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
  /** Whether the kept file carried a valid signature (issue #5); false until then. */
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

/**
 * This install's signing key (issue #5). The private key was made non-extractable: it can sign
 * here and never leave, not even in a backup. One row, key `me`.
 */
export interface KeyRow {
  id: 'me';
  privateKey: CryptoKey;
  publicKey: JsonWebKey;
  createdAt: string;
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
 * What the admin office writes on its report for a campaign (issue #12): number, place, the two
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
   * For the office report file (issue #15) when the campaign file names no `organisationId`: the id
   * and name the officer typed. Optional fields of an existing row: no new database version.
   */
  organisationId?: string;
  organisationName?: string;
  updatedAt: string;
}

/**
 * A level above's kept copy of an office report (docs/formats.md §4, issue #15): per campaign,
 * organisation and period, always the one of the latest `generatedAt`.
 * Key `[campaignId+organisationId+periodStart+periodEnd]`.
 */
export interface AgencyReportRow {
  campaignId: string;
  organisationId: string;
  periodStart: string;
  periodEnd: string;
  generatedAt: string;
  /** The report file as read, signature included. */
  report: unknown;
  signed: boolean;
  fileName: string;
  importedAt: string;
}

/**
 * The figures of a kept report summed over its units, by date (issue #15): what the level above's
 * pages read, 30 days a report instead of the units' 1,200. Same key as `AgencyReportRow`,
 * written in the same transaction.
 */
export interface AgencyTotalsRow {
  campaignId: string;
  organisationId: string;
  periodStart: string;
  periodEnd: string;
  generatedAt: string;
  signed: boolean;
  name: Label;
  units: number;
  /** Summed headcounts of the units (0 when none gave one). */
  headcount: number;
  submitted: number;
  tookPart: number;
  days: { date: string; participants: number; pledges: Record<string, number> }[];
  /** The report's totals by indicator code (docs/formats.md §4), when it carried them. */
  indicators?: Record<string, number>;
}

/** The first key a level above saw for an organisation; its later reports must carry the same. */
export interface AgencyPinRow {
  organisationId: string;
  key: string;
  publicKey: JsonWebKey;
  pinnedAt: string;
}

/** An office report held back because it came with another key than the pinned one. */
export interface AgencyHeldRow {
  id: string;
  campaignId: string;
  organisationId: string;
  fileName: string;
  report: unknown;
  receivedAt: string;
}

/** One line of the level above's merge log: every report file it was given, whatever happened. */
export interface AgencyLogRow {
  id: string;
  campaignId: string;
  at: string;
  order?: number;
  fileName: string;
  organisationId?: string;
  organisation?: Label;
  periodStart?: string;
  periodEnd?: string;
  generatedAt?: string;
  signed?: boolean;
  outcome: MergeOutcome;
  reason?: FileIssue;
}

/**
 * What the admin page's first figures need of a kept submission (issue #16): written in the
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
