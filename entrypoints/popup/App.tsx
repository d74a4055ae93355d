import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { I18nProvider, usePageI18n } from '@/components/i18n/context';
import { useObserved } from '@/components/useObserved';
import { requestPersistence } from '@/storage/db/persistence';
import { readTodayData } from '@/storage/staff/today-data';
import { calendarDateIn } from '@/storage/time/calendar';
import { PhaseNotice } from './PhaseNotice';
import { Setup } from './Setup';
import { Today } from './Today';

export function App({ now }: { now: () => number }) {
  const data = useObserved(readTodayData, []);
  const lang = data?.settings?.language ?? 'vi';
  const i18n = usePageI18n(lang);
  const [justSetUp, setJustSetUp] = useState(false);

  // The background seeds the built-in campaign on install; until then the live query shows
  // "loading" and re-renders when it lands, so the popup never loads the campaign file itself.
  useEffect(() => void requestPersistence(), []);
  useEffect(() => {
    if (!i18n) return;
    document.documentElement.lang = i18n.lang;
    document.title = i18n.t('app.name');
  }, [i18n]);

  if (!i18n) return null;
  const campaign = data?.campaign;
  let body: JSX.Element;
  if (!data || !campaign) body = <p class="muted">{i18n.t('common.loading')}</p>;
  else if (!data.profile) body = <Setup campaign={campaign} now={now} onDone={() => setJustSetUp(true)} />;
  else {
    const today = calendarDateIn(now(), campaign.timeZone);
    body =
      today < campaign.start || today > campaign.end ? (
        <PhaseNotice campaign={campaign} entries={data.entries} today={today} />
      ) : (
        <Today data={{ ...data, campaign }} today={today} now={now} focusHeading={justSetUp} />
      );
  }
  return <I18nProvider value={i18n}>{body}</I18nProvider>;
}
