import { useState } from 'preact/hooks';
import { useI18n } from '@/components/i18n/context';
import { useObserved } from '@/components/useObserved';
import { readAgencies } from '@/storage/agencies/store';
import type { DateRange } from '@/storage/time/range';
import type { Campaign } from '@/storage/types';
import { AgencyFiguresView } from './AgencyFiguresView';
import { AgencyImport } from './AgencyImport';
import { AgencyHeld, AgencyLog } from './AgencyLog';
import { AgencyReportButtons } from './AgencyReportButtons';

/**
 * "Tổng hợp báo cáo của các cơ quan": a level above merges the report files of its
 * agencies. Shown for a campaign that lists `agencies` (docs/formats.md §1).
 */
export function AgenciesSection({ campaign }: { campaign: Campaign }) {
  const { t } = useI18n();
  // While an import writes, the figures stop following the store (as for staff summaries).
  const [busy, setBusy] = useState(false);
  const data = useObserved(() => (busy ? Promise.resolve(undefined) : readAgencies(campaign.id)), [campaign.id, busy]);
  const [range, setRange] = useState<DateRange>({ from: campaign.start, to: campaign.end });
  return (
    <section aria-labelledby="agencies-title" class="agencies">
      <h3 id="agencies-title">{t('agencies.title')}</h3>
      <p>{t('agencies.intro')}</p>
      <AgencyImport campaign={campaign} onBusy={setBusy} />
      {data ? (
        <>
          <AgencyHeld held={data.held} />
          <AgencyFiguresView campaign={campaign} totals={data.totals} range={range} onRange={setRange} />
          <AgencyReportButtons campaign={campaign} totals={data.totals} range={range} />
          <AgencyLog campaign={campaign} log={data.log} />
        </>
      ) : (
        !busy && <p>{t('common.loading')}</p>
      )}
    </section>
  );
}
