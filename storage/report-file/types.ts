import type { Label } from '@/storage/types';

/**
 * The office report file (docs/formats.md §4, `green-office/report`): what an admin
 * office sends to the level above, and what a level above sends on up. Figures only: never a
 * person's name, id or note. Shared by the file's schema and reader (`storage/report-file/`) and
 * the level above's merge (`storage/agencies/`).
 */

export const REPORT_FORMAT = 'green-office/report';
export const REPORT_VERSION = 1;

export interface ReportDay {
  date: string;
  /** People of the unit who took part on the date (at least one pledge). */
  participants: number;
  /** Pledge id → total count on the date. Ids the reader's campaign does not know are kept. */
  pledges: Record<string, number>;
}

export interface ReportUnit {
  id: string;
  name: Label;
  /** An office lists its departments; a level above lists the agencies it merged, one unit each. */
  kind: 'department' | 'agency';
  headcount?: number;
  /** People (or, for an agency, staff summaries) received for the period. */
  submitted: number;
  /** Of them, those who took part on at least one day of the period. */
  tookPart: number;
  days: ReportDay[];
}

export interface ReportSignature {
  alg: 'ES256';
  publicKey: Record<string, unknown>;
  value: string;
}

/** A pledge the units' counts name, as in the body's campaign (docs/formats.md §4). */
export interface ReportPledge {
  id: string;
  label: Label;
  kind: 'daily' | 'action';
  unit?: Label;
  indicator?: string;
}

/** What the body itself organised in the period: never a person's name, never a picture. */
export interface ReportActivity {
  date: string;
  /** A kind of docs/formats.md §5 (`turn-out`, `tree-planting`…). */
  kind: string;
  title: string;
  participants?: number;
  /** Indicator code → value (kg and km may be fractional). */
  results: Record<string, number>;
}

export interface OfficeReport {
  format: typeof REPORT_FORMAT;
  version: typeof REPORT_VERSION;
  organisation: { id: string; name: Label };
  campaign: { id: string; start: string; end: string; timeZone: string; implements?: { id: string } };
  period: { start: string; end: string };
  generatedAt: string;
  units: ReportUnit[];
  pledges?: ReportPledge[];
  activities?: ReportActivity[];
  /** The body's totals by indicator code for the period: its activities' results plus its pledges'. */
  indicators?: Record<string, number>;
  signature?: ReportSignature;
}
