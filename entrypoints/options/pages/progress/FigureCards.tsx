import { useI18n } from '@/components/i18n/context';
import { LOCALES } from '@/components/i18n/format';
import type { MonthFigures } from '@/storage/progress/month-figures';

/** The month in four numbers, each named as the glossary names it. */
export function FigureCards({ figures }: { figures: MonthFigures }) {
  const { t, lang, weekdayDate } = useI18n();
  const percent = new Intl.NumberFormat(LOCALES[lang], { style: 'percent', maximumFractionDigits: 0 });
  const measure = t('measure.workingDays');
  // Before the first working day (a challenge started on a Sunday) there is no share yet: say why.
  const completion: [string, string] =
    figures.completion !== null
      ? [t('progress.completion', { measure, working: figures.workingDaysSoFar }), percent.format(figures.completion)]
      : [
          measure,
          figures.firstWorkingDay
            ? t('progress.firstWorkingDay', { date: weekdayDate(figures.firstWorkingDay) })
            : t('progress.noWorkingDay'),
        ];
  const cards: [string, string, string][] = [
    ['streak', t('stats.streak'), String(figures.streak)],
    ['days-taken', t('measure.days'), String(figures.daysTakenPart)],
    ['completion', ...completion],
    ['late-days', t('progress.lateDays'), String(figures.lateDays)],
  ];
  return (
    <dl class="cards">
      {cards.map(([id, term, value]) => (
        <div key={id}>
          <dt>{term}</dt>
          <dd data-figure={id} class={id === 'completion' && figures.completion === null ? 'sentence' : undefined}>
            {value}
          </dd>
        </div>
      ))}
    </dl>
  );
}
