import { useMemo } from 'preact/hooks';
import { departmentComparison } from '@/components/charts/bulletin';
import { ChartCanvas } from '@/components/charts/ChartCanvas';
import { useI18n } from '@/components/i18n/context';
import { formatNumber } from '@/components/i18n/format';
import { inSentence } from '@/components/i18n/measure-words';
import { MeasuresGlossary } from '@/components/MeasuresGlossary';
import { comparison, percent } from '@/storage/bulletin/comparison';
import { type Bulletin, bulletinDay } from '@/storage/bulletin/store';
import { isWorkingDay } from '@/storage/time/calendar';
import type { Campaign } from '@/storage/types';
import { DaysTable, PledgeTotalsTable } from './DepartmentTables';

/** A loaded bulletin: when it was made, a chart of every department's days, the same in tables. */
export function BulletinView({ bulletin, campaign, mine }: { bulletin: Bulletin; campaign: Campaign; mine?: string }) {
  const i18n = useI18n();
  const { t, label, date, lang } = i18n;
  // The period's share counts working days only, as the standings and the poster drawn from it do.
  const compared = useMemo(
    () => comparison(bulletin, mine, (d) => isWorkingDay(campaign, d)),
    [bulletin, mine, campaign],
  );
  const measures = {
    period: { measure: inSentence(t('measure.workingDays')) },
    day: { measure: inSentence(t('measure.dayShare')) },
  };
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
                  ...measures.period,
                  from: date(from),
                  to: date(to),
                  mine: label(own.name),
                  rate: rate(own.period.rate),
                  office: rate(compared.office.period.rate),
                })
              : t('department.periodOffice', {
                  ...measures.period,
                  from: date(from),
                  to: date(to),
                  office: rate(compared.office.period.rate),
                })}
          </p>
          <MeasuresGlossary measures={['workingDays', 'dayShare', 'pledgesKept']} />
          <h3>{t('department.chartTitle', { measure: t('measure.dayShare') })}</h3>
          <ChartCanvas
            config={chart}
            label={t('department.chartLabel', { ...measures.day, from: date(from), to: date(to) })}
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
