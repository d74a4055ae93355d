import type { FileIssue } from '@/storage/files/file-issues';
import type { Label } from '@/storage/types';
import type { MergeOutcome } from './office';

/** The rows of the level above's tables: the office reports it keeps, their totals, keys, held files and log. */

/**
 * A level above's kept copy of an office report (docs/formats.md §4): per campaign,
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
 * The figures of a kept report summed over its units, by date: what the level above's
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
