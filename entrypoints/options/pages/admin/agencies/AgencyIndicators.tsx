import { useI18n } from '@/components/i18n/context';
import { formatNumber } from '@/components/i18n/format';
import { indicatorName, indicatorUnit } from '@/components/indicator-words';
import { Table } from '@/entrypoints/options/pages/admin/rollup/Table';
import type { AgencyFigures } from '@/storage/agencies/figures';
import { type IndicatorRow, indicatorRows } from '@/storage/indicators/level-above';
import type { Totals } from '@/storage/indicators/sums';

/**
 * The level above's totals by indicator (docs/formats.md §5): each code added over the agencies'
 * reports whatever their pledge ids, a code this app does not know shown under its code, with
 * how many agencies gave it: the kinds of totals the level above asks for (turn-outs, trees, kg).
 * When the level above organised activities of its own in the period, their part and the
 * agencies' are shown apart before the total, so that nothing is read as counted twice.
 */
export function AgencyIndicators({ figures, own = {} }: { figures: readonly AgencyFigures[]; own?: Totals }) {
  const { t, lang } = useI18n();
  const rows = indicatorRows(figures, own);
  if (rows.length === 0) return <p>{t('agencyIndicators.none')}</p>;
  const value = (n: number | undefined) => (n === undefined ? '' : formatNumber(lang, n));
  const parts =
    Object.keys(own).length === 0
      ? []
      : [
          { head: t('agencyIndicators.fromAgencies'), num: true, cell: (r: IndicatorRow) => value(r.fromAgencies) },
          { head: t('agencyIndicators.fromActivities'), num: true, cell: (r: IndicatorRow) => value(r.fromActivities) },
        ];
  return (
    <Table
      label={t('agencyIndicators.title')}
      caption={t('agencyIndicators.title')}
      tableAttrs={{ 'data-table': 'indicators' }}
      columns={[
        { head: t('agencyIndicators.indicator'), rowHead: true, cell: (r) => indicatorName(t, r.code) },
        { head: t('agencyIndicators.unit'), cell: (r) => indicatorUnit(t, r.code) },
        ...parts,
        { head: t('agencyIndicators.total'), num: true, cell: (r) => formatNumber(lang, r.total) },
        { head: t('agencyIndicators.agencies'), num: true, cell: (r) => formatNumber(lang, r.givenBy) },
      ]}
      rows={rows}
      rowKey={(r) => r.code}
      rowAttrs={(r) => ({ 'data-indicator': r.code })}
    />
  );
}
