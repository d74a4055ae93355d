import type { ComponentChildren, ComponentType } from 'preact';
import type { MessageKey } from '@/components/i18n/format';
import type { DashboardData } from '@/storage/staff/dashboard-data';

/** The shape of a row of the options page's route table (`route-table.tsx`), for the pages it names. */

/** What every page of the table is given: the dashboard's data and its address's query. */
export interface PageProps {
  data: DashboardData;
  /** What follows `?` in the address (the printable report's period). */
  query: string;
  /** The address without `#` and query (a poster's own path). */
  path: string;
  /** Shows an earlier campaign kept here (my progress offers them). */
  onView: (campaignId: string) => void;
}

/** What holds a page: the route shown, its address's query, and the links of its section's navigation. */
export interface FrameProps {
  data: DashboardData;
  route: Route;
  query: string;
  links: readonly Route[];
  children: ComponentChildren;
}

/** Who sees a route: everyone, the admin office (its section turned on), or a level above. */
export type Audience = 'everyone' | 'admin' | 'agencies';

export interface Route {
  /** The address after `#` (without the query); with `prefix`, any address that starts with it. */
  path: string;
  prefix?: boolean;
  Page: ComponentType<PageProps>;
  /** The document title's first part, and the label of the route's link in its navigation. */
  title: MessageKey;
  who: Audience;
  /** Listed in the dashboard's navigation (others are reached by a link, or by their section's own). */
  nav?: boolean;
  /** The section it belongs to: its link in the dashboard's navigation is current, its own navigation lists it. */
  section?: string;
  /** Its label in the dashboard's navigation, and in its section's (the title when none). */
  navLabel?: MessageKey;
  sectionLabel?: MessageKey;
  /** Needs a campaign in use; without one, `fallback` is shown instead (my progress when none is given). */
  needsCampaign?: boolean;
  fallback?: string;
  /** Shown alone, without the dashboard's header and notices (the print, the posters). */
  bare?: boolean;
  /** What holds the page; one kept mounted while moving between routes that share it. */
  Frame?: ComponentType<FrameProps>;
}
