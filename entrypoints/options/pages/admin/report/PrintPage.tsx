import type { PageProps } from '@/entrypoints/options/route-types';
import { AGENCY_REPORT_ROUTE } from '@/entrypoints/options/routes';
import { ReportPrint } from './ReportPrint';

/** The printable report of the office (`#report?…`) or of the level above (`#agency-report?…`). */
export function PrintPage({ data, query, path }: PageProps) {
  const level = path === AGENCY_REPORT_ROUTE ? 'agencies' : 'office';
  return <ReportPrint campaign={data.campaign!} query={query} level={level} />;
}
