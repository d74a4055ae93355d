import { calendarDateIn } from '@/storage/time/calendar';
import type { Campaign, Label, PledgeKind } from '@/storage/types';
import { CAMPAIGN_FORMAT, CAMPAIGN_VERSION, type CampaignResult, validateCampaign } from './schema';

/**
 * The admin office's campaign editor (issue #5 §2) as plain functions: a form draft that holds
 * what people type (text, even in number fields), the campaign file it stands for, and the
 * rule that an ended campaign is never edited in place.
 */

export interface LabelDraft {
  vi: string;
  en: string;
}

export interface DepartmentDraft {
  /** Stable key of the row while it is edited (rows can be added and removed). */
  key: string;
  id: string;
  name: LabelDraft;
  /** As typed; empty when the file gives none. */
  headcount: string;
  /** Kept from the source file until the row is edited: then it is the office's own unit. */
  example?: boolean;
}

export interface PledgeDraft {
  key: string;
  id: string;
  label: LabelDraft;
  kind: PledgeKind;
  /** Both languages empty: the pledge has no unit. */
  unit: LabelDraft;
  /** Every part empty: the pledge has no impact coefficient. */
  impact: { perUnit: string; unit: LabelDraft; source: string };
}

export interface CampaignDraft {
  id: string;
  name: LabelDraft;
  organisation: LabelDraft;
  reportTo: LabelDraft;
  start: string;
  end: string;
  timeZone: string;
  workingDays: number[];
  holidays: { key: string; date: string }[];
  backfillDays: string;
  departments: DepartmentDraft[];
  pledges: PledgeDraft[];
}

let keys = 0;
/** A key for a new row of the draft, unique in this page. */
export const newRowKey = (): string => `row-${++keys}`;

const labelDraft = (label?: Label): LabelDraft => ({ vi: label?.vi ?? '', en: label?.en ?? '' });

export function draftFromCampaign(c: Campaign): CampaignDraft {
  return {
    id: c.id,
    name: labelDraft(c.name),
    organisation: labelDraft(c.organisation),
    reportTo: labelDraft(c.reportTo),
    start: c.start,
    end: c.end,
    timeZone: c.timeZone,
    workingDays: [...(c.workingDays ?? [1, 2, 3, 4, 5, 6, 7])],
    holidays: (c.holidays ?? []).map((date) => ({ key: newRowKey(), date })),
    backfillDays: String(c.backfillDays),
    departments: c.departments.map((d) => ({
      key: newRowKey(),
      id: d.id,
      name: labelDraft(d.name),
      headcount: d.headcount === undefined ? '' : String(d.headcount),
      ...(d.example ? { example: true } : {}),
    })),
    pledges: c.pledges.map((p) => ({
      key: newRowKey(),
      id: p.id,
      label: labelDraft(p.label),
      kind: p.kind,
      unit: labelDraft(p.unit),
      impact: {
        perUnit: p.impact ? String(p.impact.perUnit) : '',
        unit: labelDraft(p.impact?.unit),
        source: p.impact?.source ?? '',
      },
    })),
  };
}

export const emptyDepartment = (): DepartmentDraft => ({
  key: newRowKey(),
  id: '',
  name: { vi: '', en: '' },
  headcount: '',
});

export const emptyPledge = (): PledgeDraft => ({
  key: newRowKey(),
  id: '',
  label: { vi: '', en: '' },
  kind: 'daily',
  unit: { vi: '', en: '' },
  impact: { perUnit: '', unit: { vi: '', en: '' }, source: '' },
});

const blank = (text: string) => text.trim() === '';

/** A label as the file writes it: English only when given, so an empty one is not an error. */
function label(draft: LabelDraft): Label {
  return blank(draft.en) ? { vi: draft.vi } : { vi: draft.vi, en: draft.en };
}

const optionalLabel = (draft: LabelDraft): Label | undefined =>
  blank(draft.vi) && blank(draft.en) ? undefined : label(draft);

/** A number as typed; an empty field is not a number (NaN), so the schema names the rule. */
const number = (text: string): number => (blank(text) ? Number.NaN : Number(text.trim()));

/**
 * The campaign file a draft stands for, before validation: in the draft's own order, so that
 * the path of a broken rule (`pledges[2].id`) points at the field that holds it.
 */
export function campaignFromDraft(d: CampaignDraft): Record<string, unknown> {
  return {
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
        id: p.id.trim(),
        label: label(p.label),
        kind: p.kind,
        ...(unit ? { unit } : {}),
        ...(hasImpact ? { impact: { perUnit: number(perUnit), unit: label(impactUnit), source } } : {}),
      };
    }),
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
