import type { ComponentType } from 'preact';
import type { MessageKey } from '@/components/i18n/format';
import type { Audience, PageProps, Route } from '@/entrypoints/options/route-types';
import { AdminFrame } from './AdminFrame';
import { AgenciesPage } from './AgenciesPage';
import { ActivitiesPage } from './activities/ActivitiesPage';
import { CampaignPage } from './CampaignPage';
import { FiguresPage } from './FiguresPage';
import { FilesPage } from './FilesPage';
import { OverviewPage } from './OverviewPage';
import { ReportPage } from './ReportPage';
import { SharePage } from './SharePage';

/** The address of the page with no campaign in use: where one creates it. */
const CAMPAIGN = 'admin/campaign';

/** The names with an `adminNav.<name>` string: a page's name is checked against them. */
type AdminPageName = MessageKey extends infer K ? (K extends `adminNav.${infer N}` ? N : never) : never;

/** A page of the admin section at `#admin/<name>`: listed in its navigation, needing a campaign. */
function adminRoute(name: AdminPageName, Page: ComponentType<PageProps>, who: Audience = 'admin'): Route {
  const title = `adminNav.${name}` as const;
  const path = `admin/${name}`;
  return {
    path,
    Page,
    title,
    who,
    section: 'admin',
    needsCampaign: path !== CAMPAIGN,
    fallback: CAMPAIGN,
    Frame: AdminFrame,
  };
}

/** The admin section's pages, in the order of its navigation: a new page is one more line, with its `adminNav.<name>` string. */
export const ADMIN_ROUTES: readonly Route[] = [
  {
    ...adminRoute('overview', OverviewPage),
    path: 'admin',
    title: 'admin.title',
    nav: true,
    navLabel: 'nav.admin',
    sectionLabel: 'adminNav.overview',
  },
  adminRoute('files', FilesPage),
  adminRoute('figures', FiguresPage),
  adminRoute('activities', ActivitiesPage),
  adminRoute('report', ReportPage),
  adminRoute('share', SharePage),
  adminRoute('campaign', CampaignPage),
  adminRoute('agencies', AgenciesPage, 'agencies'),
];
