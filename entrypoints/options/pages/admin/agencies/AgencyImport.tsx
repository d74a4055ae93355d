import { useI18n } from '@/components/i18n/context';
import { ImportPanel, type ImportProps } from '@/entrypoints/options/pages/admin/rollup/ImportPanel';
import { reportFormat } from '@/storage/agencies/reports';
import { outcomeText } from './words';

/** Pick or drop many office report files; a preview sorts them before anything is written. */
export function AgencyImport({ campaign, onBusy }: ImportProps) {
  const { t, label, date } = useI18n();
  return (
    <ImportPanel
      campaign={campaign}
      format={reportFormat}
      onBusy={onBusy}
      level={4}
      ids={{ title: 'agency-import-title', input: 'agency-files', progress: 'agency-' }}
      words={{ title: t('agencies.importTitle'), pick: t('agencies.pick'), previewTitle: t('agencies.previewTitle') }}
      outcomeText={(o) => outcomeText(t, o)}
      columns={[
        { head: t('agencies.organisation'), cell: (v) => (v.file ? label(v.file.organisation.name) : '') },
        {
          head: t('agencies.period'),
          cell: (v) => (v.file ? `${date(v.file.period.start)} – ${date(v.file.period.end)}` : ''),
        },
        { head: t('agencies.signed'), cell: (v) => (v.file ? t(v.signed ? 'admin.yes' : 'admin.unsigned') : '') },
      ]}
    />
  );
}
