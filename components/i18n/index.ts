import { enOptions } from '@/components/i18n/en/options';
import { enPopup } from '@/components/i18n/en/popup';
import { viOptions } from '@/components/i18n/vi/options';
import { viPopup } from '@/components/i18n/vi/popup';
import type { Language } from '@/storage/types';
import { fill, type MessageKey, type Params } from './format';

export { formatDate, formatNumber, LANGUAGES, pickLabel } from './format';
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
