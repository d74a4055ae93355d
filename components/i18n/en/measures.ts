import type { MeasureKey } from '@/components/i18n/vi/measures';

/** English names and definitions of the measures: every key of the Vietnamese table. */
export const enMeasures: Record<MeasureKey, string> = {
  'measure.tookPart': 'Took part (at least 1 day)',
  'measure.tookPartRate': 'Share who took part (at least 1 day)',
  'measure.tookPart.about':
    'People who recorded at least one pledge on any day of the period; the share is those people over the headcount. Someone who took part on one day counts the same as someone who took part every day.',
  'measure.workingDays': 'Participation on working days',
  'measure.workingDays.about':
    'People taking part on the working days of the period, summed, over people × working days; rest days and holidays are left out. For you alone: the working days you took part on over the working days so far.',
  'measure.dayShare': 'Share taking part that day',
  'measure.dayShare.about':
    'For one day: the people who recorded a pledge that day over the people. Participation on working days is its average over the working days.',
  'measure.daysPerPerson': 'Days taken part per person',
  'measure.days': 'Days taken part',
  'measure.daysPerPerson.about':
    'Days with at least one pledge recorded, summed over everyone in the period, over the people. For you alone: the days you took part.',
  'measure.pledgesKept': 'Pledges kept',
  'measure.pledgesKept.about':
    'Each pledge’s total over the period: a daily pledge counts once for each day kept; an action (trees planted, clean-ups…) counts the number recorded.',
  'measure.glossary': 'How the figures are worked out',
};
