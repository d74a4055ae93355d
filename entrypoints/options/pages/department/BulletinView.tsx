import { useMemo } from 'preact/hooks';
import { departmentComparison } from '@/components/charts/bulletin';
import { ChartCanvas } from '@/components/charts/ChartCanvas';
import { useI18n } from '@/components/i18n/context';
import { formatNumber } from '@/components/i18n/format';
import { comparison, percent } from '@/storage/bulletin/comparison';
import { type Bulletin, bulletinDay } from '@/storage/bulletin/store';
import type { Campaign } from '@/storage/types';
import { DaysTable, PledgeTotalsTable } from './DepartmentTables';

/** A loaded bulletin: when it was made, a chart of every department's days, the same in tables. */
export function BulletinView({ bulletin, campaign, mine }: { bulletin: Bulletin; campaign: Campaign; mine?: string }) {
  const i18n = useI18n();
  const { t, label, date, lang } = i18n;
  const compared = useMemo(() => comparison(bulletin, mine), [bulletin, mine]);
  const own = compared.departments.find((d) => d.mine);
  const nameOf = (d: (typeof compared.departments)[number]) =>
    d.mine ? t('department.mine', { name: label(d.name) }) : label(d.name);
  const chart = useMemo(
    () =>
      departmentComparison(
        compared.dates,
        [
          ...compared.departments.map((d) => ({
            label: nameOf(d),
            kind: d.mine ? ('mine' as const) : ('other' as const),
            rates: d.days.map((c) => percent(c.rate)),
          })),
          {
            label: t('department.office'),
            kind: 'office' as const,
            rates: compared.office.days.map((c) => percent(c.rate)),
          },
        ],
        i18n,
      ),
    [compared, i18n],
  );
  const rate = (r: number | null) => (r === null ? '–' : `${formatNumber(lang, percent(r)!)}%`);
  const from = compared.dates[0];
  const to = compared.dates.at(-1);

  return (
    <>
      <p class="notice">
        <strong>{t('department.madeOn', { date: date(bulletinDay(bulletin)) })}</strong>
      </p>
      {!mine && <p class="muted">{t('department.noProfile')}</p>}
      {from && to ? (
        <>
          <p>
            {own
              ? t('department.period', {
                  from: date(from),
                  to: date(to),
                  mine: label(own.name),
                  rate: rate(own.period.rate),
                  office: rate(compared.office.period.rate),
                })
              : t('department.periodOffice', {
                  from: date(from),
                  to: date(to),
                  office: rate(compared.office.period.rate),
                })}
          </p>
          <h3>{t('department.chartTitle')}</h3>
          <ChartCanvas
            config={chart}
            label={t('department.chartLabel', { from: date(from), to: date(to) })}
            height={320}
            describedBy="department-days-caption"
          />
          <DaysTable compared={compared} nameOf={nameOf} rate={rate} />
        </>
      ) : null}
      <PledgeTotalsTable bulletin={bulletin} campaign={campaign} compared={compared} nameOf={nameOf} />
    </>
  );
}
