import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { downloadFile } from '@/components/download';
import { useI18n } from '@/components/i18n/context';
import { type PictureShape, SHAPES } from '@/components/share/picture/content';
import { canvasMeasure, drawPicture, pngOf } from '@/components/share/picture/draw';
import { layoutPicture } from '@/components/share/picture/layout';
import type { PictureContent } from '@/components/share/picture/ops';
import { copyPicture, copyText } from './clipboard';

interface Props {
  /** Used for the ids inside the panel, so two panels can share a page. */
  id: string;
  /** What to draw for a shape; `withName` only when the panel offers the name. */
  content: (shape: PictureShape, withName: boolean) => PictureContent;
  text: (withName: boolean) => string;
  fileStem: string;
  /** Offer "put my name on the picture" (off until ticked). */
  offerName?: boolean;
}

/** A picture to share: its shape, a preview, download as PNG, copy the picture or a short text. */
export function SharePanel({ id, content, text, fileStem, offerName = false }: Props) {
  const { t } = useI18n();
  const [shape, setShape] = useState<PictureShape>('square');
  const [withName, setWithName] = useState(false);
  const [status, setStatus] = useState('');
  const canvas = useRef<HTMLCanvasElement>(null);
  const measure = useMemo(() => canvasMeasure(), []);
  const picture = useMemo(
    () => layoutPicture(SHAPES[shape], content(shape, withName), measure),
    [content, shape, withName, measure],
  );
  const words = text(withName);
  useEffect(() => {
    if (canvas.current) drawPicture(canvas.current, picture);
  }, [picture]);

  const png = () => pngOf(canvas.current!);
  async function download() {
    const name = `${fileStem}_${SHAPES[shape].width}x${SHAPES[shape].height}.png`;
    downloadFile(name, await png(), 'image/png');
    setStatus(t('share.downloaded', { file: name }));
  }
  async function copy(what: 'picture' | 'text') {
    setStatus(t('share.copying'));
    try {
      const outcome = what === 'picture' ? await copyPicture(png()) : await copyText(words);
      if (outcome === 'refused') setStatus(t('share.refused'));
      else setStatus(t(what === 'picture' ? 'share.copiedPicture' : 'share.copiedText'));
    } catch (error) {
      setStatus(t('share.failed', { message: error instanceof Error ? error.message : String(error) }));
    }
  }

  return (
    <div class="share" data-share={id}>
      <fieldset class="row">
        <legend>{t('share.shape')}</legend>
        {(['square', 'wide'] as const).map((s) => (
          <label key={s}>
            <input type="radio" name={`${id}-shape`} value={s} checked={shape === s} onChange={() => setShape(s)} />{' '}
            {t(s === 'square' ? 'share.square' : 'share.wide')}
          </label>
        ))}
      </fieldset>
      {offerName && (
        <label class="row">
          <input type="checkbox" checked={withName} onChange={(e) => setWithName(e.currentTarget.checked)} />
          {t('share.withName')}
        </label>
      )}
      <canvas
        ref={canvas}
        class={`share-preview ${shape}`}
        role="img"
        aria-label={t('share.preview', { description: words })}
        data-width={picture.width}
        data-height={picture.height}
      />
      <div class="row">
        <button type="button" class="primary" onClick={download}>
          {t('share.download')}
        </button>
        <button type="button" onClick={() => copy('picture')}>
          {t('share.copyPicture')}
        </button>
        <button type="button" onClick={() => copy('text')}>
          {t('share.copyText')}
        </button>
      </div>
      <p class="muted small">{t('share.permissionHint')}</p>
      <p role="status" class="share-status">
        {status}
      </p>
    </div>
  );
}
