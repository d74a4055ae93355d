import { useEffect, useMemo, useState } from 'preact/hooks';
import { useNow, useToday } from '@/components/clock';
import { downloadFile } from '@/components/download';
import { useI18n } from '@/components/i18n/context';
import { reportHash } from '@/entrypoints/options/routes';
import { readActivities } from '@/storage/activities/store';
import type { AdminData } from '@/storage/admin/office';
import { reportTables } from '@/storage/admin/report-rows';
import { TABLE_ORDER, type TableId } from '@/storage/admin/table-types';
import type { ActivityRow } from '@/storage/db/rows/activities';
import { MAX_RECIPIENTS, MAX_REPORT_LINE, MAX_REPORT_TEXT } from '@/storage/files/limits';
import { checkDetails, type ReportDetails, recipientLines } from '@/storage/report/details';
import { readReportDetails, saveReportDetails } from '@/storage/report/store';
import type { DateRange } from '@/storage/time/range';
import type { Campaign } from '@/storage/types';
import { photoAppendix } from './activity-report';
import { PhotoAppendixChoice } from './PhotoAppendixChoice';
import { ReportDetailsForm } from './ReportDetailsForm';
import { ReportFileExport } from './ReportFileExport';
import { buildReport, startingDetails } from './report-document';
import { reportDocxFile } from './report-docx';
import { reportWords } from './report-words';

interface Props {
  campaign: Campaign;
  admin: AdminData;
  range: DateRange;
}

/** The office's report: its details, the Word document, the print, the workbook and the CSV files. */
export function AdminReports({ campaign, admin, range }: Props) {
  const now = useNow();
  const today = useToday(campaign);
  const i18n = useI18n();
  const { t } = i18n;
  const [message, setMessage] = useState('');
  const [details, setDetails] = useState<ReportDetails | undefined>(undefined);
  const [date, setDate] = useState(today);
  const [withPhotos, setWithPhotos] = useState(true);
  useEffect(() => {
    void readReportDetails(campaign.id).then((kept) => setDetails(kept ?? startingDetails(i18n, campaign)));
  }, [campaign.id]);
  // The draft follows the figures only: typing in the form does not work them out again.
  const draft = useMemo(
    () => buildReport(i18n, campaign, admin, range, startingDetails(i18n, campaign), date).draft,
    [i18n, campaign, admin, range],
  );
  if (!details) return <p>{t('common.loading')}</p>;
  const titles = reportWords(i18n).titles;
  const stamp = `${campaign.id}_${range.from}_${range.to}`;
  // Built when a file is asked for, not on every render (thousands of people to sort).
  const tables = async () => reportTables(campaign, admin, range, reportWords(i18n), await readActivities(campaign.id));
  const report = (activities: ActivityRow[] = []) =>
    buildReport(i18n, campaign, admin, range, details, date, activities);

  /** Keeps the details; false, with the reason shown, when one is over its limit. */
  async function save(): Promise<boolean> {
    const clean = { ...details!, recipients: recipientLines(details!.recipients.join('\n')) };
    const problem = checkDetails(clean);
    if (problem) {
      const field = problem.field === 'recipients' ? t('report.field.recipients') : t(`report.field.${problem.field}`);
      const max = problem.field === 'assessment' || problem.field === 'direction' ? MAX_REPORT_TEXT : MAX_REPORT_LINE;
      setMessage(
        problem.rule === 'too-many'
          ? t('report.tooMany', { max: MAX_RECIPIENTS })
          : t('report.tooLong', { field, max }),
      );
      // The focus goes to the field to put right; the message is read from the status.
      document.getElementById(`rd-${problem.field}`)?.focus();
      return false;
    }
    await saveReportDetails(campaign.id, clean, new Date(now()).toISOString());
    setDetails(clean);
    setMessage(t('report.detailsSaved'));
    return true;
  }

  async function saveDocx() {
    if (!(await save())) return;
    setMessage(t('report.makingDocx'));
    const { content, doc } = report(await readActivities(campaign.id));
    const appendix = withPhotos ? await photoAppendix(i18n, campaign.id, range) : undefined;
    const file = await reportDocxFile(i18n, content, doc, appendix);
    const name = `bao-cao_${stamp}.docx`;
    downloadFile(name, file);
    setMessage(t('admin.saved', { file: name }));
  }

  async function openPrint() {
    if (await save()) window.open(reportHash({ range, date }), '_blank', 'noopener');
  }

  async function saveWorkbook() {
    setMessage(t('admin.makingWorkbook'));
    // The workbook library is fetched from the package only now, on the admin page.
    const { workbook } = await import('@/storage/admin/export');
    const name = `bao-cao_${stamp}.xlsx`;
    downloadFile(name, await workbook(await tables()));
    setMessage(t('admin.saved', { file: name }));
  }

  async function saveCsv(id: TableId) {
    const { tableCsv } = await import('@/storage/admin/export');
    const name = `bao-cao_${stamp}_${id}.csv`;
    downloadFile(name, tableCsv((await tables())[id]), 'text/csv');
    setMessage(t('admin.saved', { file: name }));
  }

  return (
    <section aria-labelledby="reports-title">
      <h3 id="reports-title">{t('admin.reportsTitle')}</h3>
      <ReportDetailsForm details={details} date={date} draft={draft} onChange={setDetails} onDate={setDate} />
      <PhotoAppendixChoice campaignId={campaign.id} range={range} checked={withPhotos} onChange={setWithPhotos} />
      <div class="row">
        <button type="button" onClick={save}>
          {t('report.saveDetails')}
        </button>
        <button type="button" class="primary" onClick={saveDocx}>
          {t('report.saveDocx')}
        </button>
        <button type="button" onClick={openPrint}>
          {t('admin.openPrint')}
        </button>
        <button type="button" onClick={saveWorkbook}>
          {t('admin.saveWorkbook')}
        </button>
      </div>
      <p>{t('admin.csvIntro')}</p>
      <div class="row">
        {TABLE_ORDER.map((id) => (
          <button key={id} type="button" onClick={() => saveCsv(id)}>
            {titles[id]} (.csv)
          </button>
        ))}
      </div>
      <p role="status">{message}</p>
      <ReportFileExport campaign={campaign} admin={admin} range={range} />
    </section>
  );
}
