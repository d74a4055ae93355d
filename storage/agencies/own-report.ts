import { levelAboveTotals } from '@/storage/indicators/level-above';
import { activityTotals } from '@/storage/indicators/sums';
import { reportOf } from '@/storage/report-file/build';
import { reportActivities } from '@/storage/report-file/indicators';
import { reportOrganisation, type TypedOrganisation } from '@/storage/report-file/organisation';
import type { OfficeReport, ReportActivity, ReportUnit } from '@/storage/report-file/types';
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
 * report could not say who sends it. The level above's own activities of the period go in as an
 * office's do, and its totals are its agencies' added up plus what those activities gave.
 */
export async function levelAboveReport(
  campaign: Campaign,
  figures: readonly AgencyFigures[],
  period: DateRange,
  generatedAt: string,
  typed: TypedOrganisation = {},
  activities: readonly ReportActivity[] = [],
): Promise<OfficeReport | null> {
  const organisation = reportOrganisation(campaign, typed);
  if (!organisation) return null;
  const kept = reportActivities(activities, period);
  const indicators = levelAboveTotals(figures, activityTotals(kept, period));
  const extra = { ...(kept.length > 0 ? { activities: kept } : {}), indicators };
  const report = reportOf({ organisation, campaign, period, generatedAt, units: agencyUnits(figures), extra });
  return signFile(report, generatedAt);
}
