import { useState } from 'preact/hooks';
import { downloadFile } from '@/components/download';
import { useI18n } from '@/components/i18n/context';
import type { DateRange } from '@/storage/admin/figures';
import type { AdminData } from '@/storage/admin/office';
import { reportTables, type Table } from '@/storage/admin/report-rows';

const TABLES: Table['id'][] = ['departments', 'days', 'people', 'not-submitted', 'merge-log'];

import { calendarDateIn } from '@/storage/time/calendar';
import type { Campaign } from '@/storage/types';
import { reportWords } from './report-words';

/** The consolidated workbook, the same tables as CSV, and the printable report. */
export function AdminReports({
  campaign,
  admin,
  range,
  now,
}: {
  campaign: Campaign;
  admin: AdminData;
  range: DateRange;
  now: () => number;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const [message, setMessage] = useState('');
  // Built when a file is asked for, not on every render (thousands of people to sort).
  const tables = () => reportTables(campaign, admin, range, reportWords(i18n));
  const titles = reportWords(i18n).titles;
  const stamp = `${campaign.id}_${range.from}_${range.to}`;

  async function saveWorkbook() {
    setMessage(t('admin.makingWorkbook'));
    // The workbook library is fetched from the package only now, on the admin page.
    const { workbook } = await import('@/storage/admin/export');
    const name = `bao-cao_${stamp}.xlsx`;
    downloadFile(name, await workbook(tables()));
    setMessage(t('admin.saved', { file: name }));
  }

  async function saveCsv(id: Table['id']) {
    const { tableCsv } = await import('@/storage/admin/export');
    const table = tables().find((x) => x.id === id)!;
    const name = `bao-cao_${stamp}_${id}.csv`;
    downloadFile(name, tableCsv(table), 'text/csv');
    setMessage(t('admin.saved', { file: name }));
  }

  const today = calendarDateIn(now(), campaign.timeZone);
  return (
    <section aria-labelledby="reports-title">
      <h3 id="reports-title">{t('admin.reportsTitle')}</h3>
      <div class="row">
        <button type="button" class="primary" onClick={saveWorkbook}>
          {t('admin.saveWorkbook')}
        </button>
        <a class="button" href={`#report/${range.from}/${range.to}/${today}`} target="_blank" rel="noopener">
          {t('admin.openPrint')}
        </a>
      </div>
      <p>{t('admin.csvIntro')}</p>
      <div class="row">
        {TABLES.map((id) => (
          <button key={id} type="button" onClick={() => saveCsv(id)}>
            {titles[id]} (.csv)
          </button>
        ))}
      </div>
      <p role="status">{message}</p>
    </section>
  );
}
