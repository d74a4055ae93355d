import type { RuleCode } from '@/storage/files/file-issues';
import { charCount, MAX_TEXT } from '@/storage/files/limits';
import { DEPARTMENT_ID } from '@/storage/files/schema-parts';
import type { Campaign, Label } from '@/storage/types';

/**
 * Which body an office report names (docs/formats.md §4): the campaign's `organisationId` and
 * `organisation`; when the campaign file has no id, the one the officer typed, kept with the
 * report's details (`storage/report/details.ts`).
 */

export interface ReportOrganisation {
  id: string;
  name: Label;
}

/** What the officer typed for a campaign without an `organisationId`. */
export interface TypedOrganisation {
  organisationId?: string;
  organisationName?: string;
}

/** The campaign's own organisation, or null when its file names no id. */
export function campaignOrganisation(campaign: Campaign): ReportOrganisation | null {
  return campaign.organisationId ? { id: campaign.organisationId, name: campaign.organisation } : null;
}

/** The first rule the typed id or name breaks, with the field, or null. */
export function checkOrganisation(id: string, name: string): { field: 'id' | 'name'; rule: RuleCode } | null {
  if (!DEPARTMENT_ID.test(id)) return { field: 'id', rule: 'organisation-id' };
  const trimmed = name.trim();
  if (trimmed.length === 0) return { field: 'name', rule: 'text-empty' };
  if (charCount(trimmed) > MAX_TEXT) return { field: 'name', rule: 'text-long' };
  return null;
}

/**
 * The organisation a report names: the campaign's when it has an id, else the typed one if it keeps
 * the rules. A typed name that is the campaign's own Vietnamese name keeps the campaign's label
 * (with its English); another is Vietnamese only.
 */
export function reportOrganisation(campaign: Campaign, typed: TypedOrganisation = {}): ReportOrganisation | null {
  const own = campaignOrganisation(campaign);
  if (own) return own;
  const id = typed.organisationId ?? '';
  const name = (typed.organisationName ?? '').trim();
  if (checkOrganisation(id, name)) return null;
  return { id, name: name === campaign.organisation.vi.trim() ? campaign.organisation : { vi: name } };
}
