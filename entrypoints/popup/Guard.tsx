import type { ComponentChildren } from 'preact';
import { ErrorBoundary } from '@/components/ErrorBoundary';
import { I18nProvider, usePageI18n } from '@/components/i18n/context';
import { openDashboard } from '@/components/open-page';
import { useObserved } from '@/components/useObserved';
import { readPopupHealth } from '@/storage/staff/today-data';

/**
 * Keeps the popup from going blank or waiting for ever when stored data cannot be read (issue
 * #10): it says so and opens "My data", where the restore is.
 */
export function Guard({ children }: { children: ComponentChildren }) {
  // A read that fails outright is a damaged store too, not a popup waiting for ever.
  const health = useObserved(() => readPopupHealth().catch(() => ({ damaged: true, language: 'vi' as const })), []);
  const fallback = <Damaged language={health?.language ?? 'vi'} />;
  if (health?.damaged) return fallback;
  return (
    <ErrorBoundary resetKey={health} fallback={fallback}>
      {children}
    </ErrorBoundary>
  );
}

function Damaged({ language }: { language: 'vi' | 'en' }) {
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
