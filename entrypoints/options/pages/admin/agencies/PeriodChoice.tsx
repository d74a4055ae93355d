import { useI18n } from '@/components/i18n/context';
import { PeriodPicker } from '@/entrypoints/options/pages/admin/rollup/PeriodPicker';
import type { DateRange } from '@/storage/time/range';
import type { Campaign } from '@/storage/types';

interface Props {
  campaign: Campaign;
  /** The periods the kept reports cover, widest first. */
  periods: { start: string; end: string }[];
  range: DateRange;
  onRange: (range: DateRange) => void;
}

/** The period of the figures: one the agencies reported for, or any dates of the campaign. */
export function PeriodChoice({ campaign, periods, range, onRange }: Props) {
  const { t, date } = useI18n();
  const presets = [{ start: campaign.start, end: campaign.end }, ...periods]
    .filter((p, i, all) => all.findIndex((q) => q.start === p.start && q.end === p.end) === i)
    .map((p) => ({
      key: `${p.start}/${p.end}`,
      range: { from: p.start, to: p.end },
      text: `${date(p.start)} – ${date(p.end)}`,
    }));
  return (
    <PeriodPicker
      campaign={campaign}
      presets={presets}
      range={range}
      onRange={onRange}
      words={{
        choose: t('agencies.choosePeriod'),
        custom: t('agencies.customPeriod'),
        from: t('agencies.from'),
        to: t('agencies.to'),
      }}
    />
  );
}
