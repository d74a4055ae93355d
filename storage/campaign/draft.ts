import { PLAN_PARTS } from '@/storage/plan/facts';
import type { Campaign, Label, PlanPart, PledgeKind } from '@/storage/types';

/**
 * The form draft of the campaign editor: what people type (text, even in number
 * fields), and, kept aside, every field of the source file the form does not show, so
 * that a file loaded and exported again unchanged is the same file.
 */

export interface LabelDraft {
  vi: string;
  en: string;
  /** The label in languages the form does not show, written back as they came. */
  others?: Record<string, string>;
}

/** Fields of a row or a file that the form does not edit, written back as they came. */
type Kept = Record<string, unknown>;

export interface DepartmentDraft {
  /** Stable key of the row while it is edited (rows can be added and removed). */
  key: string;
  id: string;
  name: LabelDraft;
  /** As typed; empty when the file gives none. */
  headcount: string;
  /** Kept from the source file until the row is edited: then it is the office's own unit. */
  example?: boolean;
  kept?: Kept;
}

export interface PledgeDraft {
  key: string;
  id: string;
  label: LabelDraft;
  kind: PledgeKind;
  /** Both languages empty: the pledge has no unit. */
  unit: LabelDraft;
  /** Every part empty: the pledge has no impact coefficient. */
  impact: { perUnit: string; unit: LabelDraft; source: string; kept?: Kept };
  kept?: Kept;
}

export interface AgencyDraft {
  key: string;
  id: string;
  name: LabelDraft;
  kept?: Kept;
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
  /** The optional fields of docs/formats.md §1; empty text leaves a field out of the file. */
  organisationId: string;
  implementsId: string;
  implementsName: LabelDraft;
  /** Null when the file has no list of agencies (an empty list is kept as one). */
  agencies: AgencyDraft[] | null;
  hashtag: string;
  /** The plan's title; both languages empty: the file has none and the plan drafts one. */
  plan: LabelDraft;
  /** Parts of the plan the office wrote; null: drafted from the campaign (absent from the file). */
  planText: Record<PlanPart, LabelDraft | null>;
  /** What the file's `planText` holds beside the three parts, written back as it came. */
  planTextKept?: Kept;
  /** Fields of the file this version does not edit (`departmentsNote`, …). */
  kept?: Kept;
}

let keys = 0;
/** A key for a new row of the draft, unique in this page. */
export const newRowKey = (): string => `row-${++keys}`;

function labelDraft(label?: Label): LabelDraft {
  const { vi = '', en = '', ...others } = label ?? { vi: '' };
  return Object.keys(others).length ? { vi, en, others: others as Record<string, string> } : { vi, en };
}

/** What an object holds beside the fields the form edits. */
function keptOf(source: object, edited: readonly string[]): Kept | undefined {
  const kept = Object.fromEntries(Object.entries(source).filter(([key]) => !edited.includes(key)));
  return Object.keys(kept).length ? structuredClone(kept) : undefined;
}

const CAMPAIGN_FIELDS = [
  ...['format', 'version', 'id', 'name', 'organisation', 'reportTo', 'start', 'end', 'timeZone', 'workingDays'],
  ...['holidays', 'backfillDays', 'departments', 'pledges', 'organisationId', 'implements', 'agencies', 'hashtag'],
  ...['plan', 'planText'],
];
const DEPARTMENT_FIELDS = ['id', 'name', 'headcount', 'example'];
const PLEDGE_FIELDS = ['id', 'label', 'kind', 'unit', 'impact'];
const IMPACT_FIELDS = ['perUnit', 'unit', 'source'];
const withKept = (kept: Kept | undefined) => (kept ? { kept } : {});

function planTextKept(planText: Campaign['planText']): { planTextKept?: Kept } {
  const kept = planText && keptOf(planText, PLAN_PARTS);
  return kept ? { planTextKept: kept } : {};
}

export function draftFromCampaign(c: Campaign): CampaignDraft {
  return {
    ...withKept(keptOf(c, CAMPAIGN_FIELDS)),
    organisationId: c.organisationId ?? '',
    implementsId: c.implements?.id ?? '',
    implementsName: labelDraft(c.implements?.name),
    agencies: c.agencies
      ? c.agencies.map((a) => ({
          key: newRowKey(),
          id: a.id,
          name: labelDraft(a.name),
          ...withKept(keptOf(a, ['id', 'name'])),
        }))
      : null,
    hashtag: c.hashtag ?? '',
    plan: labelDraft(c.plan),
    planText: {
      purpose: c.planText?.purpose ? labelDraft(c.planText.purpose) : null,
      tasks: c.planText?.tasks ? labelDraft(c.planText.tasks) : null,
      implementation: c.planText?.implementation ? labelDraft(c.planText.implementation) : null,
    },
    ...planTextKept(c.planText),
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
      ...withKept(keptOf(d, DEPARTMENT_FIELDS)),
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
        ...withKept(p.impact && keptOf(p.impact, IMPACT_FIELDS)),
      },
      ...withKept(keptOf(p, PLEDGE_FIELDS)),
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
