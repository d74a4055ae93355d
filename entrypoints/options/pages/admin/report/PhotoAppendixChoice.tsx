import { useI18n } from '@/components/i18n/context';
import { useObserved } from '@/components/useObserved';
import { reportPhotos } from '@/storage/activities/store';
import type { DateRange } from '@/storage/time/range';

/** Whether the Word report closes with the photos ticked for it; shown only when some are. */
export function PhotoAppendixChoice({
  campaignId,
  range,
  checked,
  onChange,
}: {
  campaignId: string;
  range: DateRange;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  const { t } = useI18n();
  const count = useObserved(() => reportPhotos(campaignId, range).then((p) => p.length), [campaignId, range]);
  if (!count) return null;
  return (
    <p>
      <label>
        <input type="checkbox" checked={checked} onChange={(e) => onChange(e.currentTarget.checked)} />{' '}
        {t('photosAppendix.include', { count })}
      </label>
    </p>
  );
}
