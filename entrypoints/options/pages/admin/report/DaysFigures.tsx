import { useI18n } from '@/components/i18n/context';
import { formatNumber } from '@/components/i18n/format';
import { chartMeasures } from '@/components/i18n/measure-words';
import type { OfficeDay } from '@/storage/report/content';

/** The id of the caption that names the daily chart's figures: the chart's `aria-describedby`. */
export const DAYS_FIGURES_CAPTION = 'report-days-figures-caption';

/**
 * The figures of the report's daily-participation line chart, day by day (each chart
 * has its table, named and linked). Under the chart on screen, folded; not printed, as the Word
 * document has none (its chart carries the alternative text).
 */
export function DaysFigures({ days }: { days: readonly OfficeDay[] }) {
  const { t, date, lang } = useI18n();
  const rate = (r: number | null) => (r === null ? '–' : `${formatNumber(lang, Math.round(r * 1000) / 10)}%`);
  return (
    <details class="no-print days-figures">
      <summary>{t('report.chartDaysShow')}</summary>
      <div class="figures-frame" role="region" tabIndex={0} aria-labelledby={DAYS_FIGURES_CAPTION}>
        <table class="figures" data-table="days-figures">
          <caption id={DAYS_FIGURES_CAPTION}>{t('report.chartDaysFigures', chartMeasures(t).daysInSentence)}</caption>
          <thead>
            <tr>
              <th scope="col">{t('report.dayDate')}</th>
              <th scope="col">{t('report.dayParticipants')}</th>
              <th scope="col">{t('measure.dayShare')}</th>
            </tr>
          </thead>
          <tbody>
            {days.map((d) => (
              <tr key={d.date} data-date={d.date}>
                <th scope="row">{d.working ? date(d.date) : t('report.dayOff', { date: date(d.date) })}</th>
                <td class="num">{formatNumber(lang, d.participants)}</td>
                <td class="num">{rate(d.rate)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
