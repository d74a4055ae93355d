import { useI18n } from '@/components/i18n/context';
import { formatNumber } from '@/components/i18n/format';
import { indicatorName, indicatorUnit } from '@/components/indicator-words';
import type { AgencyFigures } from '@/storage/agencies/figures';
import { INDICATOR_CODES } from '@/storage/indicators/codes';
import { sumOverReports } from '@/storage/indicators/level-above';
import { orderedCodes } from '@/storage/indicators/sums';

/**
 * The level above's totals by indicator (docs/formats.md §5): each code added over the agencies'
 * reports whatever their pledge ids, a code this app does not know shown under its code, with
 * how many agencies gave it. The Ministry's kinds of totals: turn-outs, trees, kg of waste.
 */
export function AgencyIndicators({ figures }: { figures: readonly AgencyFigures[] }) {
  const { t, lang } = useI18n();
  const sums = sumOverReports(figures);
  const codes = orderedCodes(sums, INDICATOR_CODES);
  const givenBy = (code: string) => figures.filter((f) => f.indicators?.[code] !== undefined).length;
  if (codes.length === 0) return <p>{t('agencyIndicators.none')}</p>;
  return (
    <div class="scroll" tabIndex={0} role="region" aria-label={t('agencyIndicators.title')}>
      <table data-table="indicators">
        <caption>{t('agencyIndicators.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('agencyIndicators.indicator')}</th>
            <th scope="col">{t('agencyIndicators.unit')}</th>
            <th scope="col" class="num">
              {t('agencyIndicators.total')}
            </th>
            <th scope="col" class="num">
              {t('agencyIndicators.agencies')}
            </th>
          </tr>
        </thead>
        <tbody>
          {codes.map((code) => (
            <tr key={code} data-indicator={code}>
              <th scope="row">{indicatorName(t, code)}</th>
              <td>{indicatorUnit(t, code)}</td>
              <td class="num">{formatNumber(lang, sums[code]!)}</td>
              <td class="num">{formatNumber(lang, givenBy(code))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
