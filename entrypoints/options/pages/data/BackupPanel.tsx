import { useEffect, useRef, useState } from 'preact/hooks';
import { useNow } from '@/components/clock';
import { downloadFile } from '@/components/download';
import { useI18n } from '@/components/i18n/context';
import { ruleText } from '@/components/i18n/format';
import { Notice, type NoticeText } from '@/components/Notice';
import { notifyBackground } from '@/entrypoints/background/protocol';
import { backupFileName, backupToSave, isBackupDue, markBackedUp, restoreBackup } from '@/storage/backup/backup';
import type { DashboardData } from '@/storage/staff/dashboard-data';
import { calendarDateIn } from '@/storage/time/calendar';

const MB = 1024 * 1024;

/** Full backup and restore, with the plain warnings a person needs. */
export function BackupPanel({ data }: { data: DashboardData }) {
  const now = useNow();
  const { t, date } = useI18n();
  const [pending, setPending] = useState<File | null>(null);
  const [notice, setNotice] = useState<NoticeText | null>(null);
  /** The whole backup was too large for a restore because of its photos: the one without them is offered. */
  const [offerWithoutPhotos, setOfferWithoutPhotos] = useState(false);
  // A picked file opens the question and the focus goes to it; "Cancel" gives the
  // focus back to the file input that opened it; the outcome of a restore takes it (Notice).
  const question = useRef<HTMLParagraphElement>(null);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (pending) question.current?.focus();
  }, [pending]);
  const last = data.settings?.lastBackupAt;
  const timeZone = data.campaign?.timeZone ?? 'Asia/Ho_Chi_Minh';
  const day = (instant: number) => calendarDateIn(instant, timeZone);

  async function save(withoutPhotos: boolean) {
    const at = now();
    const backup = await backupToSave({ readableOnly: data.damaged, withoutPhotos });
    setOfferWithoutPhotos(!backup.ok && backup.photos > 0);
    if (!backup.ok) {
      const sizes = { size: Math.ceil(backup.bytes / MB), max: Math.floor(backup.limit / MB), photos: backup.photos };
      return setNotice({
        text: t(backup.photos > 0 ? 'backup.tooLargePhotos' : 'backup.tooLarge', sizes),
        error: true,
      });
    }
    downloadFile(backupFileName(day(at)), backup.blob);
    await markBackedUp(new Date(at).toISOString());
    setNotice({ text: t(withoutPhotos ? 'backup.savedWithoutPhotos' : 'backup.saved'), error: false });
  }

  async function restore() {
    if (!pending) return;
    const result = await restoreBackup(pending, new Date(now()).toISOString());
    const name = pending.name;
    setPending(null);
    if (!result.ok) {
      const rule = ruleText(t, result.issue.rule);
      const where = result.issue.path ? t('options.rulePath', { rule, path: result.issue.path }) : rule;
      return setNotice({ text: t('backup.refused', { file: name, rule: where }), error: true });
    }
    await notifyBackground({ type: 'settings-changed' });
    setNotice({ text: t('backup.restored', { file: name }), error: false });
  }

  return (
    <section aria-labelledby="backup-title">
      <h2 id="backup-title">{t('backup.title')}</h2>
      <p class="notice warn">{t('backup.uninstallWarning')}</p>
      <p>
        {last ? t('backup.last', { date: date(day(Date.parse(last))) }) : t('backup.never')}{' '}
        {isBackupDue(last, now(), data.firstRecordedAt) && <strong>{t('backup.due')}</strong>}
      </p>
      <button type="button" class="primary" onClick={() => save(false)}>
        {t('backup.save')}
      </button>
      <div class="field">
        <label for="restore-file">{t('backup.pick')}</label>
        <input
          ref={input}
          id="restore-file"
          type="file"
          accept=".json,application/json"
          onChange={(e) => {
            setNotice(null);
            setPending(e.currentTarget.files?.[0] ?? null);
            e.currentTarget.value = '';
          }}
        />
      </div>
      {pending && (
        <div class="notice warn" role="alertdialog" aria-labelledby="restore-question">
          <p id="restore-question" tabIndex={-1} ref={question}>
            {t('backup.confirm', { file: pending.name })}
          </p>
          <div class="row">
            <button type="button" class="primary" onClick={restore}>
              {t('backup.restore')}
            </button>
            <button
              type="button"
              onClick={() => {
                setPending(null);
                input.current?.focus();
              }}
            >
              {t('common.cancel')}
            </button>
          </div>
        </div>
      )}
      <Notice notice={notice} focus />
      {offerWithoutPhotos && (
        <button type="button" onClick={() => save(true)}>
          {t('backup.saveWithoutPhotos')}
        </button>
      )}
    </section>
  );
}
