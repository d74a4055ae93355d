import type { ActivitiesKey } from '@/components/i18n/vi/activities';
import type { AdminKey } from '@/components/i18n/vi/admin';
import type { AgenciesKey } from '@/components/i18n/vi/agencies';
import type { DashboardKey } from '@/components/i18n/vi/dashboard';
import type { EditorKey } from '@/components/i18n/vi/editor';
import type { PlanKey } from '@/components/i18n/vi/plan';
import type { PopupKey } from '@/components/i18n/vi/popup';
import type { ReportKey } from '@/components/i18n/vi/report';
import type { RulesKey } from '@/components/i18n/vi/rules';
import type { ShareKey } from '@/components/i18n/vi/share';
import type { WorkflowKey } from '@/components/i18n/vi/workflow';
import { MAX_PHOTO_BYTES, MAX_PHOTO_SIDE } from '@/storage/activities/photo-plan';
import { findDepartment } from '@/storage/campaign/departments';
import type { RuleCode } from '@/storage/files/file-issues';
import {
  MAX_ACTIVITY_TITLE,
  MAX_BACKUP_BYTES,
  MAX_COUNT,
  MAX_FILE_BYTES,
  MAX_JSON_DEPTH,
  MAX_NAME,
  MAX_NOTE,
  MAX_PLAN_TEXT,
  MAX_REPORT_FIGURE,
  MAX_ROSTER_ROWS,
  MAX_TEXT,
} from '@/storage/files/limits';
import type { CalendarDate, Campaign, Label, Language } from '@/storage/types';

/** Formatting for people: messages with `{placeholders}`, numbers and calendar dates per locale. */

/** What only the options page shows: loaded by it, never by the popup. */
export type OptionsKey =
  | DashboardKey
  | AdminKey
  | EditorKey
  | ReportKey
  | RulesKey
  | ShareKey
  | AgenciesKey
  | WorkflowKey
  | PlanKey
  | ActivitiesKey;
export type MessageKey = PopupKey | OptionsKey;
/** A page's catalogue: the popup's holds only the popup keys, the options page's all of them. */
export type Messages = Record<PopupKey, string> & Partial<Record<OptionsKey, string>>;
export type Params = Record<string, string | number>;

export const LANGUAGES: Language[] = ['vi', 'en'];

/** The locale each language formats dates and numbers with. */
export const LOCALES: Record<Language, string> = { vi: 'vi-VN', en: 'en-GB' };
export function fill(lang: Language, template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    return typeof value === 'number' ? formatNumber(lang, value) : (value ?? `{${name}}`);
  });
}

const numberFormats = new Map<Language, Intl.NumberFormat>();

export function formatNumber(lang: Language, value: number): string {
  let format = numberFormats.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[lang]);
    numberFormats.set(lang, format);
  }
  return format.format(value);
}

const DATE_STYLES: Record<'short' | 'long' | 'month', Intl.DateTimeFormatOptions> = {
  short: { timeZone: 'UTC', day: '2-digit', month: '2-digit', year: 'numeric' },
  long: { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  month: { timeZone: 'UTC', month: 'long', year: 'numeric' },
};

/**
 * A calendar date as people read it (05/06/2024), or its month ("tháng 12 năm 2026"); never
 * shifted by the computer's zone.
 */
export function formatDate(lang: Language, date: CalendarDate, style: keyof typeof DATE_STYLES = 'short'): string {
  const options = DATE_STYLES[style];
  return new Intl.DateTimeFormat(LOCALES[lang], options).format(new Date(`${date}T00:00:00Z`));
}

/** A date with its weekday, as in "thứ Hai 07/12/2026" or "Monday 07/12/2026". */
export function weekdayDate(lang: Language, date: CalendarDate): string {
  const weekday = new Intl.DateTimeFormat(LOCALES[lang], { timeZone: 'UTC', weekday: 'long' }).format(
    new Date(`${date}T00:00:00Z`),
  );
  // Vietnamese writes the weekday in lower case inside a sentence: "thứ Hai", "chủ nhật".
  const inSentence = lang === 'vi' ? weekday.charAt(0).toLowerCase() + weekday.slice(1) : weekday;
  return `${inSentence} ${formatDate(lang, date)}`;
}

/** A label from a file in the person's language, falling back to Vietnamese. */
export function pickLabel(label: Label, lang: Language): string {
  return label[lang] ?? label.vi;
}

/** A department's name from the campaign in the person's language; its id if unknown. */
export function departmentName(
  campaign: Pick<Campaign, 'departments'>,
  id: string | undefined,
  lang: Language,
): string {
  const department = findDepartment(campaign, id);
  return department ? pickLabel(department.name, lang) : (id ?? '');
}

export interface I18n {
  lang: Language;
  t: (key: MessageKey, params?: Params) => string;
  date: (date: CalendarDate, style?: 'short' | 'long') => string;
  /** The date with its weekday: "thứ Hai 07/12/2026". */
  weekdayDate: (date: CalendarDate) => string;
  label: (label: Label) => string;
}

export function makeI18n(lang: Language, messages: Messages): I18n {
  return {
    lang,
    t: (key, params) => fill(lang, (messages as Partial<Record<MessageKey, string>>)[key] ?? key, params),
    date: (date, style) => formatDate(lang, date, style),
    weekdayDate: (date) => weekdayDate(lang, date),
    label: (label) => pickLabel(label, lang),
  };
}

/** The limits rule messages quote, from the constants the rules check. */
const LIMITS: Params = {
  maxMegabytes: MAX_FILE_BYTES / (1024 * 1024),
  maxBackupMegabytes: MAX_BACKUP_BYTES / (1024 * 1024),
  maxName: MAX_NAME,
  maxCount: MAX_COUNT,
  maxNote: MAX_NOTE,
  maxText: MAX_TEXT,
  maxPlanText: MAX_PLAN_TEXT,
  maxRoster: MAX_ROSTER_ROWS,
  maxDepth: MAX_JSON_DEPTH,
  maxFigure: MAX_REPORT_FIGURE,
  maxTitle: MAX_ACTIVITY_TITLE,
  maxPhotoMegabytes: MAX_PHOTO_BYTES / (1024 * 1024),
  maxPhotoSide: MAX_PHOTO_SIDE,
};

/** A broken rule of a file in words, with the limit it quotes. */
export function ruleText(t: I18n['t'], rule: RuleCode): string {
  return t(`rule.${rule}`, LIMITS);
}

/** A message that quotes a limit (`{maxNote}` characters…), given its other parameters. */
export const withLimits = (params: Params = {}): Params => ({ ...LIMITS, ...params });
