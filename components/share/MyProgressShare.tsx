import { useCallback, useEffect, useMemo, useRef } from 'preact/hooks';
import { useI18n } from '@/components/i18n/context';
import { personalContent } from '@/components/share/picture/content';
import { useHash } from '@/components/useHash';
import type { EntryRow } from '@/storage/db/database';
import { personalCard } from '@/storage/share/card';
import type { CalendarDate, Campaign } from '@/storage/types';
import { SharePanel } from './SharePanel';
import { personalText } from './share-text';

/**
 * "Share my progress" on the dashboard. The popup's share button opens the
 * dashboard at `#share`, which brings this panel into view with its heading focused.
 */
export function MyProgressShare(props: {
  campaign: Campaign;
  entries: readonly EntryRow[];
  today: CalendarDate;
  name?: string;
}) {
  const { campaign, entries, today, name } = props;
  const i18n = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  const hash = useHash();
  useEffect(() => {
    if (hash !== 'share' || !heading.current) return;
    heading.current.scrollIntoView?.({ block: 'start' });
    heading.current.focus();
  }, [hash]);
  const card = useMemo(() => personalCard(campaign, entries, today), [campaign, entries, today]);
  const shown = (withName: boolean) => (withName && name ? name : undefined);
  const content = useCallback(
    (shape: 'square' | 'wide', withName: boolean) => personalContent(i18n, card, shape, shown(withName)),
    [i18n, card, name],
  );
  const text = useCallback((withName: boolean) => personalText(i18n, card, shown(withName)), [i18n, card, name]);

  return (
    <section aria-labelledby="share-title" id="share">
      <h2 id="share-title" tabIndex={-1} ref={heading}>
        {i18n.t('share.title')}
      </h2>
      <p class="muted">{i18n.t('share.intro')}</p>
      <SharePanel
        id="mine"
        content={content}
        text={text}
        fileStem={`tien-do_${campaign.id}_${card.asOf}`}
        offerName={Boolean(name)}
      />
    </section>
  );
}
