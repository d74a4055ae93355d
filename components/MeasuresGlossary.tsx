import { Fragment } from 'preact';
import { useI18n } from '@/components/i18n/context';
import type { MeasureKey } from '@/components/i18n/vi/measures';

/** The measures a page can show, each with the key of its name and of its definition. */
export const MEASURES = {
  tookPart: { name: 'measure.tookPart', about: 'measure.tookPart.about' },
  workingDays: { name: 'measure.workingDays', about: 'measure.workingDays.about' },
  dayShare: { name: 'measure.dayShare', about: 'measure.dayShare.about' },
  daysPerPerson: { name: 'measure.daysPerPerson', about: 'measure.daysPerPerson.about' },
  /** Days per person, for one person: the days they took part. */
  days: { name: 'measure.days', about: 'measure.daysPerPerson.about' },
  pledgesKept: { name: 'measure.pledgesKept', about: 'measure.pledgesKept.about' },
} as const satisfies Record<string, { name: MeasureKey; about: MeasureKey }>;
export type Measure = keyof typeof MEASURES;

/**
 * "How the figures are worked out": the definitions of the measures a page shows, closed until
 * asked for, so that every percentage on the page can be told from the others by its name.
 */
export function MeasuresGlossary({ measures }: { measures: readonly Measure[] }) {
  const { t } = useI18n();
  return (
    <details class="glossary">
      <summary>{t('measure.glossary')}</summary>
      <dl>
        {measures.map((m) => (
          <Fragment key={m}>
            <dt>{t(MEASURES[m].name)}</dt>
            <dd>{t(MEASURES[m].about)}</dd>
          </Fragment>
        ))}
      </dl>
    </details>
  );
}
