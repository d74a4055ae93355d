import type { DashboardData } from '@/storage/staff/dashboard-data';
import { CampaignSettings } from './CampaignSettings';
import { PersonalSettings } from './PersonalSettings';
import { PolicyNotice } from './PolicyNotice';

/** Cài đặt: who I am and how I am reminded, then which campaign this browser records for. */
export function SettingsPage({ data, now }: { data: DashboardData; now: () => number }) {
  return (
    <>
      <PolicyNotice />
      <PersonalSettings data={data} now={now} />
      <CampaignSettings data={data} now={now} />
    </>
  );
}
