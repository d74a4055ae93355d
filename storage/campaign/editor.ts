import { calendarDateIn } from '@/storage/time/calendar';
import type { Campaign, Label } from '@/storage/types';
import type { CampaignDraft, LabelDraft } from './draft';
import { CAMPAIGN_FORMAT, CAMPAIGN_VERSION, type CampaignResult, validateCampaign } from './schema';

/**
 * The admin office's campaign editor as plain functions: the campaign file a form
 * draft (./draft.ts) stands for, and the rule that an ended campaign is never edited in place.
 */

const blank = (text: string) => text.trim() === '';

/** A label as the file writes it: English only when given, so an empty one is not an error. */
function label(draft: LabelDraft): Label {
  return blank(draft.en) ? { ...draft.others, vi: draft.vi } : { ...draft.others, vi: draft.vi, en: draft.en };
}

const optionalLabel = (draft: LabelDraft): Label | undefined =>
  blank(draft.vi) && blank(draft.en) && !draft.others ? undefined : label(draft);

/** The plan's title and the parts the office wrote; parts left to the draft are not in the file. */
function planFields(d: CampaignDraft): Record<string, unknown> {
  const plan = optionalLabel(d.plan);
  const parts = Object.entries(d.planText).flatMap(([part, text]) => (text ? [[part, label(text)]] : []));
  const planText = { ...d.planTextKept, ...Object.fromEntries(parts) };
  return { ...(plan ? { plan } : {}), ...(Object.keys(planText).length ? { planText } : {}) };
}

/** The optional fields of docs/formats.md §1, each left out when its fields are empty. */
function optionalFields(d: CampaignDraft): Record<string, unknown> {
  const implementsName = optionalLabel(d.implementsName);
  return {
    ...(blank(d.organisationId) ? {} : { organisationId: d.organisationId.trim() }),
    ...(blank(d.implementsId) && !implementsName
      ? {}
      : { implements: { id: d.implementsId.trim(), name: label(d.implementsName) } }),
    ...(d.agencies ? { agencies: d.agencies.map((a) => ({ ...a.kept, id: a.id.trim(), name: label(a.name) })) } : {}),
    ...(blank(d.hashtag) ? {} : { hashtag: d.hashtag.trim() }),
    ...planFields(d),
  };
}

/** A number as typed; an empty field is not a number (NaN), so the schema names the rule. */
const number = (text: string): number => (blank(text) ? Number.NaN : Number(text.trim()));

/**
 * The campaign file a draft stands for, before validation: in the draft's own order, so that
 * the path of a broken rule (`pledges[2].id`) points at the field that holds it.
 */
export function campaignFromDraft(d: CampaignDraft): Record<string, unknown> {
  return {
    ...d.kept,
    format: CAMPAIGN_FORMAT,
    version: CAMPAIGN_VERSION,
    id: d.id.trim(),
    name: label(d.name),
    organisation: label(d.organisation),
    reportTo: label(d.reportTo),
    start: d.start,
    end: d.end,
    timeZone: d.timeZone.trim(),
    workingDays: [...d.workingDays].sort((a, b) => a - b),
    holidays: d.holidays.map((h) => h.date),
    backfillDays: number(d.backfillDays),
    departments: d.departments.map((dep) => ({
      ...dep.kept,
      id: dep.id.trim(),
      name: label(dep.name),
      ...(blank(dep.headcount) ? {} : { headcount: number(dep.headcount) }),
      ...(dep.example ? { example: true } : {}),
    })),
    pledges: d.pledges.map((p) => {
      const unit = optionalLabel(p.unit);
      const { perUnit, unit: impactUnit, source } = p.impact;
      const hasImpact = !blank(perUnit) || !blank(impactUnit.vi) || !blank(impactUnit.en) || !blank(source);
      return {
        ...p.kept,
        id: p.id.trim(),
        label: label(p.label),
        kind: p.kind,
        ...(unit ? { unit } : {}),
        ...(hasImpact
          ? { impact: { ...p.impact.kept, perUnit: number(perUnit), unit: label(impactUnit), source } }
          : {}),
      };
    }),
    ...optionalFields(d),
  };
}

/**
 * Checks a draft as the staff's app will check its file, plus one rule of the editor: the id
 * of an ended campaign (`endedIds`) is not reused, since that would change it in place.
 */
export function checkDraft(draft: CampaignDraft, endedIds: readonly string[] = []): CampaignResult {
  if (endedIds.includes(draft.id.trim())) return { ok: false, issue: { path: 'id', rule: 'campaign-ended' } };
  return validateCampaign(campaignFromDraft(draft));
}

/**
 * Whether a campaign has ended, so that it is kept as it was: `now` is an instant, read as a
 * calendar date in the campaign's own time zone (the last day lasts until midnight there).
 */
export function isCampaignReadOnly(campaign: Pick<Campaign, 'end' | 'timeZone'>, now: number): boolean {
  return calendarDateIn(now, campaign.timeZone) > campaign.end;
}

export const campaignFileName = (campaign: Pick<Campaign, 'id'>): string => `chien-dich_${campaign.id}.json`;

/** The file the office sends: pretty JSON, holidays in date order and each once. */
export function campaignFileText(campaign: Campaign): string {
  const file: Campaign = { ...campaign, holidays: [...new Set(campaign.holidays)].sort() };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** The form field that holds a path of the file: `pledges[2].id` → `pledges-2-id`. */
export const pathKey = (path: string): string => path.replace(/\[(\d+)\]/g, '.$1').replace(/\./g, '-');
