import { useEffect, useRef, useState } from 'preact/hooks';
import { ErrorBoundary } from '@/components/ErrorBoundary';
import { I18nProvider, usePageI18n } from '@/components/i18n/context';
import type { MessageKey } from '@/components/i18n/format';
import { useHash } from '@/components/useHash';
import { useObserved } from '@/components/useObserved';
import { AdminPage } from '@/entrypoints/options/pages/admin/AdminPage';
import { PlanPrint } from '@/entrypoints/options/pages/admin/plan/PlanPrint';
import { ReportPrint } from '@/entrypoints/options/pages/admin/report/ReportPrint';
import { DataPage } from '@/entrypoints/options/pages/data/DataPage';
import { Recovery } from '@/entrypoints/options/pages/data/Recovery';
import { DepartmentPage } from '@/entrypoints/options/pages/department/DepartmentPage';
import { PosterPage } from '@/entrypoints/options/pages/poster/PosterPage';
import { ProgressPage } from '@/entrypoints/options/pages/progress/ProgressPage';
import { SettingsPage } from '@/entrypoints/options/pages/settings/SettingsPage';
import { isBackupDue } from '@/storage/backup/backup';
import { ensureBuiltInCampaign } from '@/storage/campaign/store';
import { type DashboardData, readDashboard } from '@/storage/staff/dashboard-data';
import { AGENCY_REPORT_ROUTE, PLAN_ROUTE, REPORT_ROUTE, routeOf } from './routes';

/** What the restore is given when nothing could be read. */
const NOTHING: DashboardData = { campaigns: [], entries: [], notes: [] };
const UNREADABLE: DashboardData = { ...NOTHING, damaged: true };

const SECTIONS = ['progress', 'department', 'settings', 'data', 'admin'] as const;
type Section = (typeof SECTIONS)[number];
const TITLES: Record<Section, MessageKey> = {
  progress: 'nav.progress',
  department: 'nav.department',
  settings: 'nav.settings',
  data: 'nav.data',
  admin: 'nav.admin',
};

/**
 * After a move to another section (a link of the nav, or Back), the focus goes to the new
 * section's first heading, as a page load would put a screen reader there (issue #17): it is
 * not left on a link of the nav, nor lost to the page top. The first section shown keeps the
 * browser's own start.
 */
function useSectionFocus(section: string, ready: boolean) {
  const shown = useRef<string | null>(null);
  useEffect(() => {
    if (!ready) return;
    const before = shown.current;
    shown.current = section;
    if (before === null || before === section) return;
    // A part of the new section that took the focus itself (the share panel at `#share`) keeps it.
    if (document.querySelector('main')?.contains(document.activeElement)) return;
    const heading = document.querySelector<HTMLElement>('main h2');
    if (!heading) return;
    if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
    heading.focus();
  }, [section, ready]);
}

/** The dashboard's routes: a section a hash (`#settings`), my progress when none is given. */
export function App({ now }: { now: () => number }) {
  const route = routeOf(useHash());
  const [viewed, setViewed] = useState<string | undefined>(undefined);
  // A read that fails outright (the database will not open, whatever the cause) is a damaged
  // store too: the page shows the restore instead of waiting for ever.
  const data = useObserved(() => readDashboard(viewed).catch(() => UNREADABLE), [viewed]);
  // Staff who never turn on the admin office's section never see it.
  const sections = SECTIONS.filter((s) => s !== 'admin' || data?.settings?.adminMode);
  const section: Section = (sections as readonly string[]).includes(route.name) ? (route.name as Section) : 'progress';
  const level = route.name === AGENCY_REPORT_ROUTE ? 'agencies' : route.name === REPORT_ROUTE ? 'office' : null;
  const printing = level && data?.campaign && data.settings?.adminMode;
  const planPrint = route.name === PLAN_ROUTE && data?.settings?.adminMode;
  const poster = route.name.startsWith('poster/');
  const lang = data?.settings?.language ?? 'vi';
  const i18n = usePageI18n(lang, true);
  useEffect(() => void ensureBuiltInCampaign(new Date(now()).toISOString()), []);
  useSectionFocus(section, Boolean(data?.settings));
  useEffect(() => {
    if (!i18n) return;
    document.documentElement.lang = i18n.lang;
    const page = planPrint
      ? 'plan.pageTitle'
      : printing
        ? level === 'agencies'
          ? 'agencyReport.title'
          : 'report.title'
        : poster
          ? 'poster.title'
          : TITLES[section];
    document.title = `${i18n.t(page)} — ${i18n.t('app.name')}`;
  }, [i18n, section, printing, level, poster, planPrint]);

  if (!i18n) return null;
  const { t } = i18n;
  if (printing) {
    return (
      <I18nProvider value={i18n}>
        <main>
          <ReportPrint campaign={data.campaign!} query={route.query} level={level} />
        </main>
      </I18nProvider>
    );
  }
  if (planPrint) {
    return (
      <I18nProvider value={i18n}>
        <main>
          <PlanPrint query={route.query} />
        </main>
      </I18nProvider>
    );
  }
  if (poster && data?.campaign) {
    const admin = Boolean(data.settings?.adminMode);
    return (
      <I18nProvider value={i18n}>
        <main>
          <PosterPage campaign={data.campaign} hash={route.name} admin={admin} />
        </main>
      </I18nProvider>
    );
  }
  const backupDue = data?.settings && isBackupDue(data.settings.lastBackupAt, now(), data.firstRecordedAt);
  return (
    <I18nProvider value={i18n}>
      <header class="top">
        <h1>{t('app.name')}</h1>
        <nav aria-label={t('nav.label')}>
          {sections.map((s) => (
            <a key={s} href={`#${s}`} aria-current={s === section ? 'page' : undefined}>
              {t(TITLES[s])}
            </a>
          ))}
        </nav>
      </header>
      <main>
        {backupDue && section !== 'data' && (
          <p class="notice warn">
            {t('backup.due')} <a href="#data">{t('backup.goThere')}</a>
          </p>
        )}
        {data?.damaged && (
          <p role="alert" class="notice error">
            {t('recovery.partial')} {section !== 'data' && <a href="#data">{t('recovery.goThere')}</a>}
          </p>
        )}
        <ErrorBoundary key={section} resetKey={data} fallback={<Recovery data={data ?? NOTHING} now={now} />}>
          {data?.damaged && !(data.settings && data.campaign) ? (
            // The settings or the campaign they record into cannot be read: no section can work.
            <Recovery data={data} now={now} />
          ) : !data?.settings ? (
            <p>{t('common.loading')}</p>
          ) : section === 'progress' ? (
            <ProgressPage data={data} now={now} onView={setViewed} />
          ) : section === 'department' ? (
            <DepartmentPage data={data} now={now} />
          ) : section === 'settings' ? (
            <SettingsPage data={data} now={now} />
          ) : section === 'data' ? (
            <DataPage data={data} now={now} />
          ) : (
            <AdminPage data={data} now={now} />
          )}
        </ErrorBoundary>
      </main>
    </I18nProvider>
  );
}
