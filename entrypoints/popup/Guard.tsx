import type { ComponentChildren } from 'preact';
import { ErrorBoundary } from '@/components/ErrorBoundary';
import { I18nProvider, usePageI18n } from '@/components/i18n/context';
import { openDashboard } from '@/components/open-page';
import type { Language } from '@/storage/types';

/**
 * Keeps the popup from going blank when a part of it throws: it says the data
 * cannot be read and opens "My data", where the restore is. The popup's one read says so too
 * when a stored row is broken (`Damaged`, shown by App).
 */
export function Guard({ children }: { children: ComponentChildren }) {
  return <ErrorBoundary fallback={<Damaged language="vi" />}>{children}</ErrorBoundary>;
}

export function Damaged({ language }: { language: Language }) {
  const i18n = usePageI18n(language);
  if (!i18n) return null;
  const { t } = i18n;
  return (
    <I18nProvider value={i18n}>
      <h1>{t('app.name')}</h1>
      <p role="alert" class="notice error">
        {t('recovery.popup')}
      </p>
      <button type="button" class="primary" onClick={() => openDashboard('data')}>
        {t('recovery.open')}
      </button>
    </I18nProvider>
  );
}
