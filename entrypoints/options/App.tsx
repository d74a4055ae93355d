import { useEffect, useState } from 'preact/hooks';
import { I18nProvider, usePageI18n } from '../../components/i18n/context';
import type { MessageKey } from '../../components/i18n/format';
import { useHash } from '../../components/useHash';
import { useObserved } from '../../components/useObserved';
import { isBackupDue } from '../../storage/backup';
import { ensureBuiltInCampaign } from '../../storage/campaigns';
import { readDashboard } from '../../storage/dashboard-data';
import { CampaignSettings } from './pages/CampaignSettings';
import { DataPage } from './pages/DataPage';
import { PersonalSettings } from './pages/PersonalSettings';
import { Progress } from './pages/Progress';

const SECTIONS = ['progress', 'settings', 'data'] as const;
type Section = (typeof SECTIONS)[number];
const TITLES: Record<Section, MessageKey> = { progress: 'nav.progress', settings: 'nav.settings', data: 'nav.data' };

/** The dashboard: my progress (the page opens here), settings, and my data. */
export function App({ now }: { now: () => number }) {
  const hash = useHash();
  const section: Section = (SECTIONS as readonly string[]).includes(hash) ? (hash as Section) : 'progress';
  const [viewed, setViewed] = useState<string | undefined>(undefined);
  const data = useObserved(() => readDashboard(viewed), [viewed]);
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
  const backupDue = data?.settings && isBackupDue(data.settings.lastBackupAt, now(), data.firstRecordedAt);
  return (
    <I18nProvider value={i18n}>
      <header class="top">
        <h1>{t('app.name')}</h1>
        <nav aria-label={t('nav.label')}>
          {SECTIONS.map((s) => (
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
        ) : section === 'settings' ? (
          <>
            <PersonalSettings data={data} now={now} />
            <CampaignSettings data={data} now={now} />
          </>
        ) : (
          <DataPage data={data} now={now} />
        )}
      </main>
    </I18nProvider>
  );
}
