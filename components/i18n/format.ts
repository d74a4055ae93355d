import type { CalendarDate, Label, Language } from '@/storage/types';
import type { CommonKey } from './vi';
import type { SettingsKey } from './vi-settings';

/** Formatting for people: messages with `{placeholders}`, numbers and calendar dates per locale. */

export type MessageKey = CommonKey | SettingsKey;
/** A page's catalogue: the popup's holds only the common keys, the options page's all of them. */
export type Messages = Record<CommonKey, string> & Partial<Record<SettingsKey, string>>;
export type Params = Record<string, string | number>;

export const LANGUAGES: Language[] = ['vi', 'en'];

const LOCALES: Record<Language, string> = { vi: 'vi-VN', en: 'en-GB' };

export function fill(lang: Language, template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    return typeof value === 'number' ? formatNumber(lang, value) : (value ?? `{${name}}`);
  });
}

const numberFormats = new Map<Language, Intl.NumberFormat>();

export function formatNumber(lang: Language, value: number): string {
  let format = numberFormats.get(lang);
  if (!format) numberFormats.set(lang, (format = new Intl.NumberFormat(LOCALES[lang])));
  return format.format(value);
}

/** A calendar date as people read it (05/06/2024); never shifted by the computer's zone. */
export function formatDate(lang: Language, date: CalendarDate, style: 'short' | 'long' = 'short'): string {
  const options: Intl.DateTimeFormatOptions =
    style === 'short'
      ? { timeZone: 'UTC', day: '2-digit', month: '2-digit', year: 'numeric' }
      : { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' };
  return new Intl.DateTimeFormat(LOCALES[lang], options).format(new Date(`${date}T00:00:00Z`));
}

/** A label from a file in the person's language, falling back to Vietnamese. */
export function pickLabel(label: Label, lang: Language): string {
  return label[lang] ?? label.vi;
}

/** A department's name from the campaign in the person's language; its id if unknown. */
export function departmentName(campaign: { departments: { id: string; name: Label }[] }, id: string | undefined, lang: Language): string {
  const department = campaign.departments.find((d) => d.id === id);
  return department ? pickLabel(department.name, lang) : (id ?? '');
}

export interface I18n {
  lang: Language;
  t: (key: MessageKey, params?: Params) => string;
  date: (date: CalendarDate, style?: 'short' | 'long') => string;
  label: (label: Label) => string;
}

export function makeI18n(lang: Language, messages: Messages): I18n {
  return {
    lang,
    t: (key, params) => fill(lang, (messages as Partial<Record<MessageKey, string>>)[key] ?? key, params),
    date: (date, style) => formatDate(lang, date, style),
    label: (label) => pickLabel(label, lang),
  };
}
