import { useI18n } from '@/components/i18n/context';
import { LOCALES } from '@/components/i18n/format';
import type { MonthFigures } from '@/storage/progress/month-figures';

/** The month in four numbers. */
export function FigureCards({ figures }: { figures: MonthFigures }) {
  const { t, lang } = useI18n();
  const percent = new Intl.NumberFormat(LOCALES[lang], { style: 'percent', maximumFractionDigits: 0 });
  const cards: [string, string, string][] = [
    ['streak', t('stats.streak'), String(figures.streak)],
    ['days-taken', t('stats.daysTaken'), String(figures.daysTakenPart)],
    [
      'completion',
      t('progress.completion', { working: figures.workingDaysSoFar }),
      figures.completion === null ? '–' : percent.format(figures.completion),
    ],
    ['late-days', t('progress.lateDays'), String(figures.lateDays)],
  ];
  return (
    <dl class="cards">
      {cards.map(([id, term, value]) => (
        <div key={id}>
          <dt>{term}</dt>
          <dd data-figure={id}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
