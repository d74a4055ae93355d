import type { EntryRow } from '@/storage/db/database';
import { monthFigures } from '@/storage/progress/month-figures';
import { earlierOf } from '@/storage/time/calendar';
import type { CalendarDate, Campaign, Label } from '@/storage/types';
import { type ImpactLine, impactLines } from './impacts';

/**
 * What the "share my progress" picture says, as a pure function of the kept entries
 * and `today`: the campaign, days taken part out of working days so far, the streak, the actions
 * done, and the estimates the campaign file supports. The person's name is added by the page,
 * only when they tick it.
 */

export interface CardAction {
  pledgeId: string;
  label: Label;
  unit?: Label;
  count: number;
}

export interface PersonalCard {
  name: Label;
  organisation: Label;
  start: CalendarDate;
  end: CalendarDate;
  /** The last day the figures count: today, or the end of a campaign that is over. */
  asOf: CalendarDate;
  daysTakenPart: number;
  workingDaysSoFar: number;
  /** Working days so far with a pledge: the person's participation on working days, over the above. */
  workingDaysTaken: number;
  /** Named while no working day has come yet (a challenge started on a Sunday). */
  firstWorkingDay?: CalendarDate;
  streak: number;
  /** Action pledges done at least once, in the campaign's order. */
  actions: CardAction[];
  /** Estimates above zero, each with its coefficient and source. */
  impacts: ImpactLine[];
  hashtag?: string;
}

export function personalCard(campaign: Campaign, entries: readonly EntryRow[], today: CalendarDate): PersonalCard {
  const figures = monthFigures(campaign, entries, today);
  const actions = campaign.pledges
    .filter((p) => p.kind === 'action' && (figures.totals[p.id] ?? 0) > 0)
    .map((p) => ({ pledgeId: p.id, label: p.label, unit: p.unit, count: figures.totals[p.id]! }));
  return {
    name: campaign.name,
    organisation: campaign.organisation,
    start: campaign.start,
    end: campaign.end,
    asOf: earlierOf(today, campaign.end),
    daysTakenPart: figures.daysTakenPart,
    workingDaysSoFar: figures.workingDaysSoFar,
    workingDaysTaken: figures.workingDaysTaken,
    firstWorkingDay: figures.firstWorkingDay,
    streak: figures.streak,
    actions,
    impacts: impactLines(campaign, figures.totals).filter((line) => line.estimate > 0),
    hashtag: campaign.hashtag,
  };
}
