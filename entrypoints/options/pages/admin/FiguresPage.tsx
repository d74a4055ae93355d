import { useI18n } from '@/components/i18n/context';
import { AdminRoster } from './AdminRoster';
import { AdminFigures } from './report/AdminFigures';
import { useCampaignOffice } from './useCampaignOffice';

/** The figures over the period chosen (the period the report and pictures use too), and the staff list. */
export function FiguresPage() {
  const { t } = useI18n();
  const { campaign, first, admin, busy, range, setRange } = useCampaignOffice();
  if (!first && !admin) return busy ? null : <p>{t('common.loading')}</p>;
  return (
    <>
      <AdminFigures campaign={campaign} first={first} admin={admin} range={range} onRange={setRange} />
      {admin && <AdminRoster campaign={campaign} admin={admin} />}
    </>
  );
}
