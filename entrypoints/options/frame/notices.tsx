import { useNow } from '@/components/clock';
import { useI18n } from '@/components/i18n/context';
import { isBackupDue } from '@/storage/backup/backup';
import type { DashboardData } from '@/storage/staff/dashboard-data';

/** "Time for a backup", on every page but my data (where the backup is). */
export function BackupReminder({ data, onData }: { data: DashboardData | undefined; onData: boolean }) {
  const { t } = useI18n();
  const now = useNow();
  if (onData || !data?.settings || !isBackupDue(data.settings.lastBackupAt, now(), data.firstRecordedAt)) return null;
  return (
    <p class="notice warn">
      {t('backup.due')} <a href="#data">{t('backup.goThere')}</a>
    </p>
  );
}

/** Part of the store could not be read: said on every page, with the way to the restore. */
export function DamagedNotice({ data, onData }: { data: DashboardData | undefined; onData: boolean }) {
  const { t } = useI18n();
  if (!data?.damaged) return null;
  return (
    <p role="alert" class="notice error">
      {t('recovery.partial')} {!onData && <a href="#data">{t('recovery.goThere')}</a>}
    </p>
  );
}
