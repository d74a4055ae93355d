import type { Language } from '@/storage/types';
import { enOptions } from './en/options';
import { enPopup } from './en/popup';
import { fill, type MessageKey, type Params } from './format';
import { viOptions } from './vi/options';
import { viPopup } from './vi/popup';

export { formatDate, formatNumber, type I18n, LANGUAGES, pickLabel } from './format';
/**
 * Every string in every language, for the background and for tests. Pages load only what they
 * show through `./context`, which keeps English and the options page's strings out of the popup.
 */
export type { MessageKey };
export const MESSAGES: Record<Language, Record<MessageKey, string>> = {
  vi: { ...viPopup, ...viOptions },
  en: { ...enPopup, ...enOptions },
};

export function translate(lang: Language, key: MessageKey, params: Params = {}): string {
  return fill(lang, MESSAGES[lang][key], params);
}
