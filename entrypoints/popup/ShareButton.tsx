import { useI18n } from '@/components/i18n/context';
import { openDashboard } from '@/components/open-page';

/** One click from the popup to the picture of my progress, ready to copy or download. */
export function ShareButton() {
  const { t } = useI18n();
  return (
    <button type="button" class="share-open" onClick={() => openDashboard('share')}>
      {t('share.open')}
    </button>
  );
}
