import { sumOverReports } from '@/storage/indicators/level-above';
import { reportOf } from '@/storage/report-file/build';
import { reportOrganisation, type TypedOrganisation } from '@/storage/report-file/organisation';
import type { OfficeReport, ReportUnit } from '@/storage/report-file/types';
import { signFile } from '@/storage/summary/signing';
import type { DateRange } from '@/storage/time/range';
import type { Campaign } from '@/storage/types';
import type { AgencyFigures } from './figures';

/**
 * The level above's own report file (docs/formats.md §4): the agencies it merged, each summed into
 * one unit of kind "agency", so that it goes up again (province → ministry). Built with the
 * office's builder (`storage/report-file/build.ts`) and signed with this install's key.
 */

function agencyUnits(figures: readonly AgencyFigures[]): ReportUnit[] {
  return [...figures]
    .sort((a, b) => a.organisationId.localeCompare(b.organisationId))
    .map((f) => ({
      id: f.organisationId,
      name: f.name,
      kind: 'agency',
      ...(f.headcount > 0 ? { headcount: f.headcount } : {}),
      submitted: f.submitted,
      tookPart: f.tookPart,
      days: f.days.map((d) => ({ date: d.date, participants: d.participants, pledges: { ...d.pledges } })),
    }));
}

/**
 * The organisation is the campaign's, else the one typed for the office's own report file (kept
 * with the report's details, `storage/report-file/organisation.ts`). Null without either: the
 * report could not say who sends it.
 */
export async function levelAboveReport(
  campaign: Campaign,
  figures: readonly AgencyFigures[],
  period: DateRange,
  generatedAt: string,
  typed: TypedOrganisation = {},
): Promise<OfficeReport | null> {
  const organisation = reportOrganisation(campaign, typed);
  if (!organisation) return null;
  const extra = { indicators: sumOverReports(figures) };
  const report = reportOf({ organisation, campaign, period, generatedAt, units: agencyUnits(figures), extra });
  return signFile(report, generatedAt);
}
