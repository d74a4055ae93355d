import { useI18n } from '@/components/i18n/context';
import { AdminImport } from './import/AdminImport';
import { HeldFiles } from './import/HeldFiles';
import { MergeLog } from './import/MergeLog';
import { useCampaignOffice } from './useCampaignOffice';

/** Receiving files: the import, the files held on a changed key, the log of every file. */
export function FilesPage() {
  const { t } = useI18n();
  const { campaign, admin, busy, setBusy } = useCampaignOffice();
  return (
    <>
      <AdminImport campaign={campaign} onBusy={setBusy} />
      {admin ? (
        <>
          <HeldFiles campaign={campaign} held={admin.held} />
          <MergeLog campaign={campaign} admin={admin} />
        </>
      ) : (
        !busy && <p>{t('common.loading')}</p>
      )}
    </>
  );
}
