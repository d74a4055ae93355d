import { useState } from 'preact/hooks';
import { useI18n } from '@/components/i18n/context';
import { ruleText } from '@/components/i18n/format';
import {
  FileDrop,
  outcomeCounts,
  shownRows,
  useImportFocus,
  writableCount,
} from '@/entrypoints/options/pages/admin/import/import-parts';
import { commitReports } from '@/storage/agencies/commit';
import { previewReports, type ReportVerdict } from '@/storage/agencies/import';
import type { MergeOutcome } from '@/storage/db/database';
import type { Campaign } from '@/storage/types';
import { outcomeText } from './words';

/** Pick or drop many office report files; a preview sorts them before anything is written. */
export function AgencyImport({
  campaign,
  now,
  onBusy,
}: {
  campaign: Campaign;
  now: () => number;
  onBusy: (busy: boolean) => void;
}) {
  const { t, label, date } = useI18n();
  const [reading, setReading] = useState(false);
  const [verdicts, setVerdicts] = useState<ReportVerdict[] | null>(null);
  const [writing, setWriting] = useState(false);
  const [result, setResult] = useState('');
  // Issue #17: the focus follows the outcome of each step, as in the summary import.
  const { focus, targets } = useImportFocus();
  const countOf = (list: readonly { outcome: MergeOutcome }[]) => outcomeCounts(t, list, (o) => outcomeText(t, o));

  async function take(files: ArrayLike<File>) {
    if (files.length === 0) return;
    setResult('');
    setReading(true);
    try {
      setVerdicts(await previewReports(Array.from(files), campaign));
      focus('preview');
    } finally {
      setReading(false);
    }
  }

  async function commit() {
    if (!verdicts) return;
    setWriting(true);
    onBusy(true);
    try {
      const log = await commitReports(verdicts, campaign.id, new Date(now()).toISOString());
      setResult(t('admin.merged', { files: log.length, counts: countOf(log) }));
      setVerdicts(null);
      focus('result');
    } finally {
      setWriting(false);
      onBusy(false);
    }
  }

  const writable = writableCount(verdicts);
  return (
    <div role="group" aria-labelledby="agency-import-title">
      <h4 id="agency-import-title">{t('agencies.importTitle')}</h4>
      <FileDrop
        id="agency-files"
        label={t('agencies.pick')}
        disabled={reading || writing}
        inputRef={targets.input}
        onFiles={(files) => void take(files)}
      />
      {reading && <p role="status">{t('common.loading')}</p>}
      {verdicts && !writing && (
        <div class="preview">
          <p role="status" tabIndex={-1} ref={targets.preview}>
            <strong>{t('admin.previewOf', { files: verdicts.length })}</strong> {countOf(verdicts)}
          </p>
          <div class="scroll" tabIndex={0} role="region" aria-label={t('agencies.previewTitle')}>
            <table>
              <caption>{t('agencies.previewTitle')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('admin.file')}</th>
                  <th scope="col">{t('agencies.organisation')}</th>
                  <th scope="col">{t('agencies.period')}</th>
                  <th scope="col">{t('agencies.signed')}</th>
                  <th scope="col">{t('admin.outcome')}</th>
                  <th scope="col">{t('admin.reason')}</th>
                </tr>
              </thead>
              <tbody>
                {shownRows(verdicts).map(([v, i]) => (
                  <tr key={i} data-outcome={v.outcome}>
                    <td>{v.fileName}</td>
                    <td>{v.report ? label(v.report.organisation.name) : ''}</td>
                    <td>{v.report ? `${date(v.report.period.start)} – ${date(v.report.period.end)}` : ''}</td>
                    <td>{v.report ? t(v.signed ? 'admin.yes' : 'admin.unsigned') : ''}</td>
                    <td>{outcomeText(t, v.outcome)}</td>
                    <td>
                      {v.reason ? `${ruleText(t, v.reason.rule)}${v.reason.path ? ` (${v.reason.path})` : ''}` : ''}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div class="row">
            <button type="button" class="primary" onClick={commit}>
              {t('admin.commit', { files: writable })}
            </button>
            <button
              type="button"
              onClick={() => {
                setVerdicts(null);
                focus('input');
              }}
            >
              {t('common.cancel')}
            </button>
          </div>
        </div>
      )}
      {writing && <p role="status">{t('admin.writing', { done: 0, total: verdicts?.length ?? 0 })}</p>}
      <div class="live" aria-live="polite">
        {result && (
          <p role="status" class="notice" tabIndex={-1} ref={targets.result}>
            {result}
          </p>
        )}
      </div>
    </div>
  );
}
