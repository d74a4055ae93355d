import { formatNumber, type I18n } from '@/components/i18n/format';
import { inSentence } from '@/components/i18n/measure-words';
import { countWith, percentText } from '@/components/share/picture/content';
import type { PersonalCard } from '@/storage/share/card';
import { type ImpactLine, sourcesOf } from '@/storage/share/impacts';
import type { Standings } from '@/storage/share/standings';

/** The short text versions of the pictures, to paste under them or on their own. */

function impactText(i18n: I18n, lines: readonly ImpactLine[]): string {
  if (lines.length === 0) return '';
  const impacts = lines
    .map((l) => `≈ ${formatNumber(i18n.lang, Math.round(l.estimate * 10) / 10)} ${i18n.label(l.impact.unit)}`)
    .join('; ');
  return ` ${i18n.t('share.textImpact', { impacts, sources: sourcesOf(lines).join('; ') })}`;
}

const tag = (hashtag?: string) => (hashtag ? ` ${hashtag.startsWith('#') ? hashtag : `#${hashtag}`}` : '');

export function personalText(i18n: I18n, card: PersonalCard, name?: string): string {
  const { t, label, date } = i18n;
  const about = {
    who: name || t('share.textI'),
    campaign: label(card.name),
    from: date(card.start),
    to: date(card.end),
  };
  // Before the first working day there is no "x of 0 working days": the days taken and when work starts.
  const days =
    card.workingDaysSoFar === 0
      ? t('share.textDaysBefore', {
          ...about,
          days: card.daysTakenPart,
          first: card.firstWorkingDay ? i18n.weekdayDate(card.firstWorkingDay) : '–',
        })
      : t('share.textDays', {
          ...about,
          days: card.workingDaysTaken,
          working: card.workingDaysSoFar,
          streak: card.streak,
        });
  const actions = card.actions.length
    ? ` ${t('share.textActions', { actions: card.actions.map((a) => `${label(a.label)}: ${countWith(i18n, a, a.count)}`).join('; ') })}`
    : '';
  return `${days}${actions}${impactText(i18n, card.impacts)}${tag(card.hashtag)}`;
}

export function standingsText(i18n: I18n, s: Standings): string {
  const { t, label, date } = i18n;
  const rows = s.rows.map((r, i) => `${i + 1}. ${label(r.name)} ${percentText(i18n, r.rate)}`).join('; ');
  const text = t('share.textOffice', {
    measure: inSentence(t('measure.workingDays')),
    campaign: label(s.campaignName),
    from: date(s.period.from),
    to: date(s.period.to),
    date: date(s.asOf),
    rows,
  });
  return `${text}${impactText(i18n, s.impacts)}${tag(s.hashtag)}`;
}
