import { departmentFigures } from '@/storage/admin/figures';
import type { AdminData } from '@/storage/admin/office';
import { signFile } from '@/storage/summary/signing';
import type { DateRange } from '@/storage/time/range';
import type { Campaign, Label } from '@/storage/types';
import { indicatorFields } from './indicators';
import { type OfficeReport, REPORT_FORMAT, REPORT_VERSION, type ReportActivity, type ReportUnit } from './types';

/**
 * Building the office report file (docs/formats.md §4). `reportOf` is pure and generic
 * over units: an office lists its departments (`departmentUnits`), a level above the agencies it
 * merged. Figures only: what goes in is counted from the admin's figures, never a name, an id of a
 * person or a note.
 */

export interface ReportParts {
  organisation: { id: string; name: Label };
  campaign: Pick<Campaign, 'id' | 'start' | 'end' | 'timeZone' | 'implements'>;
  period: DateRange;
  /** When the file is made (RFC 3339); passed in, never read here. */
  generatedAt: string;
  units: ReportUnit[];
  /** The §4 fields beyond the units (`./indicators.ts`); a file without them is still a report. */
  extra?: Pick<OfficeReport, 'pledges' | 'activities' | 'indicators'>;
}

/** The report file of these units, unsigned. Only the plan's id is named from `implements`. */
export function reportOf({ organisation, campaign, period, generatedAt, units, extra }: ReportParts): OfficeReport {
  const { id, start, end, timeZone } = campaign;
  return {
    format: REPORT_FORMAT,
    version: REPORT_VERSION,
    organisation: { id: organisation.id, name: organisation.name },
    campaign: {
      id,
      start,
      end,
      timeZone,
      ...(campaign.implements ? { implements: { id: campaign.implements.id } } : {}),
    },
    period: { start: period.from, end: period.to },
    generatedAt,
    units,
    ...extra,
  };
}

/**
 * The office's departments as units, from the figures the admin page shows (`departmentFigures`,
 * the Word report's too): headcount as used there, people who sent a summary, who took part, and
 * per day the participants and pledge totals. Days nobody took part are left out.
 */
export function departmentUnits(
  campaign: Campaign,
  admin: Pick<AdminData, 'submissions' | 'headcounts' | 'roster'>,
  period: DateRange,
): ReportUnit[] {
  const figures = departmentFigures(campaign, admin.submissions, admin.headcounts, admin.roster, period);
  return figures.map((f, i) => ({
    id: f.id,
    name: campaign.departments[i]!.name,
    kind: 'department',
    headcount: f.denominator,
    submitted: f.submitted,
    tookPart: f.tookPart,
    days: f.days
      .filter((d) => d.participants > 0)
      .map((d) => ({ date: d.date, participants: d.participants, pledges: { ...d.pledges } })),
  }));
}

/** The office's report for a period, signed with this install's key (as its summaries are). */
export async function officeReport(
  campaign: Campaign,
  admin: Pick<AdminData, 'submissions' | 'headcounts' | 'roster'>,
  organisation: ReportParts['organisation'],
  period: DateRange,
  generatedAt: string,
  activities: readonly ReportActivity[] = [],
): Promise<OfficeReport> {
  const units = departmentUnits(campaign, admin, period);
  const extra = indicatorFields(campaign, units, activities, period);
  return signFile(reportOf({ organisation, campaign, period, generatedAt, units, extra }), generatedAt);
}

/** The file's name: `<organisationId>-<period>.json`, safe on every system (ids are `[a-z0-9-]`). */
export function reportFileName(organisationId: string, period: DateRange): string {
  const safe = organisationId.replace(/[^a-z0-9-]/g, '-');
  return `${safe}-${period.from}_${period.to}.json`;
}
