import { useI18n } from '@/components/i18n/context';
import { departmentName } from '@/components/i18n/format';
import { LogPart } from '@/entrypoints/options/pages/admin/rollup/LogPart';
import type { AdminData } from '@/storage/admin/office';
import type { Campaign } from '@/storage/types';

/** Every summary file ever merged, newest first; the whole log is in the workbook. */
export function MergeLog({ campaign, admin }: { campaign: Campaign; admin: AdminData }) {
  const { t, lang } = useI18n();
  return (
    <LogPart
      campaign={campaign}
      lines={admin.mergeLog}
      level={3}
      ids={{ title: 'log-title', caption: 'log-caption' }}
      words={{
        title: t('admin.tableLog'),
        empty: t('admin.logEmpty'),
        at: t('admin.time'),
        outcome: (l) => t(`admin.outcome.${l.outcome}`),
      }}
      columns={[
        { head: t('heading.name'), cell: (l) => l.name ?? '' },
        { head: t('heading.department'), cell: (l) => departmentName(campaign, l.department, lang) },
        {
          head: t('admin.signed'),
          cell: (l) => (l.signed === undefined ? '' : t(l.signed ? 'admin.yes' : 'admin.unsigned')),
        },
      ]}
    />
  );
}
