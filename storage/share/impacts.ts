import type { Campaign, Impact, Label } from '@/storage/types';

/**
 * Impact estimates: units of a pledge times the coefficient its campaign file gives,
 * with the source the file names. A pledge without a coefficient has no estimate: never a guess.
 */

export interface ImpactLine {
  pledgeId: string;
  label: Label;
  /** Units of the pledge (days kept, trees…) the estimate counts. */
  units: number;
  estimate: number;
  impact: Impact;
}

/** The pledges of a campaign that carry a coefficient, in the file's order. */
export const pledgesWithImpact = (campaign: Campaign) => campaign.pledges.filter((p) => p.impact);

/** One line per pledge with a coefficient, from the totals per pledge id. */
export function impactLines(campaign: Campaign, totals: Readonly<Record<string, number>>): ImpactLine[] {
  return pledgesWithImpact(campaign).map((p) => {
    const units = totals[p.id] ?? 0;
    return { pledgeId: p.id, label: p.label, units, estimate: units * p.impact!.perUnit, impact: p.impact! };
  });
}

/**
 * Estimates per department from each department's pledge totals (the admin figures, the
 * bulletin, the workbook and the report all hold such totals), in the order given.
 */
export function departmentImpacts(
  campaign: Campaign,
  totals: ReadonlyMap<string, Readonly<Record<string, number>>>,
): { department: string; lines: ImpactLine[] }[] {
  return [...totals].map(([department, pledges]) => ({ department, lines: impactLines(campaign, pledges) }));
}

/** Every distinct source the lines cite, so a page can list each once. */
export const sourcesOf = (lines: readonly ImpactLine[]) => [...new Set(lines.map((l) => l.impact.source))];
