import { useI18n } from '@/components/i18n/context';
import { formatNumber } from '@/components/i18n/format';
import { resultsLine } from '@/components/indicator-words';
import { Table } from '@/entrypoints/options/pages/admin/rollup/Table';
import type { ActivityRow } from '@/storage/db/rows/activities';

/** The id of an activity's title in the list: where the focus goes when the row before it is deleted. */
export const activityTitleId = (id: string) => `activity-${id}`;

/** The activities recorded, latest first: what, when, how many, what came of it; edit or delete each. */
export function ActivityList({
  activities,
  onEdit,
  onDelete,
}: {
  activities: ActivityRow[];
  onEdit: (row: ActivityRow) => void;
  onDelete: (row: ActivityRow) => void;
}) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  if (activities.length === 0) return <p>{t('activities.empty')}</p>;
  return (
    <Table
      caption={t('activities.listCaption')}
      captionId="activities-caption"
      tableAttrs={{ 'data-table': 'activities' }}
      columns={[
        { head: t('activities.date'), cell: (a) => i18n.date(a.date) },
        {
          head: t('activities.name'),
          rowHead: true,
          cell: (a) => (
            <>
              <span id={activityTitleId(a.id)} tabIndex={-1}>
                {a.title}
              </span>
              <br />
              <small>{t(`activityKind.${a.kind}`)}</small>
            </>
          ),
        },
        {
          head: t('activities.participants'),
          num: true,
          cell: (a) => (a.participants === undefined ? '' : formatNumber(lang, a.participants)),
        },
        { head: t('activities.results'), cell: (a) => resultsLine(i18n, a.results) },
        {
          head: t('activities.photos'),
          cell: (a) => (a.photoIds.length ? t('activities.photoCount', { count: a.photoIds.length }) : ''),
        },
        {
          head: t('activities.actions'),
          attrs: { 'data-cell': 'actions' },
          cell: (a) => (
            <>
              <button
                type="button"
                aria-label={t('activities.editNamed', { title: a.title })}
                onClick={() => onEdit(a)}
              >
                {t('activities.edit')}
              </button>{' '}
              <button
                type="button"
                aria-label={t('activities.deleteNamed', { title: a.title })}
                onClick={() => onDelete(a)}
              >
                {t('activities.delete')}
              </button>
            </>
          ),
        },
      ]}
      rows={activities}
      rowKey={(a) => a.id}
      rowAttrs={(a) => ({ 'data-activity': a.id })}
    />
  );
}
