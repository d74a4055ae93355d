import yearRound from '@/storage/campaign/templates/phong-trao-ca-nam.json';
import environmentMonth from '@/storage/campaign/templates/thang-hanh-dong-vi-moi-truong.json';
import thirtyDays from '@/storage/campaign/templates/van-phong-xanh-30-ngay.json';
import { plainText } from '@/storage/files/limits';
import { addDays } from '@/storage/time/calendar';
import type { CalendarDate, Campaign, Department, Label } from '@/storage/types';

/**
 * Campaign templates: data files under templates/, each holding a whole campaign file
 * (validated by the campaign schema in the tests) and the rule its dates follow. Nothing here
 * names an office: the organisation, the recipient and the departments come from the person.
 */

export type DateRule = { rule: 'month'; month: number } | { rule: 'from-today'; days: number };

export interface CampaignTemplate {
  format: 'green-office/campaign-template';
  version: 1;
  id: string;
  dates: DateRule;
  /** The year of the start date follows the name: "Tháng hành động vì môi trường 2027". */
  nameWithYear: boolean;
  /** What a personal challenge made from the template says instead of an office's details. */
  personal: { organisation: Label; reportTo: Label; department: Department };
  /** Part I of the office's plan (its purpose), naming no organisation: a campaign made from the template carries it. */
  planPurpose?: Label;
  campaign: Campaign;
}

export const TEMPLATES = [environmentMonth, thirtyDays, yearRound] as CampaignTemplate[];
export const ENVIRONMENT_MONTH = TEMPLATES[0]!;
export const THIRTY_DAYS = TEMPLATES[1]!;
/** A year-round movement that reports up every month (docs/formats.md §1 `reportEvery`). */
export const YEAR_ROUND = TEMPLATES[2]!;

/**
 * The dates a template proposes on `today`: a month rule gives that month of this year while it
 * runs or is still to come, else of next year; a from-today rule starts today.
 */
export function templateDates(rule: DateRule, today: CalendarDate): { start: CalendarDate; end: CalendarDate } {
  if (rule.rule === 'from-today') return { start: today, end: addDays(today, rule.days - 1) };
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const startYear = month > rule.month ? year + 1 : year;
  const [endYear, endMonth] = rule.month === 12 ? [startYear + 1, 1] : [startYear, rule.month + 1];
  return { start: firstOf(startYear, rule.month), end: addDays(firstOf(endYear, endMonth), -1) };
}

const firstOf = (year: number, month: number) => `${year}-${String(month).padStart(2, '0')}-01`;

/** The template's name for a campaign starting on `start`, the year added when the template says so. */
export function templateName(template: CampaignTemplate, start: CalendarDate): Label {
  if (!template.nameWithYear) return { ...template.campaign.name };
  const year = start.slice(0, 4);
  return Object.fromEntries(
    Object.entries(template.campaign.name).map(([lang, text]) => [lang, `${text} ${year}`]),
  ) as Label;
}

/**
 * An id made from a name, not taken by any id in `taken`: `phong-tong-hop`, then
 * `phong-tong-hop-2`…; `fallback` when the name has no letter or digit to make one from.
 */
export function uniqueId(name: string, taken: Iterable<string>, fallback: string, maxLength = 64): string {
  const used = new Set(taken);
  const base = idFrom(name, maxLength - 3) || fallback;
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!used.has(candidate)) return candidate;
  }
}

/** Lower-case ASCII words of a Vietnamese name: `Phòng Kế hoạch – Tài chính` → `phong-ke-hoach-tai-chinh`. */
export function idFrom(name: string, maxLength = 64): string {
  return plainText(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, maxLength)
    .replace(/-+$/, '');
}

/**
 * A personal challenge from a template, starting `today` in the computer's time zone: one
 * department (the person), no office; its id is new beside `takenIds`.
 */
export function personalCampaign(
  template: CampaignTemplate,
  today: CalendarDate,
  timeZone: string,
  takenIds: Iterable<string>,
): Campaign {
  const { start, end } = templateDates(template.dates, today);
  const c = template.campaign;
  return {
    ...structuredClone(c),
    id: uniqueId(`${c.id}-${start}`, takenIds, 'thu-thach'),
    name: templateName(template, start),
    organisation: template.personal.organisation,
    reportTo: template.personal.reportTo,
    start,
    end,
    timeZone,
    departments: [template.personal.department],
  };
}
