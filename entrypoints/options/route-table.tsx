import type { DashboardData } from '@/storage/staff/dashboard-data';
import { ADMIN_ROUTES } from './pages/admin/admin-routes';
import { PlanPrint } from './pages/admin/plan/PlanPrint';
import { PrintPage } from './pages/admin/report/PrintPage';
import { DataPage } from './pages/data/DataPage';
import { DepartmentPage } from './pages/department/DepartmentPage';
import { PosterRoutePage } from './pages/poster/PosterRoutePage';
import { ProgressPage } from './pages/progress/ProgressPage';
import { SettingsPage } from './pages/settings/SettingsPage';
import type { Route } from './route-types';
import { AGENCY_REPORT_ROUTE, PLAN_ROUTE, REPORT_ROUTE } from './routes';

/** Every page of the options page, in the order of the dashboard's navigation. */
const ROUTES: readonly Route[] = [
  { path: 'progress', Page: ProgressPage, title: 'nav.progress', who: 'everyone', nav: true },
  { path: 'department', Page: DepartmentPage, title: 'nav.department', who: 'everyone', nav: true },
  { path: 'settings', Page: SettingsPage, title: 'nav.settings', who: 'everyone', nav: true },
  { path: 'data', Page: DataPage, title: 'nav.data', who: 'everyone', nav: true },
  ...ADMIN_ROUTES,
  { path: REPORT_ROUTE, Page: PrintPage, title: 'report.title', who: 'admin', needsCampaign: true, bare: true },
  {
    path: AGENCY_REPORT_ROUTE,
    Page: PrintPage,
    title: 'agencyReport.title',
    who: 'agencies',
    needsCampaign: true,
    bare: true,
  },
  // The plan's campaign travels in its address: it prints the editor's campaign as it stands.
  { path: PLAN_ROUTE, Page: PlanPrint, title: 'plan.pageTitle', who: 'admin', bare: true },
  {
    path: 'poster/',
    prefix: true,
    Page: PosterRoutePage,
    title: 'poster.title',
    who: 'everyone',
    needsCampaign: true,
    bare: true,
  },
];

const HOME = ROUTES[0]!;

type Seen = Pick<DashboardData, 'settings' | 'campaign'> | undefined;

/** Whether the person may see a route, from their settings and the campaign in use. */
function allowed(route: Route, data: Seen): boolean {
  const admin = Boolean(data?.settings?.adminMode);
  if (route.who === 'admin') return admin;
  if (route.who === 'agencies') return admin && Boolean(data?.campaign?.agencies?.length);
  return true;
}

const find = (path: string) => ROUTES.find((r) => (r.prefix ? path.startsWith(r.path) : r.path === path));

/**
 * The route an address shows: its own, its fallback when it needs a campaign and none is in
 * use, my progress when the address is unknown or not for this person.
 */
export function resolveRoute(path: string, data: Seen): Route {
  const route = find(path);
  if (!route || !allowed(route, data)) return HOME;
  if (route.needsCampaign && !data?.campaign) return (route.fallback && find(route.fallback)) || HOME;
  return route;
}

const shown = (r: Route, data: Seen) => allowed(r, data) && (!r.needsCampaign || Boolean(data?.campaign));

/**
 * The address to show instead when an address's page needs a campaign and none is in use (the
 * campaign page for the admin section): the page stays put when the campaign made there comes in.
 */
export function fallbackOf(path: string, data: Seen): string | null {
  const route = find(path);
  return route?.needsCampaign && route.fallback && data?.campaign === undefined && allowed(route, data)
    ? route.fallback
    : null;
}

/** The dashboard's links for this person (one that needs a campaign leads to its fallback without). */
export const dashboardLinks = (data: Seen) => ROUTES.filter((r) => r.nav && allowed(r, data));

/** The links of a section's own navigation (the admin section's pages) for this person. */
export const sectionLinks = (section: string, data: Seen) =>
  ROUTES.filter((r) => r.section === section && shown(r, data));

/** The dashboard's link that is current while a route is shown. */
export const sectionOf = (route: Route) => route.section ?? route.path;
