import { isCalendarDate } from '@/storage/time/calendar';
import type { DateRange } from '@/storage/time/range';
import type { Campaign } from '@/storage/types';

/**
 * The poster's address: `poster/<a4|a3>/bulletin` for staff, from the loaded
 * bulletin; `poster/<a4|a3>/office/<from>/<to>/<date of the figures>` for the admin office;
 * `poster/<a4|a3>/agencies/<from>/<to>/<date>` for a level above's agencies.
 */

export type PaperSize = 'a4' | 'a3';
export type PosterSource = { kind: 'bulletin' } | { kind: 'office' | 'agencies'; range: DateRange; asOf: string };
export interface PosterRoute {
  size: PaperSize;
  source: PosterSource;
}

/** Paper in millimetres, portrait. */
export const PAPER: Record<PaperSize, { width: number; height: number; css: string }> = {
  a4: { width: 210, height: 297, css: 'A4' },
  a3: { width: 297, height: 420, css: 'A3' },
};

export function parsePosterHash(hash: string, campaign: Pick<Campaign, 'start' | 'end'>): PosterRoute | null {
  const [head, size, kind, from = '', to = '', asOf = ''] = hash.split('/');
  if (head !== 'poster' || (size !== 'a4' && size !== 'a3')) return null;
  if (kind === 'bulletin' && hash.split('/').length === 3) return { size, source: { kind } };
  if ((kind !== 'office' && kind !== 'agencies') || ![from, to, asOf].every(isCalendarDate)) return null;
  if (from > to || from < campaign.start || to > campaign.end) return null;
  return { size, source: { kind, range: { from, to }, asOf } };
}

/** The same poster on the other paper size. */
export const posterHash = (route: PosterRoute, size: PaperSize) =>
  route.source.kind === 'bulletin'
    ? `poster/${size}/bulletin`
    : `poster/${size}/${route.source.kind}/${route.source.range.from}/${route.source.range.to}/${route.source.asOf}`;
