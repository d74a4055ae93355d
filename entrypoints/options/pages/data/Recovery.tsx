import { useI18n } from '@/components/i18n/context';
import type { DashboardData } from '@/storage/staff/dashboard-data';
import { BackupPanel } from './BackupPanel';

/**
 * What the dashboard shows when what a page needs cannot be read: a plain word of
 * it, the backup of what can be read (dexie-export-import reads rows as stored), and the restore.
 */
export function Recovery({ data }: { data: DashboardData }) {
  const { t } = useI18n();
  return (
    <>
      <section aria-labelledby="recovery-title">
        <h2 id="recovery-title">{t('recovery.title')}</h2>
        <p role="alert" class="notice error">
          {t('recovery.message')}
        </p>
      </section>
      <BackupPanel data={data} />
    </>
  );
}
