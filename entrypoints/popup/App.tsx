import { useEffect, useMemo } from 'preact/hooks';
import { I18nProvider, makeI18n } from '../../components/i18n';
import { useObserved } from '../../components/useObserved';
import { calendarDateIn } from '../../storage/calendar';
import { ensureBuiltInCampaign } from '../../storage/campaigns';
import { requestPersistence } from '../../storage/persistence';
import { readPopupData } from '../../storage/popup-data';
import { PhaseNotice } from './PhaseNotice';
import { Setup } from './Setup';
import { Today } from './Today';

export function App({ now }: { now: () => number }) {
  const data = useObserved(readPopupData, []);
  const lang = data?.settings?.language ?? 'vi';
  const i18n = useMemo(() => makeI18n(lang), [lang]);

  useEffect(() => {
    // The background seeds on install; this covers a popup opened before it finished.
    void ensureBuiltInCampaign(new Date(now()).toISOString());
    void requestPersistence();
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = i18n.t('app.name');
  }, [lang]);

  const campaign = data?.campaign;
  let body;
  if (!data || !campaign) body = <p class="muted">{i18n.t('common.loading')}</p>;
  else if (!data.profile) body = <Setup campaign={campaign} now={now} />;
  else {
    const today = calendarDateIn(now(), campaign.timeZone);
    body =
      today < campaign.start || today > campaign.end ? (
        <PhaseNotice campaign={campaign} entries={data.entries} today={today} />
      ) : (
        <Today data={{ ...data, campaign }} today={today} now={now} />
      );
  }
  return <I18nProvider value={i18n}>{body}</I18nProvider>;
}
