import { useMemo } from 'preact/hooks';
import { pledgeTotals } from '@/storage/bulletin/comparison';
import type { Bulletin } from '@/storage/bulletin/store';
import { standingsFromBulletin } from '@/storage/share/standings';
import type { Campaign } from '@/storage/types';
import { OfficeShare } from './OfficeShare';

/** For staff: the standings of the latest bulletin the office sent, to share and pin up. */
export function BulletinShare({ campaign, bulletin }: { campaign: Campaign; bulletin: Bulletin }) {
  const standings = useMemo(() => standingsFromBulletin(campaign, bulletin), [campaign, bulletin]);
  const totals = useMemo(() => pledgeTotals(bulletin), [bulletin]);
  return <OfficeShare campaign={campaign} standings={standings} totals={totals} poster="bulletin" />;
}
