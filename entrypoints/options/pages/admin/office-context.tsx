import { type ComponentChildren, createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import { useNow } from '@/components/clock';
import { useObserved } from '@/components/useObserved';
import { parseRangeQuery } from '@/entrypoints/options/routes';
import { type AdminData, type FirstData, readAdmin, readFirst } from '@/storage/admin/office';
import { calendarDateIn } from '@/storage/time/calendar';
import { defaultReportPeriod } from '@/storage/time/periods';
import type { DateRange } from '@/storage/time/range';
import type { Campaign } from '@/storage/types';

/** What the admin section's pages share while one moves between them. */
export interface Office {
  campaign: Campaign;
  /** The small read (the digests): what a page paints first. */
  first: FirstData | undefined;
  /** Every kept submission whole, once read. */
  admin: AdminData | undefined;
  /** An import is writing: the figures stop following the store meanwhile. */
  busy: boolean;
  setBusy: (busy: boolean) => void;
  /** The period the figures, the report and the pictures are for, chosen on any of them. */
  range: DateRange;
  setRange: (range: DateRange) => void;
}

const OfficeContext = createContext<Office | null>(null);

/** The office's data and the period chosen, for the admin pages; null with no campaign in use. */
export const useOffice = () => useContext(OfficeContext);

/**
 * Reads the office's data once for every admin page (kept while one moves between them); gives
 * null with no campaign in use.
 */
export function OfficeProvider({
  campaign,
  query,
  children,
}: {
  campaign: Campaign | undefined;
  /** An address's query may name the period (`?from=…&to=…`, a link of the overview). */
  query: string;
  children: ComponentChildren;
}) {
  const id = campaign?.id;
  // A body that reports monthly or weekly starts from its last whole month or week.
  const today = calendarDateIn(useNow()(), campaign?.timeZone ?? 'UTC');
  // While an import writes, the figures stop following the store: re-reading thousands of
  // summaries after each file's transaction would slow the import itself. They read once after.
  const [busy, setBusy] = useState(false);
  // The first figures come from a small read (the digests), painted before the whole read.
  const first = useObserved(() => (busy || !id ? Promise.resolve(undefined) : readFirst(id)), [id, busy]);
  // The whole read starts once they are painted: reading thousands of summaries takes the main
  // thread for seconds, and started beside the small read it held back the first paint.
  const painted = usePaintedAfter(first !== undefined);
  const admin = useObserved(
    () => (busy || !painted || !id ? Promise.resolve(undefined) : readAdmin(id)),
    [id, busy, painted],
  );
  const named = campaign && parseRangeQuery(query, campaign);
  const [chosen, setRange] = useState<{ of?: string; range?: DateRange }>({ of: id, range: named ?? undefined });
  useEffect(() => {
    if (named) setRange({ of: id, range: named });
  }, [query]);
  if (!campaign) return <OfficeContext.Provider value={null}>{children}</OfficeContext.Provider>;
  // A period chosen for another campaign is not this one's: the whole campaign until one is chosen.
  const range = chosen.of === id && chosen.range ? chosen.range : defaultReportPeriod(campaign, today);
  const office: Office = {
    campaign,
    first,
    admin,
    busy,
    setBusy,
    range,
    setRange: (next) => setRange({ of: id, range: next }),
  };
  return <OfficeContext.Provider value={office}>{children}</OfficeContext.Provider>;
}

/** True from the frame after `ready` became true (the browser has painted what came with it). */
function usePaintedAfter(ready: boolean): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (!ready) return setPainted(false);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setPainted(true));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [ready]);
  return painted;
}
