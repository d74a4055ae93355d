import { useMemo } from 'preact/hooks';
import { ChartCanvas } from '@/components/charts/ChartCanvas';
import { departmentBars } from '@/components/charts/report';
import { useI18n } from '@/components/i18n/context';
import { formatNumber } from '@/components/i18n/format';
import { chartMeasures, inSentence } from '@/components/i18n/measure-words';
import { MeasuresGlossary } from '@/components/MeasuresGlossary';
import { Notice } from '@/components/Notice';
import { type DateRange, departmentFigures, notSubmitted, ranking, wholeCampaign } from '@/storage/admin/figures';
import { firstFigures } from '@/storage/admin/first-figures';
import type { AdminData, FirstData } from '@/storage/admin/office';
import { participationOf } from '@/storage/report/content';
import { weeksOf } from '@/storage/time/calendar';
import type { Campaign } from '@/storage/types';

/** The campaign's weeks (Monday to Sunday), cut to the campaign. */

interface Props {
  campaign: Campaign;
  /** The small read (issue #16): what the page paints first; needed until `admin` has landed. */
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
  // Sorted bars with the value written on each: readable in black and white (issue #12).
  const chart = useMemo(() => departmentBars(participationOf(figures, campaign, label), i18n), [figures, i18n]);
  const weeks = weeksOf(campaign);
  const presets = [
    { key: 'all', range: wholeCampaign(campaign), text: t('admin.wholeCampaign') },
    ...weeks.map((w, i) => ({
      key: `w${i}`,
      range: w,
      text: t('admin.week', { number: i + 1, from: date(w.from), to: date(w.to) }),
    })),
  ];
  const current = presets.find((p) => p.range.from === range.from && p.range.to === range.to)?.key ?? 'custom';
  const name = (id: string) => label(campaign.departments.find((d) => d.id === id)!.name);
  const number = (n: number | null, digits = 2) =>
    n === null ? '–' : formatNumber(lang, Math.round(n * 10 ** digits) / 10 ** digits);
  const missing = notSubmitted(roster, people);
  const setDate = (key: keyof DateRange, value: string) => {
    const next = { ...range, [key]: value };
    if (value && next.from <= next.to && next.from >= campaign.start && next.to <= campaign.end) onRange(next);
  };

  return (
    <section aria-labelledby="figures-title">
      <h3 id="figures-title">{t('admin.figuresTitle')}</h3>
      <div class="row range">
        <label>
          {t('admin.period')}{' '}
          <select
            value={current}
            onChange={(e) => onRange(presets.find((p) => p.key === e.currentTarget.value)?.range ?? range)}
          >
            {presets.map((p) => (
              <option key={p.key} value={p.key}>
                {p.text}
              </option>
            ))}
            {current === 'custom' && <option value="custom">{t('admin.customPeriod')}</option>}
          </select>
        </label>
        <label>
          {t('admin.from')}{' '}
          <input
            type="date"
            value={range.from}
            min={campaign.start}
            max={campaign.end}
            onChange={(e) => setDate('from', e.currentTarget.value)}
          />
        </label>
        <label>
          {t('admin.to')}{' '}
          <input
            type="date"
            value={range.to}
            min={campaign.start}
            max={campaign.end}
            onChange={(e) => setDate('to', e.currentTarget.value)}
          />
        </label>
      </div>
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
        height={300}
        describedBy="departments-caption"
      />
      <div class="scroll" tabIndex={0} role="region" aria-label={t('admin.tableDepartments')}>
        <table class="departments" aria-busy={full ? undefined : 'true'}>
          <caption id="departments-caption">{t('admin.tableDepartments')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('heading.department')}</th>
              <th scope="col" class="num">
                {t('admin.headcount')}
              </th>
              <th scope="col" class="num">
                {t('admin.submitted')}
              </th>
              <th scope="col" class="num">
                {t('measure.tookPart')}
              </th>
              <th scope="col" class="num">
                {t('measure.daysPerPerson')}
              </th>
              <th scope="col" class="num">
                {t('admin.unsignedCount')}
              </th>
              {campaign.pledges.map((p) => (
                <th key={p.id} scope="col" class="num">
                  {label(p.label)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {figures.map((f) => (
              <tr key={f.id} data-department={f.id}>
                <th scope="row">{name(f.id)}</th>
                <td class="num" data-cell="headcount">
                  {f.denominator}
                  {f.denominatorFrom === 'known' ? '*' : ''}
                </td>
                <td class="num" data-cell="submitted">
                  {f.submitted}
                </td>
                <td class="num" data-cell="took-part">
                  {f.tookPart}
                </td>
                <td class="num" data-cell="average">
                  {number(f.averageDays)}
                </td>
                <td class="num" data-cell="unsigned">
                  {f.unsigned}
                </td>
                {campaign.pledges.map((p) => (
                  <td key={p.id} class="num" data-pledge={p.id}>
                    {full ? formatNumber(lang, full.find((d) => d.id === f.id)!.pledgeTotals[p.id] ?? 0) : '…'}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
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
