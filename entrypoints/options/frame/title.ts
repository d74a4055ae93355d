import { useEffect } from 'preact/hooks';
import type { I18n, MessageKey } from '@/components/i18n/format';

/** The tab's title names the page shown, then the extension; the document speaks its language. */
export function useDocumentTitle(i18n: I18n | undefined, title: MessageKey) {
  useEffect(() => {
    if (!i18n) return;
    document.documentElement.lang = i18n.lang;
    document.title = `${i18n.t(title)} — ${i18n.t('app.name')}`;
  }, [i18n, title]);
}
