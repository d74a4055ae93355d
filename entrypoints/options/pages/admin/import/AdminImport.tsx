import { useState } from 'preact/hooks';
import { useI18n } from '@/components/i18n/context';
import { departmentName, ruleText } from '@/components/i18n/format';
import { commitImport } from '@/storage/admin/commit';
import { previewImport, type Verdict } from '@/storage/admin/import';
import type { MergeOutcome } from '@/storage/db/database';
import type { Campaign } from '@/storage/types';
import { FileDrop, outcomeCounts, shownRows, tooManyToShow, useImportFocus, writableCount } from './import-parts';

/** A progress callback that redraws once a frame at most, not once a file; `stop` drops a pending redraw. */
function oncePerFrame(set: (progress: { done: number; total: number }) => void) {
  let frame = 0;
  let latest = { done: 0, total: 0 };
  const show = (done: number, total: number) => {
    latest = { done, total };
    if (!frame) {
      frame = requestAnimationFrame(() => {
        frame = 0;
        set(latest);
      });
    }
  };
  show.stop = () => cancelAnimationFrame(frame);
  return show;
}

/** Pick or drop many summary files; a preview sorts them before anything is written. */
export function AdminImport({
  campaign,
  now,
  onBusy,
}: {
  campaign: Campaign;
  now: () => number;
  onBusy: (busy: boolean) => void;
}) {
  const { t, lang } = useI18n();
  const [reading, setReading] = useState<{ done: number; total: number } | null>(null);
  const [verdicts, setVerdicts] = useState<Verdict[] | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [result, setResult] = useState('');
  // Issue #17: after each step the focus goes where its outcome is (the preview's summary, the
  // result), and back to the file input when the preview is put away; never to the page top.
  const { focus: setFocusOn, targets } = useImportFocus();
  const department = (id?: string) => departmentName(campaign, id, lang);
  const countOf = (list: readonly { outcome: MergeOutcome }[]) => outcomeCounts(t, list);

  async function take(files: ArrayLike<File>) {
    if (files.length === 0) return;
    setResult('');
    setReading({ done: 0, total: files.length });
    const show = oncePerFrame(setReading);
    try {
      setVerdicts(await previewImport(Array.from(files), campaign, show));
      setFocusOn('preview');
    } finally {
      show.stop();
      setReading(null);
    }
  }

  async function commit() {
    if (!verdicts) return;
    setProgress({ done: 0, total: verdicts.length });
    onBusy(true);
    const show = oncePerFrame(setProgress);
    let log: Awaited<ReturnType<typeof commitImport>>;
    try {
      log = await commitImport(verdicts, campaign.id, new Date(now()).toISOString(), show);
    } finally {
      show.stop();
      onBusy(false);
    }
    setVerdicts(null);
    setProgress(null);
    setResult(t('admin.merged', { files: log.length, counts: countOf(log) }));
    setFocusOn('result');
  }

  const writable = writableCount(verdicts);
  return (
    <section aria-labelledby="import-title">
      <h3 id="import-title">{t('admin.importTitle')}</h3>
      <FileDrop
        id="summary-files"
        label={t('admin.pick')}
        disabled={reading !== null || progress !== null}
        inputRef={targets.input}
        onFiles={(files) => void take(files)}
      />
      {reading && (
        <p role="status">
          <label for="read-progress">{t('admin.reading', { done: reading.done, files: reading.total })}</label>{' '}
          <progress id="read-progress" max={reading.total} value={reading.done} />
        </p>
      )}
      {verdicts && !progress && (
        <div class="preview">
          <p role="status" tabIndex={-1} ref={targets.preview}>
            <strong>{t('admin.previewOf', { files: verdicts.length })}</strong> {countOf(verdicts)}
          </p>
          <div class="scroll" tabIndex={0} role="region" aria-label={t('admin.previewTitle')}>
            <table>
              <caption>
                {t('admin.previewTitle')}
                {tooManyToShow(verdicts)
                  ? ` — ${t('admin.previewShown', { shown: shownRows(verdicts).length, total: verdicts.length })}`
                  : ''}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('admin.file')}</th>
                  <th scope="col">{t('heading.name')}</th>
                  <th scope="col">{t('heading.department')}</th>
                  <th scope="col" class="num">
                    {t('summary.revision')}
                  </th>
                  <th scope="col">{t('admin.signed')}</th>
                  <th scope="col">{t('admin.outcome')}</th>
                  <th scope="col">{t('admin.reason')}</th>
                </tr>
              </thead>
              <tbody>
                {shownRows(verdicts).map(([v, i]) => (
                  <tr key={i} data-outcome={v.outcome}>
                    <td>{v.fileName}</td>
                    <td>{v.summary?.participant.name ?? ''}</td>
                    <td>{department(v.summary?.participant.department)}</td>
                    <td class="num">{v.summary?.revision ?? ''}</td>
                    <td data-cell="signed">{v.summary ? t(v.signed ? 'admin.yes' : 'admin.unsigned') : ''}</td>
                    <td>{t(`admin.outcome.${v.outcome}`)}</td>
                    <td>
                      {v.reason ? `${ruleText(t, v.reason.rule)}${v.reason.path ? ` (${v.reason.path})` : ''}` : ''}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div class="row">
            <button type="button" class="primary" onClick={commit} disabled={progress !== null}>
              {t('admin.commit', { files: writable })}
            </button>
            <button
              type="button"
              onClick={() => {
                setVerdicts(null);
                setFocusOn('input');
              }}
              disabled={progress !== null}
            >
              {t('common.cancel')}
            </button>
          </div>
        </div>
      )}
      {progress && (
        <p>
          <label for="import-progress">{t('admin.writing', { done: progress.done, total: progress.total })}</label>{' '}
          <progress id="import-progress" max={progress.total} value={progress.done} />
        </p>
      )}
      <div class="live" aria-live="polite">
        {result && (
          <p role="status" class="notice" tabIndex={-1} ref={targets.result}>
            {result}
          </p>
        )}
      </div>
    </section>
  );
}
