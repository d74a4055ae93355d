import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { calendarDateIn } from '@/storage/time/calendar';
import type { Campaign } from '@/storage/types';

/** Milliseconds since the epoch: the one source of "now" for every page, set by tests. */
export type Clock = () => number;

const ClockContext = createContext<Clock>(() => Date.now());

/** Gives the pages below it their clock: `main.tsx` passes the real one, tests their own. */
export const ClockProvider = ClockContext.Provider;

/** The page's clock (read it when acting, not once at render: a page stays open past midnight). */
export function useNow(): Clock {
  return useContext(ClockContext);
}

/**
 * Today's calendar date in the campaign's time zone, worked out from the page's clock; '' with
 * no campaign (a hook is called on every render, campaign or not).
 */
export function useToday(campaign: Pick<Campaign, 'timeZone'> | undefined): string {
  const now = useNow();
  return campaign ? calendarDateIn(now(), campaign.timeZone) : '';
}
