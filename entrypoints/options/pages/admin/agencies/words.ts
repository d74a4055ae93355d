import type { I18n } from '@/components/i18n/format';
import { indicatorName, indicatorUnit } from '@/components/indicator-words';
import type { AgencyWords } from '@/storage/agencies/tables';
import type { MergeOutcome } from '@/storage/db/database';
import type { Campaign } from '@/storage/types';

/** An outcome as the level above reads it: "made later/earlier", not "newer export". */
export function outcomeText(t: I18n['t'], outcome: MergeOutcome): string {
  if (outcome === 'updated') return t('agencies.outcome.updated');
  if (outcome === 'older') return t('agencies.outcome.older');
  return t(`admin.outcome.${outcome}`);
}

/** A pledge id by its label, or under its id when the campaign does not know it. */
export function pledgeName(campaign: Campaign, i18n: Pick<I18n, 't' | 'label'>, id: string): string {
  const pledge = campaign.pledges.find((p) => p.id === id);
  return pledge ? i18n.label(pledge.label) : i18n.t('agencies.unknownPledge', { id });
}

export function agencyWords(campaign: Campaign, i18n: I18n): AgencyWords {
  const { t } = i18n;
  return {
    label: i18n.label,
    pledge: (id) => pledgeName(campaign, i18n, id),
    indicator: (code) => indicatorName(t, code),
    indicatorUnit: (code) => indicatorUnit(t, code),
    titles: {
      agencies: t('agencies.sheet.agencies'),
      actions: t('agencies.sheet.actions'),
      indicators: t('agencies.sheet.indicators'),
      'not-reported': t('agencies.sheet.notReported'),
      days: t('agencies.sheet.days'),
    },
    rank: t('agencies.rank'),
    id: t('agencies.id'),
    organisation: t('agencies.organisation'),
    period: t('agencies.period'),
    units: t('agencies.units'),
    headcount: t('agencies.headcount'),
    submitted: t('agencies.submitted'),
    tookPart: t('measure.tookPart'),
    participantDays: t('agencies.participantDays'),
    averageDays: t('measure.daysPerPerson'),
    signed: t('agencies.signed'),
    yes: t('admin.yes'),
    no: t('admin.unsigned'),
    action: t('agencies.action'),
    indicatorColumn: t('agencies.indicator'),
    fromAgencies: t('agencyIndicators.fromAgencies'),
    fromActivities: t('agencyIndicators.fromActivities'),
    code: t('agencies.code'),
    unit: t('agencies.unit'),
    total: t('agencies.total'),
    date: t('agencies.date'),
    participants: t('agencies.participants'),
    totalRow: t('agencies.total'),
  };
}
