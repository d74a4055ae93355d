import { useI18n } from '@/components/i18n/context';
import { resultsLine } from '@/components/indicator-words';
import type { ActivityRow } from '@/storage/db/rows/activities';

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
  const { t } = i18n;
  if (activities.length === 0) return <p>{t('activities.empty')}</p>;
  return (
    <div class="scroll" tabIndex={0} role="region" aria-labelledby="activities-caption">
      <table>
        <caption id="activities-caption">{t('activities.listCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('activities.date')}</th>
            <th scope="col">{t('activities.name')}</th>
            <th scope="col" class="num">
              {t('activities.participants')}
            </th>
            <th scope="col">{t('activities.results')}</th>
            <th scope="col">{t('activities.photos')}</th>
            <th scope="col">{t('activities.edit')}</th>
          </tr>
        </thead>
        <tbody>
          {activities.map((a) => (
            <tr key={a.id}>
              <td>{i18n.date(a.date)}</td>
              <th scope="row">
                {a.title}
                <br />
                <small>{t(`activityKind.${a.kind}`)}</small>
              </th>
              <td class="num">{a.participants ?? ''}</td>
              <td>{resultsLine(i18n, a.results)}</td>
              <td>{a.photoIds.length ? t('activities.photoCount', { count: a.photoIds.length }) : ''}</td>
              <td>
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
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
