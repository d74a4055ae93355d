import { useI18n } from '@/components/i18n/context';
import { PeriodLine } from './PeriodLine';
import { AdminReports } from './report/AdminReports';
import { useCampaignOffice } from './useCampaignOffice';

/** The report for the period chosen: its details, Word, print, workbook, CSV, the file for the level above. */
export function ReportPage() {
  const { t } = useI18n();
  const { campaign, admin, range } = useCampaignOffice();
  return (
    <>
      <PeriodLine range={range} />
      {admin ? <AdminReports campaign={campaign} admin={admin} range={range} /> : <p>{t('common.loading')}</p>}
    </>
  );
}
