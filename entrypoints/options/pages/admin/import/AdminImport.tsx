import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '@/components/i18n/context';
import { departmentName, ruleText } from '@/components/i18n/format';
import { commitImport } from '@/storage/admin/commit';
import { previewImport, type Verdict } from '@/storage/admin/import';
import type { MergeOutcome } from '@/storage/db/database';
import type { Campaign } from '@/storage/types';

const OUTCOMES: MergeOutcome[] = ['new', 'updated', 'duplicate', 'older', 'held', 'refused'];
const SHOWN = 200;

/**
 * The rows worth reading first: every refused or held file, then the others up to SHOWN.
 * Ten thousand rows would take longer to draw than to merge; the counts cover them all.
 */
function shownRows(verdicts: readonly Verdict[]): [Verdict, number][] {
  const numbered = verdicts.map((v, i) => [v, i] as [Verdict, number]);
  const attention = numbered.filter(([v]) => v.outcome === 'refused' || v.outcome === 'held');
  const rest = numbered
    .filter(([v]) => v.outcome !== 'refused' && v.outcome !== 'held')
    .slice(0, Math.max(0, SHOWN - attention.length));
  return [...attention, ...rest].sort((a, b) => a[1] - b[1]);
}

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
  const [focusOn, setFocusOn] = useState<'preview' | 'result' | 'input' | null>(null);
  const targets = { preview: useRef<HTMLParagraphElement>(null), result: useRef<HTMLParagraphElement>(null) };
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (!focusOn) return;
    (focusOn === 'input' ? input : targets[focusOn]).current?.focus();
    setFocusOn(null);
  }, [focusOn]);
  const department = (id?: string) => departmentName(campaign, id, lang);
  const countOf = (list: readonly { outcome: MergeOutcome }[]) =>
    OUTCOMES.map((o) =>
      t('admin.count', { count: list.filter((v) => v.outcome === o).length, outcome: t(`admin.outcome.${o}`) }),
    ).join(' · ');

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

  const writable = verdicts?.filter((v) => v.outcome === 'new' || v.outcome === 'updated').length ?? 0;
  return (
    <section aria-labelledby="import-title">
      <h3 id="import-title">{t('admin.importTitle')}</h3>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: dropping files is a shortcut; the file input inside is the keyboard's way. */}
      <div
        class="drop"
        onDragOver={(e) => e.preventDefault()}
        onDrop={(e) => {
          e.preventDefault();
          void take(e.dataTransfer?.files ?? []);
        }}
      >
        <label for="summary-files">{t('admin.pick')}</label>
        <input
          ref={input}
          id="summary-files"
          type="file"
          multiple
          accept=".json,application/json"
          disabled={reading !== null || progress !== null}
          onChange={(e) => {
            const files = Array.from(e.currentTarget.files ?? []);
            e.currentTarget.value = '';
            void take(files);
          }}
        />
        <p class="muted small">{t('admin.dropHint')}</p>
      </div>
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
                {verdicts.length > SHOWN
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
