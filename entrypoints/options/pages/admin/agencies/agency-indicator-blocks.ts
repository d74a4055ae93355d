import { formatNumber, type I18n } from '@/components/i18n/format';
import { indicatorName, indicatorUnit } from '@/components/indicator-words';
import type { AgencyFigures } from '@/storage/agencies/figures';
import { indicatorRows } from '@/storage/indicators/level-above';
import type { Block } from '@/storage/report/document';

/**
 * The level above's totals by indicator in its Word and print report: each code summed over the
 * agencies' reports, with how many gave it; nothing when no report carries any.
 */
export function agencyIndicatorBlocks(i18n: I18n, figures: readonly AgencyFigures[], first: number): Block[] {
  const { t } = i18n;
  const rows = indicatorRows(figures);
  if (rows.length === 0) return [];
  return [
    { kind: 'heading', level: 2, text: t('indicatorsReport.title', { n: first }) },
    {
      kind: 'table',
      id: 'agency-indicators',
      caption: t('agencyIndicators.title'),
      header: [
        t('indicatorsReport.indicator'),
        t('indicatorsReport.unit'),
        t('indicatorsReport.total'),
        t('agencyIndicators.agencies'),
      ],
      rows: rows.map((r) => [
        indicatorName(t, r.code),
        indicatorUnit(t, r.code),
        formatNumber(i18n.lang, r.total),
        formatNumber(i18n.lang, r.givenBy),
      ]),
      totals: false,
      numeric: [false, false, true, true],
      widths: [46, 18, 18, 18],
    },
  ];
}
