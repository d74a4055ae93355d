import type { CalendarDate, Label, Pledge, PledgeKind } from '@/storage/types';
import { CAMPAIGN_FORMAT, CAMPAIGN_VERSION, type CampaignResult, validateCampaign } from './schema';
import { type CampaignTemplate, idFrom, templateDates, templateName, uniqueId } from './templates';

/**
 * "Tạo chiến dịch mới": an office's campaign from a template in one form, as
 * plain functions. Departments are pasted as lines (`Phòng Tổng hợp; 12`), their ids made from
 * the names; the campaign's id is made too, never one already kept here (an ended campaign's
 * id would change it in place).
 */

export interface CustomPledge {
  key: string;
  label: string;
  kind: PledgeKind;
  unit: string;
}

export interface NewCampaignForm {
  templateId: string;
  name: string;
  organisation: string;
  reportTo: string;
  start: CalendarDate;
  end: CalendarDate;
  workingDays: number[];
  /** As pasted: one department a line, `name; headcount` (the headcount optional). */
  departments: string;
  /** Ids the officer typed over the made ones, by line (of the non-empty lines). */
  idEdits: Record<number, string>;
  /** Template pledges ticked, by id. */
  pledges: string[];
  custom: CustomPledge[];
}

export interface DepartmentLine {
  name: string;
  /** As typed; empty when the line gives none. */
  headcount: string;
  id: string;
}

/** The form as a template proposes it on `today`: its name and year, its dates, every pledge ticked. */
export function newCampaignForm(template: CampaignTemplate, today: CalendarDate): NewCampaignForm {
  const { start, end } = templateDates(template.dates, today);
  const c = template.campaign;
  return {
    templateId: template.id,
    name: templateName(template, start).vi,
    organisation: '',
    reportTo: '',
    start,
    end,
    workingDays: [...c.workingDays],
    departments: c.departments.map((d) => d.name.vi).join('\n'),
    idEdits: {},
    pledges: c.pledges.map((p) => p.id),
    custom: [],
  };
}

/** The pasted lines as departments, each with an id made from its name, unique among them. */
export function departmentLines(text: string, idEdits: Record<number, string> = {}): DepartmentLine[] {
  const taken: string[] = [];
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line, i) => {
      const [name = '', headcount = ''] = line.split(/[;\t]/).map((part) => part.trim());
      const id = idEdits[i]?.trim() || uniqueId(name, taken, `don-vi-${i + 1}`);
      taken.push(id);
      return { name, headcount, id };
    });
}

/** The campaign's id from its name, beside the ids in `taken` (every campaign kept here). */
export const campaignIdFor = (name: string, taken: Iterable<string>): string =>
  uniqueId(idFrom(name).length >= 3 ? name : '', taken, 'chien-dich');

const number = (text: string): number => (text.trim() === '' ? Number.NaN : Number(text.trim()));

/** The campaign file the form stands for, before validation, with `id` made for it. */
export function campaignFromForm(
  form: NewCampaignForm,
  template: CampaignTemplate,
  id: string,
): Record<string, unknown> {
  const c = template.campaign;
  const suggested = templateName(template, form.start);
  // The template's English name follows only while the Vietnamese one is the template's own.
  const name: Label =
    form.name.trim() === suggested.vi && suggested.en ? { vi: form.name, en: suggested.en } : { vi: form.name };
  const pledges: Pledge[] = c.pledges.filter((p) => form.pledges.includes(p.id));
  const taken = pledges.map((p) => p.id);
  const custom = form.custom.map((p, i) => {
    const pledgeId = uniqueId(p.label, taken, `cam-ket-${i + 1}`);
    taken.push(pledgeId);
    return {
      id: pledgeId.length >= 3 ? pledgeId : `cam-ket-${pledgeId}`,
      label: { vi: p.label },
      kind: p.kind,
      ...(p.kind === 'action' && p.unit.trim() ? { unit: { vi: p.unit.trim() } } : {}),
    };
  });
  return {
    format: CAMPAIGN_FORMAT,
    version: CAMPAIGN_VERSION,
    id,
    name,
    organisation: { vi: form.organisation },
    reportTo: { vi: form.reportTo },
    start: form.start,
    end: form.end,
    timeZone: c.timeZone,
    workingDays: [...form.workingDays].sort((a, b) => a - b),
    holidays: [],
    backfillDays: c.backfillDays,
    departments: departmentLines(form.departments, form.idEdits).map((d) => ({
      id: d.id,
      name: { vi: d.name },
      ...(d.headcount ? { headcount: number(d.headcount) } : {}),
    })),
    pledges: [...pledges, ...custom],
    ...(template.planPurpose ? { planText: { purpose: { ...template.planPurpose } } } : {}),
    ...(c.reportEvery ? { reportEvery: c.reportEvery } : {}),
  };
}

/** Checks the form as the staff's app will check its file: the campaign, or the first broken rule. */
export function checkNewCampaign(form: NewCampaignForm, template: CampaignTemplate, id: string): CampaignResult {
  return validateCampaign(campaignFromForm(form, template, id));
}
