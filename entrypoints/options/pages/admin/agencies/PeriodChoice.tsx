import { useI18n } from '@/components/i18n/context';
import type { DateRange } from '@/storage/agencies/figures';
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
    .map((p) => ({ key: `${p.start}/${p.end}`, range: { from: p.start, to: p.end } }));
  const current = `${range.from}/${range.to}`;
  const known = presets.some((p) => p.key === current);
  const setDate = (key: keyof DateRange, value: string) => {
    const next = { ...range, [key]: value };
    if (value && next.from <= next.to && next.from >= campaign.start && next.to <= campaign.end) onRange(next);
  };
  return (
    <div class="row range">
      <label>
        {t('agencies.choosePeriod')}{' '}
        <select
          value={known ? current : 'custom'}
          onChange={(e) => onRange(presets.find((p) => p.key === e.currentTarget.value)?.range ?? range)}
        >
          {presets.map((p) => (
            <option key={p.key} value={p.key}>
              {`${date(p.range.from)} – ${date(p.range.to)}`}
            </option>
          ))}
          {!known && <option value="custom">{t('agencies.customPeriod')}</option>}
        </select>
      </label>
      <label>
        {t('agencies.from')}{' '}
        <input
          type="date"
          value={range.from}
          min={campaign.start}
          max={campaign.end}
          onChange={(e) => setDate('from', e.currentTarget.value)}
        />
      </label>
      <label>
        {t('agencies.to')}{' '}
        <input
          type="date"
          value={range.to}
          min={campaign.start}
          max={campaign.end}
          onChange={(e) => setDate('to', e.currentTarget.value)}
        />
      </label>
    </div>
  );
}
