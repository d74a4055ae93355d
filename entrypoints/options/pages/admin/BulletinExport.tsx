import { useState } from 'preact/hooks';
import { useNow } from '@/components/clock';
import { downloadFile } from '@/components/download';
import { useI18n } from '@/components/i18n/context';
import type { AdminData } from '@/storage/admin/office';
import { buildBulletin, bulletinFileName, timestampIn } from '@/storage/bulletin/store';
import type { Campaign } from '@/storage/types';

/** The department bulletin for staff: figures by department and day, no one's name. */
export function BulletinExport({ campaign, admin }: { campaign: Campaign; admin: AdminData }) {
  const now = useNow();
  const { t } = useI18n();
  const [message, setMessage] = useState('');

  function save() {
    const bulletin = buildBulletin(campaign, admin, timestampIn(now(), campaign.timeZone));
    const name = bulletinFileName(bulletin);
    downloadFile(name, `${JSON.stringify(bulletin, null, 2)}\n`);
    setMessage(t('admin.saved', { file: name }));
  }

  return (
    <section aria-labelledby="bulletin-title">
      <h3 id="bulletin-title">{t('admin.bulletinTitle')}</h3>
      <p>{t('admin.bulletinIntro')}</p>
      <button type="button" class="primary" onClick={save}>
        {t('admin.saveBulletin')}
      </button>
      <p role="status">{message}</p>
    </section>
  );
}
