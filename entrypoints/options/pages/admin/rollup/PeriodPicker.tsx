import type { DateRange } from '@/storage/time/range';
import type { Campaign } from '@/storage/types';

export interface Preset {
  key: string;
  range: DateRange;
  text: string;
}

interface Props {
  campaign: Pick<Campaign, 'start' | 'end'>;
  /** The periods offered in the list; any other dates of the campaign show as `custom`. */
  presets: readonly Preset[];
  range: DateRange;
  onRange: (range: DateRange) => void;
  words: { choose: string; custom: string; from: string; to: string };
}

/** The period of the figures: one from the list, or any dates inside the campaign typed in. */
export function PeriodPicker({ campaign, presets, range, onRange, words }: Props) {
  const current = presets.find((p) => p.range.from === range.from && p.range.to === range.to)?.key ?? 'custom';
  const setDate = (key: keyof DateRange, value: string) => {
    const next = { ...range, [key]: value };
    if (value && next.from <= next.to && next.from >= campaign.start && next.to <= campaign.end) onRange(next);
  };
  const dateField = (key: keyof DateRange, text: string) => (
    <label>
      {text}{' '}
      <input
        type="date"
        value={range[key]}
        min={campaign.start}
        max={campaign.end}
        onChange={(e) => setDate(key, e.currentTarget.value)}
      />
    </label>
  );
  return (
    <div class="row range">
      <label>
        {words.choose}{' '}
        <select
          value={current}
          onChange={(e) => onRange(presets.find((p) => p.key === e.currentTarget.value)?.range ?? range)}
        >
          {presets.map((p) => (
            <option key={p.key} value={p.key}>
              {p.text}
            </option>
          ))}
          {current === 'custom' && <option value="custom">{words.custom}</option>}
        </select>
      </label>
      {dateField('from', words.from)}
      {dateField('to', words.to)}
    </div>
  );
}
