import type { DashboardData } from '@/storage/staff/dashboard-data';
import { BackupPanel } from './BackupPanel';
import { SummaryExport } from './SummaryExport';

/** My data: the summary I send to the admin office, and backups of everything. */
export function DataPage({ data }: { data: DashboardData }) {
  return (
    <>
      <SummaryExport data={data} />
      <BackupPanel data={data} />
    </>
  );
}
