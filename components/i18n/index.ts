import type { Language } from '@/storage/types';
import { en } from './en';
import { enSettings } from './en-settings';
import { fill, makeI18n as makeWith, type MessageKey, type Params } from './format';
import { vi } from './vi';
import { viSettings } from './vi-settings';

/**
 * Every string in every language, for the background and for tests. Pages load only what they
 * show through `./context`, which keeps English and the settings strings out of the popup.
 */
export type { MessageKey };
export { formatDate, formatNumber, LANGUAGES, pickLabel, type I18n } from './format';
export const MESSAGES: Record<Language, Record<MessageKey, string>> = {
  vi: { ...vi, ...viSettings },
  en: { ...en, ...enSettings },
};

export function translate(lang: Language, key: MessageKey, params: Params = {}): string {
  return fill(lang, MESSAGES[lang][key], params);
}

export const makeI18n = (lang: Language) => makeWith(lang, MESSAGES[lang]);
