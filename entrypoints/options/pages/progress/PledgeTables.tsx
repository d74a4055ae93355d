import { useI18n } from '@/components/i18n/context';
import { formatNumber } from '@/components/i18n/format';
import type { MonthFigures } from '@/storage/progress/month-figures';
import type { Campaign } from '@/storage/types';

/** Totals per pledge: the numbers behind the daily chart, readable by anyone. */
export function PledgeTotals({ campaign, figures }: { campaign: Campaign; figures: MonthFigures }) {
  const { t, label, lang } = useI18n();
  return (
    <table>
      <caption>{t('progress.totals', { measure: t('measure.pledgesKept') })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('progress.pledge')}</th>
          <th scope="col" class="num">
            {t('progress.total')}
          </th>
        </tr>
      </thead>
      <tbody>
        {campaign.pledges.map((p) => (
          <tr key={p.id} data-pledge={p.id}>
            <th scope="row">{label(p.label)}</th>
            <td class="num">
              {formatNumber(lang, figures.totals[p.id] ?? 0)}{' '}
              {p.unit ? label(p.unit) : t(p.kind === 'daily' ? 'progress.daysUnit' : 'progress.timesUnit')}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The id the charts of my progress are described by: the daily table that holds their figures. */
export const DAILY_TABLE = 'daily-table-title';

/** The daily chart's numbers as a table, for those who do not see the chart. */
export function DailyTable({ campaign, figures }: { campaign: Campaign; figures: MonthFigures }) {
  const { t, label, date } = useI18n();
  const days = figures.days.filter((d) => !d.future);
  return (
    <details class="daily-table">
      <summary id={DAILY_TABLE}>{t('progress.dailyTable')}</summary>
      {/* Wide with many pledges: it scrolls inside its own region, never the page (WCAG 1.4.10). */}
      <div class="scroll" tabIndex={0} role="region" aria-labelledby={DAILY_TABLE}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('heading.date')}</th>
              <th scope="col">{t('heading.kind')}</th>
              {campaign.pledges.map((p) => (
                <th key={p.id} scope="col" class="num">
                  {label(p.label)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {days.map((d) => (
              <tr key={d.date}>
                <th scope="row">
                  {date(d.date)}
                  {d.late ? ` (${t('day.late')})` : ''}
                </th>
                <td>
                  {t(d.kind === 'working' ? 'day.working' : d.kind === 'holiday' ? 'summary.holiday' : 'day.rest')}
                </td>
                {campaign.pledges.map((p) => (
                  <td key={p.id} class="num">
                    {d.counts[p.id] ?? ''}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

/** Impact estimates, only where the campaign file gives a coefficient, with its source. */
export function Impacts({ campaign, figures }: { campaign: Campaign; figures: MonthFigures }) {
  const { t, label, lang } = useI18n();
  if (figures.impacts.length === 0) return <p class="muted">{t('progress.noImpact')}</p>;
  const pledgeName = (id: string) => label(campaign.pledges.find((p) => p.id === id)!.label);

  // Four columns with a long source: at 320 px it scrolls inside its own region, never the page.
  return (
    <div class="scroll impacts" tabIndex={0} role="region" aria-labelledby={IMPACTS_CAPTION}>
      <table>
        <caption id={IMPACTS_CAPTION}>{t('progress.impacts')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('progress.pledge')}</th>
            <th scope="col" class="num">
              {t('progress.estimate')}
            </th>
            <th scope="col">{t('progress.coefficient')}</th>
            <th scope="col">{t('progress.source')}</th>
          </tr>
        </thead>
        <tbody>
          {figures.impacts.map((i) => (
            <tr key={i.pledgeId}>
              <th scope="row">{pledgeName(i.pledgeId)}</th>
              <td class="num">
                ≈ {formatNumber(lang, Math.round(i.estimate * 100) / 100)} {label(i.impact.unit)}
              </td>
              <td>
                {t('progress.perUnit', {
                  value: formatNumber(lang, i.impact.perUnit),
                  unit: label(i.impact.unit),
                  per: unitOf(campaign, i.pledgeId, label, t),
                })}
              </td>
              <td class="source">{i.impact.source}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const IMPACTS_CAPTION = 'impacts-caption';

type I18nParts = ReturnType<typeof useI18n>;

/** What one unit of a pledge is: its own unit, or a day kept for a daily pledge. */
function unitOf(campaign: Campaign, pledgeId: string, label: I18nParts['label'], t: I18nParts['t']): string {
  const pledge = campaign.pledges.find((p) => p.id === pledgeId);
  if (pledge?.unit) return label(pledge.unit);
  return t(pledge?.kind === 'daily' ? 'progress.dayUnit' : 'progress.timeUnit');
}
