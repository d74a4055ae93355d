import { indicatorParts } from '@/storage/indicators/sums';
import { type DateRange, within } from '@/storage/time/range';
import type { Campaign } from '@/storage/types';
import type { OfficeReport, ReportActivity, ReportPledge, ReportUnit } from './types';

/**
 * The office report's `pledges`, `activities` and `indicators` (docs/formats.md §4): the
 * campaign's pledges as labelled there, the activities of the period (no place, note, link,
 * departments nor pictures: only the format's fields) and the totals of both parts.
 */

function reportPledges(campaign: Pick<Campaign, 'pledges'>): ReportPledge[] {
  return campaign.pledges.map((p) => ({
    id: p.id,
    label: p.label,
    kind: p.kind,
    ...(p.unit ? { unit: p.unit } : {}),
    ...(p.indicator ? { indicator: p.indicator } : {}),
  }));
}

/** The activities of the period as the file carries them: the format's fields only, by date then title. */
export function reportActivities(activities: readonly ReportActivity[], period: DateRange): ReportActivity[] {
  return activities
    .filter((a) => within(a.date, period))
    .map((a) => ({
      date: a.date,
      kind: a.kind,
      title: a.title.trim(),
      ...(a.participants !== undefined ? { participants: a.participants } : {}),
      results: { ...a.results },
    }))
    .sort((a, b) => a.date.localeCompare(b.date) || a.title.localeCompare(b.title));
}

export function indicatorFields(
  campaign: Pick<Campaign, 'pledges'>,
  units: readonly ReportUnit[],
  activities: readonly ReportActivity[],
  period: DateRange,
): Required<Pick<OfficeReport, 'pledges' | 'activities' | 'indicators'>> {
  const pledges = reportPledges(campaign);
  const kept = reportActivities(activities, period);
  const days = units.flatMap((u) => u.days);
  return { pledges, activities: kept, indicators: indicatorParts(pledges, days, kept, period).total };
}
