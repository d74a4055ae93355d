import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '@/components/i18n/context';
import { withLimits } from '@/components/i18n/format';
import { reducePhoto } from '@/storage/activities/photo-reduce';
import type { PhotoDraft } from '@/storage/activities/store';

/** A photo's bytes shown from an object URL, freed when it goes. */
function Thumb({ photo, alt }: { photo: PhotoDraft; alt: string }) {
  const [url, setUrl] = useState('');
  useEffect(() => {
    const made = URL.createObjectURL(new Blob([photo.jpeg], { type: 'image/jpeg' }));
    setUrl(made);
    return () => URL.revokeObjectURL(made);
  }, [photo.jpeg]);
  return url ? <img src={url} alt={alt} width={160} height={Math.round((160 * photo.height) / photo.width)} /> : null;
}

/** The activity's photos: add (made smaller here), caption, "in the report" tick, remove. */
export function PhotoFields({
  photos,
  onChange,
  onMessage,
}: {
  photos: PhotoDraft[];
  onChange: (photos: PhotoDraft[]) => void;
  onMessage: (text: string, error: boolean) => void;
}) {
  const { t } = useI18n();
  const set = (i: number, change: Partial<PhotoDraft>) =>
    onChange(photos.map((p, j) => (j === i ? { ...p, ...change } : p)));

  async function pick(event: Event) {
    const input = event.currentTarget as HTMLInputElement;
    const files = [...(input.files ?? [])];
    input.value = '';
    if (files.length === 0) return;
    onMessage(t('activities.reducing'), false);
    const added: PhotoDraft[] = [];
    for (const file of files) {
      const reduced = await reducePhoto(file);
      if (!reduced.ok) {
        const reason = t(`photoProblem.${reduced.problem}`, withLimits());
        onMessage(t('activities.photoRefused', { file: file.name, reason }), true);
        if (added.length) onChange([...photos, ...added]);
        return;
      }
      const { jpeg, width, height } = reduced;
      added.push({ id: crypto.randomUUID(), jpeg, width, height, caption: '', inReport: true });
    }
    onChange([...photos, ...added]);
    onMessage(t('activities.photoAdded', { count: added.length }), false);
  }

  return (
    <fieldset class="activity-photos">
      <legend>{t('activities.photos')}</legend>
      <ul class="photo-list">
        {photos.map((photo, i) => {
          const n = i + 1;
          return (
            <li key={photo.id}>
              <Thumb photo={photo} alt={t('activities.photoAlt', { n })} />
              <div class="field">
                <label for={`act-caption-${photo.id}`}>{t('activities.caption', { n })}</label>
                <input
                  id={`act-caption-${photo.id}`}
                  type="text"
                  maxLength={200}
                  value={photo.caption}
                  onInput={(e) => set(i, { caption: e.currentTarget.value })}
                />
              </div>
              <label>
                <input
                  type="checkbox"
                  checked={photo.inReport}
                  onChange={(e) => set(i, { inReport: e.currentTarget.checked })}
                />{' '}
                {t('activities.inReport', { n })}
              </label>
              <button type="button" onClick={() => onChange(photos.filter((_, j) => j !== i))}>
                {t('activities.removePhoto', { n })}
              </button>
            </li>
          );
        })}
      </ul>
      <div class="field">
        <label for="act-photo-pick">{t('activities.addPhotos')}</label>
        <input
          id="act-photo-pick"
          type="file"
          accept="image/jpeg,image/png,image/webp,image/gif"
          multiple
          onChange={pick}
        />
      </div>
    </fieldset>
  );
}
