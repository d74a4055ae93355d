import Dexie, { type EntityTable } from 'dexie';
import { digestOf } from './digest';
import { DB_NAME } from './name';
import type { ActivityRow, PhotoRow } from './rows/activities';
import type { AgencyHeldRow, AgencyLogRow, AgencyPinRow, AgencyReportRow, AgencyTotalsRow } from './rows/agencies';
import type {
  BulletinRow,
  DigestRow,
  HeadcountRow,
  HeldRow,
  MergeLogRow,
  PinRow,
  ReportDetailsRow,
  RosterRow,
  SubmissionRow,
} from './rows/office';
import type { CampaignRow, ChangeRow, EntryRow, KeyRow, NoteRow, ProfileRow, SettingsRow } from './rows/staff';

/** The rows of every table (storage/db/rows/), for the code that reads and writes them. */
export type * from './rows/activities';
export type * from './rows/agencies';
export type * from './rows/office';
export type * from './rows/staff';

/**
 * The one database of the extension. Only modules of storage/ import it. Versions are
 * append-only: never edit a `version(n)` once released; add `version(n + 1)` with an
 * `.upgrade()` and a test that opens a fixture of the old shape.
 */

export class GreenOfficeDb extends Dexie {
  profile!: EntityTable<ProfileRow, 'key'>;
  settings!: EntityTable<SettingsRow, 'key'>;
  campaigns!: EntityTable<CampaignRow, 'id'>;
  entries!: Dexie.Table<EntryRow, [string, string, string]>;
  notes!: Dexie.Table<NoteRow, [string, string]>;
  changes!: EntityTable<ChangeRow, 'id'>;
  submissions!: Dexie.Table<SubmissionRow, [string, string]>;
  mergeLog!: EntityTable<MergeLogRow, 'id'>;
  roster!: Dexie.Table<RosterRow, [string, string]>;
  headcounts!: Dexie.Table<HeadcountRow, [string, string]>;
  keys!: EntityTable<KeyRow, 'id'>;
  pins!: EntityTable<PinRow, 'participantId'>;
  held!: EntityTable<HeldRow, 'id'>;
  bulletins!: EntityTable<BulletinRow, 'campaignId'>;
  reportDetails!: EntityTable<ReportDetailsRow, 'campaignId'>;
  agencyReports!: Dexie.Table<AgencyReportRow, [string, string, string, string]>;
  agencyTotals!: Dexie.Table<AgencyTotalsRow, [string, string, string, string]>;
  agencyPins!: EntityTable<AgencyPinRow, 'organisationId'>;
  agencyHeld!: EntityTable<AgencyHeldRow, 'id'>;
  agencyLog!: EntityTable<AgencyLogRow, 'id'>;
  digests!: Dexie.Table<DigestRow, [string, string]>;
  activities!: EntityTable<ActivityRow, 'id'>;
  photos!: EntityTable<PhotoRow, 'id'>;

  constructor(name = DB_NAME) {
    // Relaxed durability: a transaction stays all-or-nothing, but its commit does not wait for
    // the disk to flush. With Chrome's strict default each commit cost ~30 ms here, which made a
    // click slow and an import of 1,000 files (one transaction each) take half a minute.
    super(name, { chromeTransactionDurability: 'relaxed' });
    this.version(1).stores({
      profile: 'key',
      settings: 'key',
      campaigns: 'id',
      entries: '[campaignId+date+pledgeId], [campaignId+date], campaignId',
      notes: '[campaignId+date], campaignId',
      changes: 'id, [campaignId+seq]',
    });
    // The admin office: new tables only, so no data changes hands.
    this.version(2).stores({
      submissions: '[campaignId+participantId], campaignId',
      mergeLog: 'id, [campaignId+at]',
      roster: '[campaignId+id], campaignId',
      headcounts: '[campaignId+department], campaignId',
    });
    // Trust and distribution: new tables only.
    this.version(3).stores({
      keys: 'id',
      pins: 'participantId',
      held: 'id, campaignId',
      bulletins: 'campaignId',
    });
    // The report an office files: a new table only.
    this.version(4).stores({ reportDetails: 'campaignId' });
    // The level above merging office reports: new tables only.
    this.version(5).stores({
      agencyReports: '[campaignId+organisationId+periodStart+periodEnd], campaignId',
      agencyTotals: '[campaignId+organisationId+periodStart+periodEnd], campaignId',
      agencyPins: 'organisationId',
      agencyHeld: 'id, campaignId',
      agencyLog: 'id, [campaignId+at]',
    });
    // The admin page's first figures from a small read: one digest per kept
    // submission, built here from those already kept, then written with each submission.
    this.version(6)
      .stores({ digests: '[campaignId+participantId], campaignId' })
      .upgrade(async (tx) => {
        const kept = await tx.table<SubmissionRow>('submissions').toArray();
        await tx.table<DigestRow>('digests').bulkPut(kept.map(digestOf));
      });
    // What the office organises, and the photos of it: new tables only.
    this.version(7).stores({
      activities: 'id, [campaignId+date]',
      photos: 'id, activityId',
    });
  }
}

export const db = new GreenOfficeDb();
