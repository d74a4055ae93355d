import type { I18n } from '@/components/i18n/format';
import { indicatorName, indicatorUnit } from '@/components/indicator-words';
import type { AgencyFigures } from '@/storage/agencies/figures';
import { INDICATOR_CODES } from '@/storage/indicators/codes';
import { sumOverReports } from '@/storage/indicators/level-above';
import { orderedCodes } from '@/storage/indicators/sums';
import type { Block } from '@/storage/report/document';

/**
 * The level above's totals by indicator in its Word and print report: each code summed over the
 * agencies' reports, with how many gave it; nothing when no report carries any.
 */
export function agencyIndicatorBlocks(i18n: I18n, figures: readonly AgencyFigures[], first: number): Block[] {
  const { t } = i18n;
  const sums = sumOverReports(figures);
  const codes = orderedCodes(sums, INDICATOR_CODES);
  if (codes.length === 0) return [];
  const number = new Intl.NumberFormat(i18n.lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 3 });
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
      rows: codes.map((code) => [
        indicatorName(t, code),
        indicatorUnit(t, code),
        number.format(sums[code]!),
        number.format(figures.filter((f) => f.indicators?.[code] !== undefined).length),
      ]),
      totals: false,
      numeric: [false, false, true, true],
      widths: [46, 18, 18, 18],
    },
  ];
}
