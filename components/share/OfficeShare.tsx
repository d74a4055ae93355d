import { useCallback } from 'preact/hooks';
import { useI18n } from '@/components/i18n/context';
import { standingsContent } from '@/components/share/picture/content';
import type { Standings } from '@/storage/share/standings';
import type { Campaign } from '@/storage/types';
import { DepartmentImpacts } from './DepartmentImpacts';
import { SharePanel } from './SharePanel';
import { standingsText } from './share-text';

/**
 * The office's standings to share and pin up: the estimates per department, a
 * picture, and links to the printable poster. `poster` is the route after `#poster/<size>/`.
 */
export function OfficeShare({
  campaign,
  standings,
  totals,
  poster,
}: {
  campaign: Campaign;
  standings: Standings;
  totals: ReadonlyMap<string, Readonly<Record<string, number>>>;
  poster: string;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const content = useCallback(
    (shape: 'square' | 'wide') => standingsContent(i18n, standings, shape),
    [i18n, standings],
  );
  const text = useCallback(() => standingsText(i18n, standings), [i18n, standings]);
  return (
    <section aria-labelledby="office-share-title">
      <h3 id="office-share-title">{t('share.officeTitle')}</h3>
      <DepartmentImpacts campaign={campaign} totals={totals} />
      <p class="muted">{t('share.officeIntro', { measure: t('measure.workingDays').toLowerCase() })}</p>
      <SharePanel id="office" content={content} text={text} fileStem={`xep-hang_${campaign.id}_${standings.asOf}`} />
      <p>{t('share.posterLinks')}</p>
      <div class="row">
        {(['a4', 'a3'] as const).map((size) => (
          <a key={size} class="button" href={`#poster/${size}/${poster}`} target="_blank" rel="noopener">
            {t(size === 'a4' ? 'share.posterA4' : 'share.posterA3')}
          </a>
        ))}
      </div>
    </section>
  );
}
