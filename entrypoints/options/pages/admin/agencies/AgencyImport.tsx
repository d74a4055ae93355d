import { useState } from 'preact/hooks';
import { useI18n } from '@/components/i18n/context';
import { ruleText } from '@/components/i18n/format';
import { commitReports } from '@/storage/agencies/commit';
import { previewReports, type ReportVerdict } from '@/storage/agencies/import';
import type { MergeOutcome } from '@/storage/db/database';
import type { Campaign } from '@/storage/types';
import { outcomeText } from './words';

const OUTCOMES: MergeOutcome[] = ['new', 'updated', 'duplicate', 'older', 'held', 'refused'];
const SHOWN = 200;

/** Every refused or held file, then the others up to SHOWN: 500 rows draw slower than they merge. */
function shownRows(verdicts: readonly ReportVerdict[]): [ReportVerdict, number][] {
  const numbered = verdicts.map((v, i) => [v, i] as [ReportVerdict, number]);
  const attention = numbered.filter(([v]) => v.outcome === 'refused' || v.outcome === 'held');
  const rest = numbered.filter(([v]) => v.outcome !== 'refused' && v.outcome !== 'held');
  return [...attention, ...rest.slice(0, Math.max(0, SHOWN - attention.length))].sort((a, b) => a[1] - b[1]);
}

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
  const countOf = (list: readonly { outcome: MergeOutcome }[]) =>
    OUTCOMES.map((o) =>
      t('admin.count', { count: list.filter((v) => v.outcome === o).length, outcome: outcomeText(t, o) }),
    ).join(' · ');

  async function take(files: ArrayLike<File>) {
    if (files.length === 0) return;
    setResult('');
    setReading(true);
    try {
      setVerdicts(await previewReports(Array.from(files), campaign));
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
    } finally {
      setWriting(false);
      onBusy(false);
    }
  }

  const writable = verdicts?.filter((v) => v.outcome === 'new' || v.outcome === 'updated').length ?? 0;
  return (
    <div role="group" aria-labelledby="agency-import-title">
      <h4 id="agency-import-title">{t('agencies.importTitle')}</h4>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: dropping files is a shortcut; the file input inside is the keyboard's way. */}
      <div
        class="drop"
        onDragOver={(e) => e.preventDefault()}
        onDrop={(e) => {
          e.preventDefault();
          void take(e.dataTransfer?.files ?? []);
        }}
      >
        <label for="agency-files">{t('agencies.pick')}</label>
        <input
          id="agency-files"
          type="file"
          multiple
          accept=".json,application/json"
          disabled={reading || writing}
          onChange={(e) => {
            const files = Array.from(e.currentTarget.files ?? []);
            e.currentTarget.value = '';
            void take(files);
          }}
        />
        <p class="muted small">{t('admin.dropHint')}</p>
      </div>
      {reading && <p role="status">{t('common.loading')}</p>}
      {verdicts && !writing && (
        <div class="preview">
          <p role="status">
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
            <button type="button" onClick={() => setVerdicts(null)}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      )}
      {writing && <p role="status">{t('admin.writing', { done: 0, total: verdicts?.length ?? 0 })}</p>}
      {result && (
        <p role="status" class="notice">
          {result}
        </p>
      )}
    </div>
  );
}
