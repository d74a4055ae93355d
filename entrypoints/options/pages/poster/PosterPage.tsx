import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '@/components/i18n/context';
import { useObserved } from '@/components/useObserved';
import { departmentFigures } from '@/storage/admin/figures';
import { readAdmin } from '@/storage/admin/office';
import { agencyFigures } from '@/storage/agencies/figures';
import { readAgencies } from '@/storage/agencies/store';
import { readBulletin } from '@/storage/bulletin/store';
import {
  type Standings,
  standingsFromAgencies,
  standingsFromBulletin,
  standingsFromFigures,
} from '@/storage/share/standings';
import type { Campaign } from '@/storage/types';
import { PosterSheet } from './PosterSheet';
import { PAPER, type PosterRoute, parsePosterHash, posterHash } from './poster-route';
import './poster.css';

/** Type at least this size (points, on A4; ×√2 on A3) reads from two metres. */
const READABLE_PT = 24;
const FIRST_PT = 34;
const SMALLEST_PT = 9;

async function readStandings(campaign: Campaign, route: PosterRoute, admin: boolean): Promise<Standings | null> {
  if (route.source.kind === 'bulletin') {
    const bulletin = await readBulletin(campaign.id);
    return bulletin ? standingsFromBulletin(campaign, bulletin) : null;
  }
  if (!admin) return null;
  if (route.source.kind === 'agencies') {
    const { range, asOf } = route.source;
    const figures = agencyFigures(campaign, (await readAgencies(campaign.id)).totals, range);
    return standingsFromAgencies(campaign, figures, range, asOf);
  }
  const data = await readAdmin(campaign.id);
  const figures = departmentFigures(campaign, data.submissions, data.headcounts, data.roster, route.source.range);
  return standingsFromFigures(campaign, figures, route.source.range, route.source.asOf);
}

/**
 * The bulletin-board poster: one sheet of A4 or A3 portrait, black on white. The
 * departments' rows start at a size readable from two metres and are set smaller only as far
 * as the sheet needs, so nothing is ever cut; the page says when A3 would be better.
 */
export function PosterPage({ campaign, hash, admin }: { campaign: Campaign; hash: string; admin: boolean }) {
  const { t } = useI18n();
  const route = parsePosterHash(hash, campaign);
  const standings = useObserved(
    () => (route ? readStandings(campaign, route, admin) : Promise.resolve(null)),
    [campaign, hash, admin],
  );
  const sheet = useRef<HTMLDivElement>(null);
  const [rowPt, setRowPt] = useState(FIRST_PT);
  const scale = route?.size === 'a3' ? Math.SQRT2 : 1;

  useLayoutEffect(() => {
    const el = sheet.current;
    if (!el) return;
    let pt = FIRST_PT * scale;
    el.style.setProperty('--row', `${pt}pt`);
    const over = () => el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1;
    while (over() && pt > SMALLEST_PT * scale) {
      pt *= 0.94;
      el.style.setProperty('--row', `${pt}pt`);
    }
    setRowPt(pt / scale);
  }, [standings, scale]);

  // The admin figures' poster (the office's or its agencies') is for the admin office only.
  if (!route || (route.source.kind !== 'bulletin' && !admin))
    return <p class="notice error">{t('poster.badAddress')}</p>;
  if (standings === undefined) return <p>{t('common.loading')}</p>;
  if (standings === null) return <p class="notice error">{t('poster.noBulletin')}</p>;
  const paper = PAPER[route.size];

  return (
    <div class="poster-page">
      <style>{`@page { size: ${paper.css} portrait; margin: 10mm; }`}</style>
      <nav class="no-print row poster-tools" aria-label={t('poster.size')}>
        <span>{t('poster.size')}</span>
        {(['a4', 'a3'] as const).map((size) => (
          <a
            key={size}
            class="button"
            href={`#${posterHash(route, size)}`}
            aria-current={size === route.size ? 'page' : undefined}
          >
            {PAPER[size].css}
          </a>
        ))}
        <button type="button" class="primary" onClick={() => window.print()}>
          {t('poster.print')}
        </button>
      </nav>
      {rowPt < READABLE_PT && route.size === 'a4' && <p class="no-print notice warn">{t('poster.tooMany')}</p>}
      {/* The sheet keeps its paper's size; on a narrow screen it scrolls inside this region (WCAG 1.4.10). */}
      <div class="poster-frame" role="region" tabIndex={0} aria-label={t('poster.title')}>
        <div
          ref={sheet}
          class="poster-sheet"
          data-size={route.size}
          style={{ width: `${paper.width - 20}mm`, height: `${paper.height - 21}mm`, fontSize: `${12 * scale}pt` }}
        >
          <PosterSheet standings={standings} />
        </div>
      </div>
    </div>
  );
}
