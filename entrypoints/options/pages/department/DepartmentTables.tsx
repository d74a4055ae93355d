import { useI18n } from '@/components/i18n/context';
import { formatNumber } from '@/components/i18n/format';
import { inSentence } from '@/components/i18n/measure-words';
import { type Cell, type ComparedDepartment, type Comparison, pledgeTotals } from '@/storage/bulletin/comparison';
import type { Bulletin } from '@/storage/bulletin/store';
import type { Campaign } from '@/storage/types';

/** Long department and pledge names wrap in their heading (numbers below stay on one line). */
const WRAP = { whiteSpace: 'normal', minWidth: '7rem' };

interface Props {
  compared: Comparison;
  nameOf: (d: ComparedDepartment) => string;
}

/** The chart's numbers, a row a date, for people who do not see the chart. */
export function DaysTable({ compared, nameOf, rate }: Props & { rate: (r: number | null) => string }) {
  const { t, date } = useI18n();
  const text = (c: Cell) =>
    t('department.cell', { participants: c.participants, headcount: c.headcount, rate: rate(c.rate) });
  return (
    <div class="scroll" tabIndex={0} role="region" aria-labelledby="department-days-caption">
      <table class="departments" data-table="days">
        <caption id="department-days-caption">
          {t('department.tableDays', { measure: inSentence(t('measure.dayShare')) })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('department.date')}</th>
            {compared.departments.map((d) => (
              <th key={d.id} scope="col" class="num" style={WRAP} data-department={d.id}>
                {nameOf(d)}
              </th>
            ))}
            <th scope="col" class="num" style={WRAP}>
              {t('department.office')}
            </th>
          </tr>
        </thead>
        <tbody>
          {compared.dates.map((day, i) => (
            <tr key={day} data-date={day}>
              <th scope="row">{date(day)}</th>
              {compared.departments.map((d) => (
                <td key={d.id} class="num" data-department={d.id} data-participants={d.days[i]!.participants}>
                  {text(d.days[i]!)}
                </td>
              ))}
              <td class="num" data-department="office" data-participants={compared.office.days[i]!.participants}>
                {text(compared.office.days[i]!)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Pledges kept over the bulletin's days, a row a department (pledges named by the campaign). */
export function PledgeTotalsTable({
  bulletin,
  campaign,
  compared,
  nameOf,
}: Props & { bulletin: Bulletin; campaign: Campaign }) {
  const { t, label, lang } = useI18n();
  const totals = pledgeTotals(bulletin);
  return (
    <div class="scroll" tabIndex={0} role="region" aria-labelledby="department-pledges-caption">
      <table class="departments" data-table="pledges">
        <caption id="department-pledges-caption">{t('department.pledgeTotals')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('heading.department')}</th>
            <th scope="col" class="num">
              {t('admin.headcount')}
            </th>
            {campaign.pledges.map((p) => (
              <th key={p.id} scope="col" class="num" style={WRAP}>
                {label(p.label)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {compared.departments.map((d) => (
            <tr key={d.id} data-department={d.id}>
              <th scope="row">{nameOf(d)}</th>
              <td class="num">{formatNumber(lang, d.headcount)}</td>
              {campaign.pledges.map((p) => (
                <td key={p.id} class="num" data-pledge={p.id}>
                  {formatNumber(lang, totals.get(d.id)?.[p.id] ?? 0)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
