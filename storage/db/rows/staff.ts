import type { CalendarDate, Campaign, Language } from '@/storage/types';

/**
 * The rows of this install's own tables: the person, their settings, campaigns, what they
 * recorded and their signing key (storage/db/database.ts declares the tables and their versions;
 * ./schemas.ts checks what each can hold).
 */

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
  /** Campaign the popup records into; empty (NO_CAMPAIGN) until the person picks or starts one. */
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
  /** What the organisation set by browser policy, as last applied: those settings are locked. */
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
 * This install's signing key. The private key was made non-extractable: it can sign
 * here and never leave, not even in a backup. One row, key `me`.
 */
export interface KeyRow {
  id: 'me';
  privateKey: CryptoKey;
  publicKey: JsonWebKey;
  createdAt: string;
}
