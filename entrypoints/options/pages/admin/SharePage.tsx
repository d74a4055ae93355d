import { useI18n } from '@/components/i18n/context';
import { AdminShare } from '@/components/share/AdminShare';
import { BulletinExport } from './BulletinExport';
import { PeriodLine } from './PeriodLine';
import { useCampaignOffice } from './useCampaignOffice';

/** Sharing the figures: pictures and posters for the period chosen, the bulletin for staff. */
export function SharePage() {
  const { t } = useI18n();
  const { campaign, admin, range } = useCampaignOffice();
  if (!admin) return <p>{t('common.loading')}</p>;
  return (
    <>
      <PeriodLine range={range} />
      <AdminShare campaign={campaign} admin={admin} range={range} />
      <BulletinExport campaign={campaign} admin={admin} />
    </>
  );
}
