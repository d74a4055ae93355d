import type { DashboardData } from '@/storage/staff/dashboard-data';
import { CampaignSettings } from './CampaignSettings';
import { PersonalSettings } from './PersonalSettings';
import { PolicyNotice } from './PolicyNotice';

/** Cài đặt: who I am and how I am reminded, then which campaign this browser records for. */
export function SettingsPage({ data }: { data: DashboardData }) {
  return (
    <>
      <PolicyNotice />
      <PersonalSettings data={data} />
      <CampaignSettings data={data} />
    </>
  );
}
