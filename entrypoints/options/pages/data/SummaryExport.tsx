import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useNow } from '@/components/clock';
import { downloadFile } from '@/components/download';
import { useI18n } from '@/components/i18n/context';
import { findDepartment } from '@/storage/campaign/departments';
import type { DashboardData } from '@/storage/staff/dashboard-data';
import {
  exportSummary,
  PreviewOutdated,
  previewSummary,
  summaryCsvName,
  summaryFileName,
} from '@/storage/summary/build';
import { summaryCsv } from '@/storage/summary/csv';
import type { Summary } from '@/storage/summary/schema';

const appName = () => `green-office-pledge ${browser.runtime.getManifest().version}`;

/**
 * Export my participation summary: first a preview of exactly what will be shared. A personal
 * challenge has nobody to send to: it offers the days as a spreadsheet and a picture instead.
 */
export function SummaryExport({ data }: { data: DashboardData }) {
  const now = useNow();
  const { t, label, date } = useI18n();
  const [preview, setPreview] = useState<Summary | null>(null);
  const [message, setMessage] = useState('');
  // Focus follows the panel that replaces the button, and comes back when it closes.
  const previewHeading = useRef<HTMLHeadingElement>(null);
  const previewButton = useRef<HTMLButtonElement>(null);
  const shown = preview !== null;
  const mounted = useRef(false);
  useEffect(() => {
    if (mounted.current) (shown ? previewHeading : previewButton).current?.focus();
    mounted.current = true;
  }, [shown]);
  const { campaign, profile } = data;
  if (!campaign) return null;
  const personal = data.campaigns.find((c) => c.id === campaign.id)?.source === 'personal';
  const office = label(campaign.reportTo);
  const at = () => new Date(now()).toISOString();
  const department = findDepartment(campaign, profile?.department);
  const pledgeName = (id: string) => {
    const pledge = campaign.pledges.find((p) => p.id === id);
    return pledge ? label(pledge.label) : id;
  };

  const failed = (error: unknown) => setMessage(t('common.error', { message: String(error) }));

  async function showPreview() {
    setMessage('');
    await previewSummary(campaign!, at(), appName()).then(setPreview, failed);
  }

  async function saveJson() {
    try {
      const summary = await exportSummary(campaign!, at(), appName(), preview ?? undefined);
      downloadFile(summaryFileName(summary), `${JSON.stringify(summary, null, 2)}\n`);
      setPreview(null);
      setMessage(t('summary.saved', { file: summaryFileName(summary), revision: summary.revision, office }));
    } catch (error) {
      if (!(error instanceof PreviewOutdated)) return failed(error);
      // Something was recorded meanwhile: show the new content before anything is shared.
      await showPreview();
      setMessage(t('summary.outdated'));
    }
  }

  function saveCsv() {
    if (!preview) return;
    const csv = summaryCsv(preview, campaign!, {
      name: t('heading.name'),
      department: t('heading.department'),
      date: t('heading.date'),
      day: t('heading.day'),
      kind: t('heading.kind'),
      note: t('heading.note'),
      kinds: { working: t('day.working'), weekend: t('day.rest'), holiday: t('summary.holiday') },
      label,
    });
    downloadFile(summaryCsvName(preview), csv, 'text/csv');
    setMessage(t('summary.csvSaved', { file: summaryCsvName(preview) }));
  }

  return (
    <section aria-labelledby="summary-title">
      <h2 id="summary-title">{personal ? t('summary.personalTitle') : t('summary.title', { office })}</h2>
      {personal ? (
        <p>
          {t('summary.personalIntro')} <a href="#share">{t('summary.personalPicture')}</a>
        </p>
      ) : (
        <p>{t('summary.intro', { office })}</p>
      )}
      {!profile ? (
        <p class="notice">{t('progress.setUpHint')}</p>
      ) : !department ? (
        // A summary never names a department the campaign does not know.
        <p class="notice warn" data-rule="department-unknown">
          {t('summary.departmentAgain', { campaign: label(campaign.name) })}{' '}
          <a href="#settings">{t('summary.chooseDepartment')}</a>
        </p>
      ) : !preview ? (
        <button type="button" class="primary" onClick={showPreview} ref={previewButton}>
          {t(personal ? 'summary.personalPreview' : 'summary.preview')}
        </button>
      ) : (
        <div class="preview" role="region" aria-labelledby="preview-title">
          <h3 id="preview-title" tabIndex={-1} ref={previewHeading}>
            {t(personal ? 'summary.personalPreviewTitle' : 'summary.previewTitle')}
          </h3>
          <dl class="facts">
            <dt>{t('setup.name')}</dt>
            <dd>{preview.participant.name}</dd>
            <dt>{t('setup.department')}</dt>
            <dd>{department ? label(department.name) : preview.participant.department}</dd>
            <dt>{t('progress.campaign')}</dt>
            <dd>{label(campaign.name)}</dd>
            <dt>{t('summary.revision')}</dt>
            <dd>{preview.revision}</dd>
          </dl>
          {preview.days.length === 0 ? (
            <p>{t('summary.noDays')}</p>
          ) : (
            <table>
              <caption>{t('summary.days', { count: preview.days.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('heading.date')}</th>
                  <th scope="col">{t('summary.pledges')}</th>
                  <th scope="col">{t('heading.note')}</th>
                </tr>
              </thead>
              <tbody>
                {preview.days.map((d) => (
                  <tr key={d.date}>
                    <th scope="row">{date(d.date)}</th>
                    <td>
                      {Object.entries(d.pledges)
                        .map(([id, n]) => (n > 1 ? `${pledgeName(id)} × ${n}` : pledgeName(id)))
                        .join('; ')}
                    </td>
                    <td>{d.note ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {!personal && <p class="muted small">{t('summary.onlyThis')}</p>}
          <div class="row">
            {!personal && (
              <button type="button" class="primary" onClick={saveJson}>
                {t('summary.saveJson')}
              </button>
            )}
            <button type="button" class={personal ? 'primary' : undefined} onClick={saveCsv}>
              {t('summary.saveCsv')}
            </button>
            <button type="button" onClick={() => setPreview(null)}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      )}
      <p role="status">{message}</p>
    </section>
  );
}
