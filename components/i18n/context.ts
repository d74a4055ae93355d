import { createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import { viPopup } from '@/components/i18n/vi/popup';
import type { Language } from '@/storage/types';
import { type I18n, type Messages, makeI18n } from './format';

export { LANGUAGES } from './format';

/**
 * Vietnamese popup strings are in every page's bundle; English and the options page's own
 * strings are loaded from the package when a page needs them (the popup stays small).
 */
async function loadMessages(lang: Language, withOptions: boolean): Promise<Messages> {
  const popup = lang === 'en' ? (await import('@/components/i18n/en/popup')).enPopup : viPopup;
  if (!withOptions) return popup;
  const options =
    lang === 'en'
      ? (await import('@/components/i18n/en/options')).enOptions
      : (await import('@/components/i18n/vi/options')).viOptions;
  return { ...popup, ...options };
}

const VIETNAMESE = makeI18n('vi', viPopup);
const I18nContext = createContext<I18n>(VIETNAMESE);
export const I18nProvider = I18nContext.Provider;
export const useI18n = () => useContext(I18nContext);

/**
 * The page's I18n for a language; undefined while its first strings load. `withOptions` is for
 * the options page, which also shows the dashboard, admin, editor and file-rule strings. When
 * the language changes, the one before stays until the new one has loaded: the page is not
 * taken down meanwhile, so the focus stays where the person changed it.
 */
export function usePageI18n(lang: Language, withOptions = false): I18n | undefined {
  const ready = lang === 'vi' && !withOptions ? VIETNAMESE : undefined;
  const [i18n, setI18n] = useState<I18n | undefined>(ready);
  useEffect(() => {
    let current = true;
    if (ready) setI18n(ready);
    else void loadMessages(lang, withOptions).then((messages) => current && setI18n(makeI18n(lang, messages)));
    return () => {
      current = false;
    };
  }, [lang, withOptions]);
  return i18n;
}
