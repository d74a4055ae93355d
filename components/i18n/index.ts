import type { Language } from '../../storage/types';
import { en } from './en';
import { fill, makeI18n as makeWith, type Messages, type Params } from './format';
import { vi, type MessageKey } from './vi';

/**
 * Every language at once, for the background and for tests. Pages load only the language in
 * use through `./load`, which keeps English out of the popup's first load.
 */
export type { MessageKey };
export { formatDate, formatNumber, LANGUAGES, pickLabel, type I18n } from './format';
export const MESSAGES: Record<Language, Messages> = { vi, en };

export function translate(lang: Language, key: MessageKey, params: Params = {}): string {
  return fill(lang, MESSAGES[lang][key], params);
}

export const makeI18n = (lang: Language) => makeWith(lang, MESSAGES[lang]);
