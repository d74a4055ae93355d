import { useMemo } from 'preact/hooks';
import { ChartCanvas } from '@/components/charts/ChartCanvas';
import { calendarHeatmap, cumulativeLine, dailyBars } from '@/components/charts/progress';
import { useToday } from '@/components/clock';
import { useI18n } from '@/components/i18n/context';
import { formatDate, type MessageKey } from '@/components/i18n/format';
import { MeasuresGlossary } from '@/components/MeasuresGlossary';
import { MyProgressShare } from '@/components/share/MyProgressShare';
import { useStartsIn } from '@/entrypoints/popup/PhaseNotice';
import { calendarMonth, type Grain, grainFor } from '@/storage/progress/buckets';
import { monthFigures } from '@/storage/progress/month-figures';
import type { DashboardData } from '@/storage/staff/dashboard-data';
import { campaignPhase } from '@/storage/time/calendar';
import { CampaignOptions } from './CampaignOptions';
import { FigureCards } from './FigureCards';
import { NoCampaign } from './NoCampaign';
import { DAILY_TABLE, DailyTable, Impacts, PledgeTotals } from './PledgeTables';

/** The bar chart's heading and name by what a bar is. */
const BARS: Record<Grain, { title: MessageKey; label: MessageKey }> = {
  day: { title: 'progress.dailyChart', label: 'progress.dailyChartLabel' },
  week: { title: 'progress.weeklyChart', label: 'progress.weeklyChartLabel' },
  month: { title: 'progress.monthlyChart', label: 'progress.monthlyChartLabel' },
};

/** My progress through the campaign month: figures, three charts, totals and impact estimates. */
export function ProgressPage({ data, onView }: { data: DashboardData; onView: (id: string) => void }) {
  const i18n = useI18n();
  const { t, label, date } = i18n;
  const startsIn = useStartsIn();
  const { campaign } = data;
  const today = useToday(campaign);
  const figures = useMemo(
    () => campaign && monthFigures(campaign, data.entries, today),
    [campaign, data.entries, today],
  );
  const charts = useMemo(
    () =>
      campaign && figures
        ? {
            bars: dailyBars(figures, campaign, i18n),
            line: cumulativeLine(figures, i18n),
            heatmap: calendarHeatmap(figures, campaign, i18n),
          }
        : undefined,
    [figures, i18n],
  );
  if (!campaign) return <NoCampaign data={data} onView={onView} />;
  if (!figures || !charts) return <p>{t('common.loading')}</p>;
  const phase = campaignPhase(campaign, today);
  // Past a few weeks a bar is a week or a month: the heading and the chart's name say which.
  const grain = grainFor(figures.days.length);
  // A long campaign's calendar shows one month: its heading names it.
  const month = calendarMonth(figures.days);

  return (
    <section aria-labelledby="progress-title">
      <h2 id="progress-title">{t('progress.title')}</h2>
      {data.campaigns.length > 1 && (
        <p class="field">
          <label for="viewed-campaign">{t('progress.campaign')}</label>
          <select id="viewed-campaign" value={campaign.id} onChange={(e) => onView(e.currentTarget.value)}>
            <CampaignOptions campaigns={data.campaigns} />
          </select>
        </p>
      )}
      <p class="muted">
        {label(campaign.name)} · {label(campaign.organisation)} · {date(campaign.start)} – {date(campaign.end)}
      </p>
      {figures.empty ? (
        // The empty state follows the phase: no "click the leaf" once it has ended.
        <div class="empty" data-phase={phase}>
          {phase === 'after' ? (
            <p>{t('progress.emptyAfter', { end: date(campaign.end) })}</p>
          ) : phase === 'before' ? (
            <p>{t('progress.emptyBefore', { starts: startsIn(campaign, today) })}</p>
          ) : (
            <>
              <p>{t('progress.empty')}</p>
              <p class="muted">{data.profile ? t('progress.emptyHint') : t('progress.setUpHint')}</p>
            </>
          )}
        </div>
      ) : (
        <>
          <FigureCards figures={figures} />
          <MeasuresGlossary measures={['workingDays', 'days', 'pledgesKept']} />
          <h3>{t(BARS[grain].title)}</h3>
          <ChartCanvas
            config={charts.bars}
            label={t(BARS[grain].label, { days: figures.daysTakenPart })}
            height={300}
            describedBy={DAILY_TABLE}
          />
          {grain === 'day' && <p class="muted small">{t('progress.restShaded')}</p>}
          <DailyTable campaign={campaign} figures={figures} />
          <div class="two">
            <div>
              <h3>{t('progress.cumulativeChart')}</h3>
              <ChartCanvas
                config={charts.line}
                label={t(figures.workingDaysSoFar > 0 ? 'progress.cumulativeLabel' : 'progress.cumulativeLabelBefore', {
                  taken: figures.daysTakenPart,
                  working: figures.workingDaysSoFar,
                })}
                describedBy={DAILY_TABLE}
              />
            </div>
            <div>
              <h3>
                {month
                  ? t('progress.heatmapMonth', { month: formatDate(i18n.lang, month, 'month') })
                  : t('progress.heatmap')}
              </h3>
              <ChartCanvas config={charts.heatmap} label={t('progress.heatmapLabel')} describedBy={DAILY_TABLE} />
            </div>
          </div>
          <PledgeTotals campaign={campaign} figures={figures} />
          <Impacts campaign={campaign} figures={figures} />
          <MyProgressShare campaign={campaign} entries={data.entries} today={today} name={data.profile?.name} />
        </>
      )}
    </section>
  );
}
