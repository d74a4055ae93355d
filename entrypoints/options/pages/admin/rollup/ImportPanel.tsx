import { useState } from 'preact/hooks';
import { useNow } from '@/components/clock';
import { useI18n } from '@/components/i18n/context';
import type { MergeOutcome } from '@/storage/db/database';
import type { AnyFormat, Verdict } from '@/storage/rollup/format';
import { previewFiles } from '@/storage/rollup/preview';
import { commitFiles } from '@/storage/rollup/write';
import type { Campaign } from '@/storage/types';
import { Part } from './Part';
import {
  FileDrop,
  oncePerFrame,
  outcomeCounts,
  reasonText,
  shownRows,
  tooManyToShow,
  useImportFocus,
  writableCount,
} from './parts';
import { type Column, Table } from './Table';

/** What a page gives its import: the campaign, and who to tell while it writes. */
export interface ImportProps {
  campaign: Campaign;
  onBusy: (busy: boolean) => void;
}

interface Props<F> extends ImportProps {
  format: AnyFormat<F>;
  level: 3 | 4;
  /** Element ids: the heading's, the file input's, and the prefix of the progress bars'. */
  ids: { title: string; input: string; progress: string };
  words: { title: string; pick: string; previewTitle: string };
  /** What the preview shows of a file between its name and its outcome. */
  columns: Column<Verdict<F>>[];
  outcomeText?: (outcome: MergeOutcome) => string;
}

/** Pick or drop many files of one format; a preview sorts them before anything is written. */
export function ImportPanel<F>({ campaign, format, onBusy, level, ids, words, columns, outcomeText }: Props<F>) {
  const { t } = useI18n();
  const now = useNow();
  const [reading, setReading] = useState<{ done: number; total: number } | null>(null);
  const [verdicts, setVerdicts] = useState<Verdict<F>[] | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [result, setResult] = useState('');
  // After each step the focus goes where its outcome is (the preview's summary, the result), and
  // back to the file input when the preview is put away; never to the page top.
  const { focus, targets } = useImportFocus();
  const said = outcomeText ?? ((o: MergeOutcome) => t(`admin.outcome.${o}`));
  const countOf = (list: readonly { outcome: MergeOutcome }[]) => outcomeCounts(t, list, said);

  async function take(files: ArrayLike<File>) {
    if (files.length === 0) return;
    setResult('');
    setReading({ done: 0, total: files.length });
    const show = oncePerFrame(setReading);
    try {
      setVerdicts(await previewFiles(format, Array.from(files), campaign, show));
      focus('preview');
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
    let log: { outcome: MergeOutcome }[];
    try {
      log = await commitFiles(format, verdicts, campaign.id, new Date(now()).toISOString(), show);
    } finally {
      show.stop();
      onBusy(false);
    }
    setVerdicts(null);
    setProgress(null);
    setResult(t('admin.merged', { files: log.length, counts: countOf(log) }));
    focus('result');
  }

  const all: Column<Verdict<F>>[] = [
    { head: t('admin.file'), cell: (v) => v.fileName },
    ...columns,
    { head: t('admin.outcome'), cell: (v) => said(v.outcome) },
    { head: t('admin.reason'), cell: (v) => reasonText(t, v.reason) },
  ];
  // The preview's rows are numbered (its place in the batch keys the row).
  const numbered = all.map((c): Column<[Verdict<F>, number]> => ({ ...c, cell: ([v]) => c.cell(v) }));
  const bar = (id: string, text: string, at: { done: number; total: number }) => (
    <>
      <label for={id}>{text}</label> <progress id={id} max={at.total} value={at.done} />
    </>
  );
  return (
    <Part id={ids.title} level={level} title={words.title}>
      <FileDrop
        id={ids.input}
        label={words.pick}
        disabled={reading !== null || progress !== null}
        inputRef={targets.input}
        onFiles={(files) => void take(files)}
      />
      {reading && (
        <p role="status">
          {bar(
            `${ids.progress}read-progress`,
            t('admin.reading', { done: reading.done, files: reading.total }),
            reading,
          )}
        </p>
      )}
      {verdicts && !progress && (
        <div class="preview">
          <p role="status" tabIndex={-1} ref={targets.preview}>
            <strong>{t('admin.previewOf', { files: verdicts.length })}</strong> {countOf(verdicts)}
          </p>
          <Table
            label={words.previewTitle}
            caption={
              words.previewTitle +
              (tooManyToShow(verdicts)
                ? ` — ${t('admin.previewShown', { shown: shownRows(verdicts).length, total: verdicts.length })}`
                : '')
            }
            columns={numbered}
            rows={shownRows(verdicts)}
            rowKey={([, i]) => i}
            rowAttrs={([v]) => ({ 'data-outcome': v.outcome })}
          />
          <div class="row">
            <button type="button" class="primary" onClick={commit}>
              {t('admin.commit', { files: writableCount(verdicts) })}
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
      {progress && (
        <p>
          {bar(
            `${ids.progress}import-progress`,
            t('admin.writing', { done: progress.done, total: progress.total }),
            progress,
          )}
        </p>
      )}
      <div class="live" aria-live="polite">
        {result && (
          <p role="status" class="notice" tabIndex={-1} ref={targets.result}>
            {result}
          </p>
        )}
      </div>
    </Part>
  );
}
