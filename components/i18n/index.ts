import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { CalendarDate, Label, Language } from '../../storage/types';
import { en } from './en';
import { vi, type MessageKey } from './vi';

export type { MessageKey };
export const MESSAGES: Record<Language, Record<MessageKey, string>> = { vi, en };
export const LANGUAGES: Language[] = ['vi', 'en'];

type Params = Record<string, string | number>;

/** Looks up a message and fills `{name}` placeholders; numbers are formatted for the language. */
export function translate(lang: Language, key: MessageKey, params: Params = {}): string {
  return MESSAGES[lang][key].replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    return typeof value === 'number' ? formatNumber(lang, value) : (value ?? `{${name}}`);
  });
}

const LOCALES: Record<Language, string> = { vi: 'vi-VN', en: 'en-GB' };

export function formatNumber(lang: Language, value: number): string {
  return new Intl.NumberFormat(LOCALES[lang]).format(value);
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

export interface I18n {
  lang: Language;
  t: (key: MessageKey, params?: Params) => string;
  date: (date: CalendarDate, style?: 'short' | 'long') => string;
  label: (label: Label) => string;
}

export function makeI18n(lang: Language): I18n {
  return {
    lang,
    t: (key, params) => translate(lang, key, params),
    date: (date, style) => formatDate(lang, date, style),
    label: (label) => pickLabel(label, lang),
  };
}

const I18nContext = createContext<I18n>(makeI18n('vi'));
export const I18nProvider = I18nContext.Provider;
export const useI18n = () => useContext(I18nContext);
