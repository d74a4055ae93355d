import { useEffect, useState } from 'preact/hooks';
import { ErrorBoundary } from '@/components/ErrorBoundary';
import { I18nProvider, usePageI18n } from '@/components/i18n/context';
import { useHash } from '@/components/useHash';
import { useObserved } from '@/components/useObserved';
import { Recovery } from '@/entrypoints/options/pages/data/Recovery';
import { type DashboardData, readDashboard } from '@/storage/staff/dashboard-data';
import { DashboardHeader } from './frame/DashboardHeader';
import { usePageFocus } from './frame/focus';
import { BackupReminder, DamagedNotice } from './frame/notices';
import { useBuiltInCampaign } from './frame/seed';
import { useDocumentTitle } from './frame/title';
import { fallbackOf, resolveRoute, sectionLinks, sectionOf } from './route-table';
import { routeOf } from './routes';

/** What the restore is given when nothing could be read. */
const NOTHING: DashboardData = { campaigns: [], entries: [], notes: [] };
const UNREADABLE: DashboardData = { ...NOTHING, damaged: true };

/** The options page: the route its address names (`#progress` when none), in the dashboard's frame. */
export function App() {
  const address = routeOf(useHash());
  const [viewed, setViewed] = useState<string | undefined>(undefined);
  // A read that fails outright (the database will not open, whatever the cause) is a damaged
  // store too: the page shows the restore instead of waiting for ever.
  const data = useObserved(() => readDashboard(viewed).catch(() => UNREADABLE), [viewed]);
  const route = resolveRoute(address.name, data);
  const i18n = usePageI18n(data?.settings?.language ?? 'vi', true);
  useBuiltInCampaign();
  usePageFocus(route.path, Boolean(data?.settings));
  useDocumentTitle(i18n, route.title);
  // An address shown through its fallback is replaced by the fallback's own (no new history entry).
  const fallback = data?.settings ? fallbackOf(address.name, data) : null;
  useEffect(() => {
    if (fallback) window.location.replace(`#${fallback}`);
  }, [fallback]);

  if (!i18n) return null;
  const page = data && <route.Page data={data} query={address.query} path={address.name} onView={setViewed} />;
  if (route.bare) {
    return (
      <I18nProvider value={i18n}>
        <main>{page}</main>
      </I18nProvider>
    );
  }
  const onData = route.path === 'data';
  const Frame = route.Frame;
  return (
    <I18nProvider value={i18n}>
      <DashboardHeader data={data} route={route} />
      <main>
        <BackupReminder data={data} onData={onData} />
        <DamagedNotice data={data} onData={onData} />
        <ErrorBoundary key={sectionOf(route)} resetKey={data} fallback={<Recovery data={data ?? NOTHING} />}>
          {data?.damaged && !(data.settings && data.campaign) ? (
            // The settings or the campaign they record into cannot be read: no page can work.
            <Recovery data={data} />
          ) : !data?.settings ? (
            <p>{i18n.t('common.loading')}</p>
          ) : Frame ? (
            <Frame data={data} route={route} query={address.query} links={sectionLinks(sectionOf(route), data)}>
              {page}
            </Frame>
          ) : (
            page
          )}
        </ErrorBoundary>
      </main>
    </I18nProvider>
  );
}
