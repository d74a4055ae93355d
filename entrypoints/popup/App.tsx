import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useNow } from '@/components/clock';
import { I18nProvider, usePageI18n } from '@/components/i18n/context';
import { hasDepartment } from '@/storage/campaign/departments';
import { requestPersistence } from '@/storage/db/persistence';
import { calendarDateIn, campaignPhase } from '@/storage/time/calendar';
import { Damaged } from './Guard';
import { later } from './later';
import { PhaseNotice } from './PhaseNotice';
import { Today } from './Today';
import { useTodayData } from './useTodayData';

// Shown only before a day of recording: loaded when first shown.
const Setup = later(() => import('./Setup').then((m) => m.Setup));
const StartOffers = later(() => import('./StartOffers').then((m) => m.StartOffers));

/** The computer's own time zone, where a personal challenge runs; read here, at the edge. */
const computerZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * The popup by phase: no campaign running today → the ways to start; one still to
 * come → when it starts; running → today's pledges; ended → its results, then the ways to start.
 * It asks only what the campaign needs, and never in the name of one that has ended.
 */
export function App({ zone = computerZone }: { zone?: () => string }) {
  const now = useNow();
  const data = useTodayData();
  const lang = data?.language ?? 'vi';
  const i18n = usePageI18n(lang);
  const [justSetUp, setJustSetUp] = useState(false);

  // The background seeds the settings on install; until then the live query shows "loading" and
  // re-renders when they land, so the popup never writes them itself.
  useEffect(() => void requestPersistence(), []);
  useEffect(() => {
    if (!i18n) return;
    document.documentElement.lang = i18n.lang;
    document.title = i18n.t('app.name');
  }, [i18n]);

  if (data?.damaged) return <Damaged language={data.language} />;
  if (!i18n) return null;
  const campaign = data?.campaign;
  const profile = data?.profile;
  const offers = () => {
    const timeZone = zone();
    return (
      <StartOffers
        today={calendarDateIn(now(), timeZone)}
        timeZone={timeZone}
        name={profile?.name}
        onStarted={() => setJustSetUp(true)}
      />
    );
  };
  let body: JSX.Element;
  if (!data?.settings) body = <p class="muted">{i18n.t('common.loading')}</p>;
  else if (!campaign) {
    body = (
      <>
        <h1>{i18n.t('app.name')}</h1>
        <p data-phase="none">{i18n.t('start.none')}</p>
        {offers()}
      </>
    );
  } else {
    const today = calendarDateIn(now(), campaign.timeZone);
    const phase = campaignPhase(campaign, today);
    const notice = <PhaseNotice campaign={campaign} entries={data.entries} today={today} />;
    const setUp = (
      <Setup campaign={campaign} profile={profile} nested={phase === 'before'} onDone={() => setJustSetUp(true)} />
    );
    if (phase === 'after') {
      body = (
        <>
          {notice}
          {offers()}
        </>
      );
    } else if (!profile || !hasDepartment(campaign, profile.department)) {
      body =
        phase === 'before' ? (
          <>
            {notice}
            {setUp}
          </>
        ) : (
          setUp
        );
    } else {
      body =
        phase === 'before' ? notice : <Today data={{ ...data, campaign }} today={today} focusHeading={justSetUp} />;
    }
  }
  return <I18nProvider value={i18n}>{body}</I18nProvider>;
}
