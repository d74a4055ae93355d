import { useEffect, useState } from 'preact/hooks';
import { useNow } from '@/components/clock';
import { readTodayPlain, type TodayData } from '@/storage/staff/today-read';

/**
 * Today's data for the popup: first from one plain IndexedDB read of the days it can record, so
 * the pledges paint without waiting for Dexie nor for a year of rows; then from Dexie's live query, loaded once that has rendered,
 * which follows every change made anywhere and takes over.
 */
export function useTodayData(): TodayData | undefined {
  const now = useNow();
  const [data, setData] = useState<TodayData | undefined>(undefined);
  useEffect(() => {
    let live = true;
    let stop: (() => void) | undefined;
    const follow = () =>
      void import('@/storage/staff/today-data').then(({ observeToday }) => {
        if (live) stop = observeToday(setData);
      });
    readTodayPlain(undefined, undefined, now()).then((first) => {
      if (live && first) setData((held) => held ?? first);
      // After the first render (Preact renders in a microtask), so Dexie's code is not in its way.
      setTimeout(follow, 0);
    }, follow);
    return () => {
      live = false;
      stop?.();
    };
  }, []);
  return data;
}
