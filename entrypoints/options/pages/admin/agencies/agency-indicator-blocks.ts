import { formatNumber, type I18n } from '@/components/i18n/format';
import { indicatorName, indicatorUnit } from '@/components/indicator-words';
import { activityWords } from '@/entrypoints/options/pages/admin/report/activity-report';
import type { AgencyFigures } from '@/storage/agencies/figures';
import { indicatorRows } from '@/storage/indicators/level-above';
import { activityTotals } from '@/storage/indicators/sums';
import { activityTableBlocks, type ReportActivityLine } from '@/storage/report/activity-blocks';
import type { Block } from '@/storage/report/document';
import { type DateRange, within } from '@/storage/time/range';

/**
 * The level above's part I additions in its Word and print report: the activities it organised
 * itself in the range (only when it recorded some), then its totals by indicator, each code summed
 * over the agencies' reports, with its own activities' part beside the agencies' when it has one,
 * and how many agencies gave it; nothing of the totals when no report nor activity carries any.
 */
export function agencyIndicatorBlocks(
  i18n: I18n,
  figures: readonly AgencyFigures[],
  first: number,
  activities: readonly ReportActivityLine[] = [],
  range?: DateRange,
): Block[] {
  const { t } = i18n;
  const inRange = range ? activities.filter((a) => within(a.date, range)) : [];
  const own = range ? activityTotals(inRange, range) : {};
  const blocks = inRange.length > 0 ? activityTableBlocks(inRange, first, activityWords(i18n)) : [];
  const rows = indicatorRows(figures, own);
  if (rows.length === 0) return blocks;
  const parts = Object.keys(own).length > 0;
  const value = (n: number | undefined) => (n === undefined ? '' : formatNumber(i18n.lang, n));
  return [
    ...blocks,
    { kind: 'heading', level: 2, text: t('indicatorsReport.title', { n: first + (blocks.length > 0 ? 1 : 0) }) },
    {
      kind: 'table',
      id: 'agency-indicators',
      caption: t('agencyIndicators.title'),
      header: [
        t('indicatorsReport.indicator'),
        t('indicatorsReport.unit'),
        ...(parts ? [t('agencyIndicators.fromAgencies'), t('agencyIndicators.fromActivities')] : []),
        t('indicatorsReport.total'),
        t('agencyIndicators.agencies'),
      ],
      rows: rows.map((r) => [
        indicatorName(t, r.code),
        indicatorUnit(t, r.code),
        ...(parts ? [value(r.fromAgencies), value(r.fromActivities)] : []),
        formatNumber(i18n.lang, r.total),
        formatNumber(i18n.lang, r.givenBy),
      ]),
      totals: false,
      numeric: [false, false, ...(parts ? [true, true] : []), true, true],
      widths: parts ? [34, 12, 14, 14, 13, 13] : [46, 18, 18, 18],
    },
  ];
}
