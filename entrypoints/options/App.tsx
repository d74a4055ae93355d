import { useEffect } from 'preact/hooks';
import { I18nProvider, usePageI18n } from '../../components/i18n/context';
import { useObserved } from '../../components/useObserved';
import { ensureBuiltInCampaign } from '../../storage/campaigns';
import { readSettingsPage } from '../../storage/settings-page';
import { CampaignSettings } from './pages/CampaignSettings';
import { PersonalSettings } from './pages/PersonalSettings';

/** The options page. For now: settings and campaign files; the dashboard builds on it. */
export function App({ now }: { now: () => number }) {
  const data = useObserved(readSettingsPage, []);
  const lang = data?.settings?.language ?? 'vi';
  const i18n = usePageI18n(lang, true);
  useEffect(() => void ensureBuiltInCampaign(new Date(now()).toISOString()), []);
  useEffect(() => {
    if (!i18n) return;
    document.documentElement.lang = i18n.lang;
    document.title = i18n.t('options.title');
  }, [i18n]);

  if (!i18n) return null;
  return (
    <I18nProvider value={i18n}>
      <h1>{i18n.t('options.title')}</h1>
      {!data?.settings ? (
        <p>{i18n.t('common.loading')}</p>
      ) : (
        <>
          <PersonalSettings data={data} now={now} />
          <CampaignSettings data={data} now={now} />
        </>
      )}
    </I18nProvider>
  );
}
