import { useEffect, useState } from 'preact/hooks';
import { I18nProvider, usePageI18n } from '@/components/i18n/context';
import type { MessageKey } from '@/components/i18n/format';
import { useHash } from '@/components/useHash';
import { useObserved } from '@/components/useObserved';
import { AdminPage } from '@/entrypoints/options/pages/admin/AdminPage';
import { ReportPrint } from '@/entrypoints/options/pages/admin/report/ReportPrint';
import { DataPage } from '@/entrypoints/options/pages/data/DataPage';
import { DepartmentPage } from '@/entrypoints/options/pages/department/DepartmentPage';
import { PosterPage } from '@/entrypoints/options/pages/poster/PosterPage';
import { Progress } from '@/entrypoints/options/pages/progress/ProgressPage';
import { CampaignSettings } from '@/entrypoints/options/pages/settings/CampaignSettings';
import { PersonalSettings } from '@/entrypoints/options/pages/settings/PersonalSettings';
import { ensureBuiltInCampaign } from '@/storage/campaign/store';
import { isBackupDue } from '@/storage/staff/backup';
import { readDashboard } from '@/storage/staff/dashboard-data';

const SECTIONS = ['progress', 'department', 'settings', 'data', 'admin'] as const;
type Section = (typeof SECTIONS)[number];
const TITLES: Record<Section, MessageKey> = {
  progress: 'nav.progress',
  department: 'nav.department',
  settings: 'nav.settings',
  data: 'nav.data',
  admin: 'nav.admin',
};

/** The dashboard: my progress (the page opens here), settings, and my data. */
export function App({ now }: { now: () => number }) {
  const hash = useHash();
  const [viewed, setViewed] = useState<string | undefined>(undefined);
  const data = useObserved(() => readDashboard(viewed), [viewed]);
  // Staff who never turn on the admin office's section never see it.
  const sections = SECTIONS.filter((s) => s !== 'admin' || data?.settings?.adminMode);
  const section: Section = (sections as readonly string[]).includes(hash) ? (hash as Section) : 'progress';
  const lang = data?.settings?.language ?? 'vi';
  const i18n = usePageI18n(lang, true);
  useEffect(() => void ensureBuiltInCampaign(new Date(now()).toISOString()), []);
  useEffect(() => {
    if (!i18n) return;
    document.documentElement.lang = i18n.lang;
    document.title = `${i18n.t(TITLES[section])} — ${i18n.t('app.name')}`;
  }, [i18n, section]);

  if (!i18n) return null;
  const { t } = i18n;
  if (hash.startsWith('report/') && data?.campaign && data.settings?.adminMode) {
    return (
      <I18nProvider value={i18n}>
        <main>
          <ReportPrint campaign={data.campaign} hash={hash} />
        </main>
      </I18nProvider>
    );
  }
  if (hash.startsWith('poster/') && data?.campaign) {
    const poster = <PosterPage campaign={data.campaign} hash={hash} admin={Boolean(data.settings?.adminMode)} />;
    return (
      <I18nProvider value={i18n}>
        <main>{poster}</main>
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
        {!data?.settings ? (
          <p>{t('common.loading')}</p>
        ) : section === 'progress' ? (
          <Progress data={data} now={now} onView={setViewed} />
        ) : section === 'department' ? (
          <DepartmentPage data={data} now={now} />
        ) : section === 'settings' ? (
          <>
            <PersonalSettings data={data} now={now} />
            <CampaignSettings data={data} now={now} />
          </>
        ) : section === 'data' ? (
          <DataPage data={data} now={now} />
        ) : (
          <AdminPage data={data} now={now} />
        )}
      </main>
    </I18nProvider>
  );
}
