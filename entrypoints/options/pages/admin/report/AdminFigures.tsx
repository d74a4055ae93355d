import { useMemo } from 'preact/hooks';
import { ChartCanvas } from '@/components/charts/ChartCanvas';
import { departmentBars } from '@/components/charts/report';
import { useI18n } from '@/components/i18n/context';
import { formatNumber } from '@/components/i18n/format';
import { chartMeasures, inSentence } from '@/components/i18n/measure-words';
import { MeasuresGlossary } from '@/components/MeasuresGlossary';
import { Notice } from '@/components/Notice';
import { PeriodPicker } from '@/entrypoints/options/pages/admin/rollup/PeriodPicker';
import { Table } from '@/entrypoints/options/pages/admin/rollup/Table';
import { departmentFigures, notSubmitted, ranking } from '@/storage/admin/figures';
import { type FirstFigures, firstFigures } from '@/storage/admin/first-figures';
import type { AdminData, FirstData } from '@/storage/admin/office';
import { participationOf } from '@/storage/report/content';
import { weeksOf } from '@/storage/time/calendar';
import { isLong, monthsOf } from '@/storage/time/periods';
import { type DateRange, wholeCampaign } from '@/storage/time/range';
import type { Campaign } from '@/storage/types';

/** The campaign's weeks (Monday to Sunday), cut to the campaign. */

interface Props {
  campaign: Campaign;
  /** The small read: what the page paints first; needed until `admin` has landed. */
  first: FirstData | undefined;
  /** Every kept submission whole: the pledge totals, once it has landed. */
  admin: AdminData | undefined;
  range: DateRange;
  onRange: (range: DateRange) => void;
}

/**
 * Department participation over a date range: a chart, a table, a ranking, who is missing.
 * Painted first from the digests; the pledge totals come when every submission has been read.
 */
export function AdminFigures({ campaign, first, admin, range, onRange }: Props) {
  const i18n = useI18n();
  const { t, label, date, lang } = i18n;
  const full = useMemo(
    () => admin && departmentFigures(campaign, admin.submissions, admin.headcounts, admin.roster, range),
    [campaign, admin, range],
  );
  const early = useMemo(
    () => (full ? undefined : firstFigures(campaign, first!.digests, first!.headcounts, first!.roster, range)),
    [campaign, first, range, full],
  );
  const figures = full ?? early!;
  const roster = admin?.roster ?? first!.roster;
  const people = admin?.submissions ?? first!.digests;
  // Sorted bars with the value written on each: readable in black and white.
  const chart = useMemo(() => departmentBars(participationOf(figures, campaign, label), i18n), [figures, i18n]);
  // A year-round movement reads by month: 52 weeks would make a list nobody scrolls.
  const months = isLong(campaign) ? monthsOf(campaign) : [];
  const weeks = months.length ? [] : weeksOf(campaign);
  const presets = [
    { key: 'all', range: wholeCampaign(campaign), text: t('admin.wholeCampaign') },
    ...months.map((m, i) => ({
      key: `m${i}`,
      range: m,
      text: t('periods.month', { from: date(m.from), to: date(m.to) }),
    })),
    ...weeks.map((w, i) => ({
      key: `w${i}`,
      range: w,
      text: t('admin.week', { number: i + 1, from: date(w.from), to: date(w.to) }),
    })),
  ];
  const name = (id: string) => label(campaign.departments.find((d) => d.id === id)!.name);
  const number = (n: number | null, digits = 2) =>
    n === null ? '–' : formatNumber(lang, Math.round(n * 10 ** digits) / 10 ** digits);
  const missing = notSubmitted(roster, people);

  return (
    <section aria-labelledby="figures-title">
      <h3 id="figures-title">{t('admin.figuresTitle')}</h3>
      <PeriodPicker
        campaign={campaign}
        presets={presets}
        range={range}
        onRange={onRange}
        words={{ choose: t('admin.period'), custom: t('admin.customPeriod'), from: t('admin.from'), to: t('admin.to') }}
      />
      <p class="muted">{t('admin.submissionsKept', { people: people.length })}</p>
      {/* The chart's values carry no name of their own: its heading names the measure. */}
      <h4>{t('measure.tookPartRate')}</h4>
      <ChartCanvas
        config={chart}
        label={t('admin.chartLabel', {
          ...chartMeasures(t).departmentsInSentence,
          from: date(range.from),
          to: date(range.to),
        })}
        height={chartHeight(figures.length)}
        describedBy="departments-caption"
      />
      <Table
        label={t('admin.tableDepartments')}
        caption={t('admin.tableDepartments')}
        captionId="departments-caption"
        tableAttrs={{ class: 'departments', 'aria-busy': full ? undefined : 'true' }}
        columns={[
          { head: t('heading.department'), rowHead: true, cell: (f) => name(f.id) },
          {
            head: t('admin.headcount'),
            num: true,
            attrs: { 'data-cell': 'headcount' },
            cell: (f) => `${f.denominator}${f.denominatorFrom === 'known' ? '*' : ''}`,
          },
          { head: t('admin.submitted'), num: true, attrs: { 'data-cell': 'submitted' }, cell: (f) => f.submitted },
          { head: t('measure.tookPart'), num: true, attrs: { 'data-cell': 'took-part' }, cell: (f) => f.tookPart },
          {
            head: t('measure.daysPerPerson'),
            num: true,
            attrs: { 'data-cell': 'average' },
            cell: (f) => number(f.averageDays),
          },
          { head: t('admin.unsignedCount'), num: true, attrs: { 'data-cell': 'unsigned' }, cell: (f) => f.unsigned },
          ...campaign.pledges.map((p) => ({
            head: label(p.label),
            num: true,
            attrs: { 'data-pledge': p.id },
            cell: (f: FirstFigures) =>
              full ? formatNumber(lang, full.find((d) => d.id === f.id)!.pledgeTotals[p.id] ?? 0) : '…',
          })),
        ]}
        rows={figures}
        rowKey={(f) => f.id}
        rowAttrs={(f) => ({ 'data-department': f.id })}
      />
      <Notice notice={full ? null : { text: t('admin.figuresLoading'), error: false }} />
      <p class="muted small">{t('admin.knownNote')}</p>
      <MeasuresGlossary measures={['tookPart', 'daysPerPerson', 'pledgesKept', 'workingDays']} />
      <h4>{t('admin.ranking', { measure: inSentence(t('measure.daysPerPerson')) })}</h4>
      <ol class="ranking">
        {ranking(figures).map((f) => (
          <li key={f.id}>
            {name(f.id)}: {t('admin.averagePerPerson', { days: number(f.averageDays) })}
          </li>
        ))}
      </ol>
      <h4>{t('admin.tableMissing')}</h4>
      {roster.length === 0 ? (
        <p class="muted">{t('admin.noRoster')}</p>
      ) : missing.length === 0 ? (
        <p>{t('admin.allSubmitted')}</p>
      ) : (
        <ul class="missing">
          {missing.map((r) => (
            <li key={r.id}>
              {r.name} — {name(r.department)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Room for each department's name on up to three lines on a phone, where it wraps (axis-labels.ts). */
const chartHeight = (departments: number) => Math.max(300, 48 + 52 * departments);
