import type { Ref } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '@/components/i18n/context';
import { type I18n, ruleText } from '@/components/i18n/format';
import type { MergeOutcome } from '@/storage/db/database';
import type { FileIssue } from '@/storage/files/file-issues';

/**
 * What every import of files that roll up shows (./ImportPanel.tsx): staff summaries and, at a
 * level above, agencies' reports. Each picks or drops many files, previews them, then commits;
 * the focus goes where each step's outcome is.
 */

const OUTCOMES: MergeOutcome[] = ['new', 'updated', 'duplicate', 'older', 'held', 'refused'];
const SHOWN = 200;

/** "n new · n updated · …": how many files of a preview or a log had each outcome. */
export function outcomeCounts(
  t: I18n['t'],
  list: readonly { outcome: MergeOutcome }[],
  outcomeText: (outcome: MergeOutcome) => string = (o) => t(`admin.outcome.${o}`),
): string {
  return OUTCOMES.map((o) =>
    t('admin.count', { count: list.filter((v) => v.outcome === o).length, outcome: outcomeText(o) }),
  ).join(' · ');
}

/** Why a file was refused or held: the rule in words, and where in the file when it says. */
export const reasonText = (t: I18n['t'], reason?: FileIssue, withPath = true) =>
  reason ? `${ruleText(t, reason.rule)}${withPath && reason.path ? ` (${reason.path})` : ''}` : '';

/** A progress callback that redraws once a frame at most, not once a file; `stop` drops a pending redraw. */
export function oncePerFrame(set: (progress: { done: number; total: number }) => void) {
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

/** More rows than this are not all drawn in the preview. */
export const tooManyToShow = (verdicts: readonly unknown[]) => verdicts.length > SHOWN;

/**
 * The rows worth reading first: every refused or held file, then the others up to SHOWN.
 * Ten thousand rows would take longer to draw than to merge; the counts cover them all.
 */
export function shownRows<V extends { outcome: MergeOutcome }>(verdicts: readonly V[]): [V, number][] {
  const numbered = verdicts.map((v, i) => [v, i] as [V, number]);
  const attention = numbered.filter(([v]) => v.outcome === 'refused' || v.outcome === 'held');
  const rest = numbered
    .filter(([v]) => v.outcome !== 'refused' && v.outcome !== 'held')
    .slice(0, Math.max(0, SHOWN - attention.length));
  return [...attention, ...rest].sort((a, b) => a[1] - b[1]);
}

/** The files the preview holds that would be written. */
export const writableCount = (verdicts: readonly { outcome: MergeOutcome }[] | null) =>
  verdicts?.filter((v) => v.outcome === 'new' || v.outcome === 'updated').length ?? 0;

/** Where the focus goes after a step: the preview's summary, the result, or back to the file input. */
export function useImportFocus() {
  const [focusOn, setFocusOn] = useState<'preview' | 'result' | 'input' | null>(null);
  const targets = {
    preview: useRef<HTMLParagraphElement>(null),
    result: useRef<HTMLParagraphElement>(null),
    input: useRef<HTMLInputElement>(null),
  };
  useEffect(() => {
    if (!focusOn) return;
    targets[focusOn].current?.focus();
    setFocusOn(null);
  }, [focusOn]);
  return { focus: setFocusOn, targets };
}

/** A file input for many JSON files, in a box that also takes dropped files. */
export function FileDrop({
  id,
  label,
  disabled,
  inputRef,
  onFiles,
}: {
  id: string;
  label: string;
  disabled: boolean;
  inputRef: Ref<HTMLInputElement>;
  onFiles: (files: File[]) => void;
}) {
  const { t } = useI18n();
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: dropping files is a shortcut; the file input inside is the keyboard's way.
    <div
      class="drop"
      onDragOver={(e) => e.preventDefault()}
      onDrop={(e) => {
        e.preventDefault();
        onFiles(Array.from(e.dataTransfer?.files ?? []));
      }}
    >
      <label for={id}>{label}</label>
      <input
        ref={inputRef}
        id={id}
        type="file"
        multiple
        accept=".json,application/json"
        disabled={disabled}
        onChange={(e) => {
          const files = Array.from(e.currentTarget.files ?? []);
          e.currentTarget.value = '';
          onFiles(files);
        }}
      />
      <p class="muted small">{t('admin.dropHint')}</p>
    </div>
  );
}
