import { useEffect, useMemo } from 'preact/hooks';
import { useI18n } from '@/components/i18n/context';
import { useObserved } from '@/components/useObserved';
import { reportPhotos } from '@/storage/activities/store';
import type { DateRange } from '@/storage/time/range';

/** The print's appendix "Hình ảnh hoạt động": the photos ticked for the report, two to a row, on a page of their own. */
export function PrintPhotos({ campaignId, range }: { campaignId: string; range: DateRange }) {
  const i18n = useI18n();
  const { t } = i18n;
  const chosen = useObserved(() => reportPhotos(campaignId, range), [campaignId, range.from, range.to]);
  const urls = useMemo(
    () => (chosen ?? []).map(({ photo }) => URL.createObjectURL(new Blob([photo.jpeg], { type: 'image/jpeg' }))),
    [chosen],
  );
  useEffect(
    () => () => {
      for (const url of urls) URL.revokeObjectURL(url);
    },
    [urls],
  );
  if (!chosen?.length) return null;
  return (
    <section class="report-photos" aria-labelledby="report-photos-title">
      <h2 id="report-photos-title">{t('photosAppendix.title')}</h2>
      <div class="photo-grid">
        {chosen.map(({ activity, photo }, i) => (
          <figure key={photo.id}>
            <img
              src={urls[i]}
              width={photo.width}
              height={photo.height}
              alt={t('photosAppendix.alt', {
                activity: activity.title,
                date: i18n.date(activity.date),
                caption: photo.caption,
              })}
            />
            <figcaption>{photo.caption || activity.title}</figcaption>
          </figure>
        ))}
      </div>
    </section>
  );
}
