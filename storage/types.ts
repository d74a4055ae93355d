/** Domain types shared by the store, the file formats and the pages. */

/** Text shown to people, keyed by language; `vi` is always present (docs/formats.md). */
export type Label = { vi: string; en?: string; [lang: string]: string | undefined };

/** A `YYYY-MM-DD` calendar date in the campaign's time zone. */
export type CalendarDate = string;

export type PledgeKind = 'daily' | 'action';

export interface Impact {
  perUnit: number;
  unit: Label;
  source: string;
}

export interface Pledge {
  id: string;
  label: Label;
  kind: PledgeKind;
  unit?: Label;
  impact?: Impact;
  /** The indicator of docs/formats.md §5 this pledge's totals feed (`trees-planted`). */
  indicator?: string;
}

export interface Department {
  id: string;
  name: Label;
  headcount?: number;
  /** Marks a unit the admin office is expected to replace with its real structure. */
  example?: boolean;
}

/** A campaign file (docs/formats.md §1) after validation. */
export interface Campaign {
  format: 'green-office/campaign';
  version: 1;
  id: string;
  name: Label;
  organisation: Label;
  reportTo: Label;
  start: CalendarDate;
  end: CalendarDate;
  timeZone: string;
  workingDays: number[];
  holidays: CalendarDate[];
  backfillDays: number;
  departments: Department[];
  pledges: Pledge[];
  /** A stable id of the issuing body, named by office reports (docs/formats.md §1, §4). */
  organisationId?: string;
  /** The plan of the level above that this campaign carries out. */
  implements?: { id: string; name: Label };
  /** For a campaign run by a level above: the bodies expected to send office reports. */
  agencies?: { id: string; name: Label }[];
  /** Shown on pictures made to share the campaign. */
  hashtag?: string;
  /** The title of the plan the campaign carries out, as the office's Word plan names it. */
  plan?: Label;
  /** The plan's own paragraphs; a part left out is drafted from the campaign. */
  planText?: PlanText;
  /** How often the body reports up; a year-round movement reports monthly. */
  reportEvery?: ReportEvery;
}

/** Parts I–III of the office's plan (docs/formats.md §1 `planText`), each at most 5,000 characters. */
export interface PlanText {
  purpose?: Label;
  tasks?: Label;
  implementation?: Label;
}
export type PlanPart = keyof PlanText;

export type ReportEvery = 'week' | 'month' | 'campaign';

export type Language = 'vi' | 'en';
