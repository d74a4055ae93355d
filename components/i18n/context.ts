import { createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import type { Language } from '../../storage/types';
import { makeI18n, type I18n, type Messages } from './format';

export { LANGUAGES } from './format';
import { vi } from './vi';

/** Vietnamese is in every page's bundle; English is fetched from the package when chosen. */
async function loadMessages(lang: Language): Promise<Messages> {
  return lang === 'en' ? (await import('./en')).en : vi;
}

const VIETNAMESE = makeI18n('vi', vi);
const I18nContext = createContext<I18n>(VIETNAMESE);
export const I18nProvider = I18nContext.Provider;
export const useI18n = () => useContext(I18nContext);

/** The page's I18n for a language; undefined only while English loads the first time. */
export function usePageI18n(lang: Language): I18n | undefined {
  const [i18n, setI18n] = useState<I18n | undefined>(lang === 'vi' ? VIETNAMESE : undefined);
  useEffect(() => {
    let current = true;
    if (lang === 'vi') setI18n(VIETNAMESE);
    else void loadMessages(lang).then((messages) => current && setI18n(makeI18n(lang, messages)));
    return () => {
      current = false;
    };
  }, [lang]);
  return i18n?.lang === lang ? i18n : undefined;
}
