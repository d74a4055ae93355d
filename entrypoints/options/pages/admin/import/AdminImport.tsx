import { useI18n } from '@/components/i18n/context';
import { departmentName } from '@/components/i18n/format';
import { ImportPanel, type ImportProps } from '@/entrypoints/options/pages/admin/rollup/ImportPanel';
import { summaryFormat } from '@/storage/admin/summaries';

/** Pick or drop many summary files; a preview sorts them before anything is written. */
export function AdminImport({ campaign, onBusy }: ImportProps) {
  const { t, lang } = useI18n();
  return (
    <ImportPanel
      campaign={campaign}
      format={summaryFormat}
      onBusy={onBusy}
      level={3}
      ids={{ title: 'import-title', input: 'summary-files', progress: '' }}
      words={{ title: t('admin.importTitle'), pick: t('admin.pick'), previewTitle: t('admin.previewTitle') }}
      columns={[
        { head: t('heading.name'), cell: (v) => v.file?.participant.name ?? '' },
        { head: t('heading.department'), cell: (v) => departmentName(campaign, v.file?.participant.department, lang) },
        { head: t('summary.revision'), num: true, cell: (v) => v.file?.revision ?? '' },
        {
          head: t('admin.signed'),
          attrs: { 'data-cell': 'signed' },
          cell: (v) => (v.file ? t(v.signed ? 'admin.yes' : 'admin.unsigned') : ''),
        },
      ]}
    />
  );
}
