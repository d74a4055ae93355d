import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '@/components/i18n/context';
import { AdminShare } from '@/components/share/AdminShare';
import { useObserved } from '@/components/useObserved';
import { ActivitiesPage } from '@/entrypoints/options/pages/admin/activities/ActivitiesPage';
import { AgenciesSection } from '@/entrypoints/options/pages/admin/agencies/AgenciesSection';
import { CreateCampaign } from '@/entrypoints/options/pages/admin/create/CreateCampaign';
import { CampaignEditor } from '@/entrypoints/options/pages/admin/editor/CampaignEditor';
import { AdminImport } from '@/entrypoints/options/pages/admin/import/AdminImport';
import { HeldFiles } from '@/entrypoints/options/pages/admin/import/HeldFiles';
import { MergeLog } from '@/entrypoints/options/pages/admin/import/MergeLog';
import { AdminFigures } from '@/entrypoints/options/pages/admin/report/AdminFigures';
import { AdminReports } from '@/entrypoints/options/pages/admin/report/AdminReports';
import type { DateRange } from '@/storage/admin/figures';
import { readAdmin, readFirst } from '@/storage/admin/office';
import { BUILT_IN_CAMPAIGN } from '@/storage/campaign/store';
import type { DashboardData } from '@/storage/staff/dashboard-data';
import { calendarDateIn } from '@/storage/time/calendar';
import { defaultReportPeriod } from '@/storage/time/periods';
import type { Campaign } from '@/storage/types';
import { AdminRoster } from './AdminRoster';
import { BulletinExport } from './BulletinExport';

/** The admin office's section: import summaries, see department figures, make the report. */
export function AdminPage({ data, now }: { data: DashboardData; now: () => number }) {
  const { t, label } = useI18n();
  const { campaign } = data;
  // Issue #9: "Tạo chiến dịch mới" comes first, and is all there is (with the full editor) before
  // any campaign is active. It keeps its place when one becomes active, so its state stays.
  return (
    <>
      <h2 class="page-title">
        {t('admin.title')}
        {campaign && ` — ${label(campaign.name)}`}
      </h2>
      <CreateCampaign now={now} />
      {campaign ? (
        <OfficeSections key={campaign.id} campaign={campaign} now={now} />
      ) : (
        <CampaignEditor campaign={BUILT_IN_CAMPAIGN} now={now} />
      )}
    </>
  );
}

/** The sections that work on the campaign in use: import, figures, reports, bulletin, staff list, log. */
function OfficeSections({ campaign, now }: { campaign: Campaign; now: () => number }) {
  const { t } = useI18n();
  // While an import writes, the figures stop following the store: re-reading thousands of
  // summaries after each file's transaction would slow the import itself. They read once after.
  const [busy, setBusy] = useState(false);
  // Issue #16: the first figures from a small read (the digests), painted before the whole read.
  const first = useObserved(() => (busy ? Promise.resolve(undefined) : readFirst(campaign.id)), [campaign.id, busy]);
  // The whole read starts once they are painted: reading thousands of summaries takes the main
  // thread for seconds, and started beside the small read it held back the first paint.
  const painted = usePaintedAfter(first !== undefined);
  const admin = useObserved(
    () => (busy || !painted ? Promise.resolve(undefined) : readAdmin(campaign.id)),
    [campaign.id, busy, painted],
  );
  const [range, setRange] = useState<DateRange>(() =>
    defaultReportPeriod(campaign, calendarDateIn(now(), campaign.timeZone)),
  );
  const importer = <AdminImport campaign={campaign} now={now} onBusy={setBusy} />;
  if (!admin && !first) {
    return (
      <>
        {importer}
        {!busy && <p>{t('common.loading')}</p>}
      </>
    );
  }
  // One tree in both states, so the figures (and a date being typed in them) stay when the rest lands.
  return (
    <>
      {importer}
      {campaign.agencies?.length ? <AgenciesSection campaign={campaign} now={now} /> : null}
      {admin && <HeldFiles campaign={campaign} held={admin.held} now={now} />}
      <AdminFigures campaign={campaign} first={first} admin={admin} range={range} onRange={setRange} />
      <ActivitiesPage campaign={campaign} now={now} />
      {admin && <AdminReports campaign={campaign} admin={admin} range={range} now={now} />}
      {admin && <AdminShare campaign={campaign} admin={admin} range={range} now={now} />}
      {admin && <BulletinExport campaign={campaign} admin={admin} now={now} />}
      {admin && <AdminRoster campaign={campaign} admin={admin} />}
      {admin && <MergeLog campaign={campaign} admin={admin} />}
      {admin && <CampaignEditor campaign={campaign} now={now} />}
    </>
  );
}

/** True from the frame after `ready` became true (the browser has painted what came with it). */
function usePaintedAfter(ready: boolean): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (!ready) return setPainted(false);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setPainted(true));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [ready]);
  return painted;
}
