import { createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import type { Language } from '@/storage/types';
import { makeI18n, type I18n, type Messages } from './format';
import { vi } from './vi';

export { LANGUAGES } from './format';

/**
 * Vietnamese popup strings are in every page's bundle; English and the options page's own
 * strings are loaded from the package when a page needs them (the popup stays small).
 */
async function loadMessages(lang: Language, withSettings: boolean): Promise<Messages> {
  const common = lang === 'en' ? (await import('./en')).en : vi;
  if (!withSettings) return common;
  const settings = lang === 'en' ? (await import('./en-settings')).enSettings : (await import('./vi-settings')).viSettings;
  return { ...common, ...settings };
}

const VIETNAMESE = makeI18n('vi', vi);
const I18nContext = createContext<I18n>(VIETNAMESE);
export const I18nProvider = I18nContext.Provider;
export const useI18n = () => useContext(I18nContext);

/**
 * The page's I18n for a language; undefined while its strings load. `withSettings` is for the
 * options page, which also shows the settings and campaign-file strings.
 */
export function usePageI18n(lang: Language, withSettings = false): I18n | undefined {
  const ready = lang === 'vi' && !withSettings ? VIETNAMESE : undefined;
  const [i18n, setI18n] = useState<I18n | undefined>(ready);
  useEffect(() => {
    let current = true;
    if (ready) setI18n(ready);
    else void loadMessages(lang, withSettings).then((messages) => current && setI18n(makeI18n(lang, messages)));
    return () => {
      current = false;
    };
  }, [lang, withSettings]);
  return i18n?.lang === lang ? i18n : undefined;
}
