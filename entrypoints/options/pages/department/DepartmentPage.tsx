import { useI18n } from '@/components/i18n/context';
import { BulletinShare } from '@/components/share/BulletinShare';
import { useObserved } from '@/components/useObserved';
import { readBulletin } from '@/storage/bulletin/store';
import type { DashboardData } from '@/storage/staff/dashboard-data';
import { BulletinLoad } from './BulletinLoad';
import { BulletinView } from './BulletinView';

/**
 * My department beside the others and the office average, from the latest bulletin
 * the office sent for the campaign on view. Nothing here is worked out from other people's
 * data: staff see only the figures in the file.
 */
export function DepartmentPage({ data }: { data: DashboardData }) {
  const { t, label, date } = useI18n();
  const { campaign } = data;
  const bulletin = useObserved(() => (campaign ? readBulletin(campaign.id) : Promise.resolve(null)), [campaign?.id]);
  if (!campaign) return <p data-phase="none">{t('start.none')}</p>;
  // A personal challenge has no department to compare with and nobody sends it a bulletin.
  const personal = data.campaigns.find((c) => c.id === campaign.id)?.source === 'personal';

  return (
    <section aria-labelledby="department-title">
      <h2 id="department-title">{t('department.title')}</h2>
      <p class="muted">
        {label(campaign.name)} · {date(campaign.start)} – {date(campaign.end)}
      </p>
      {personal ? (
        <p class="empty" data-personal>
          {t('department.personal')} <a href="#progress">{t('nav.progress')}</a>
        </p>
      ) : (
        <BulletinLoad />
      )}
      {personal ? null : bulletin === undefined ? (
        <p>{t('common.loading')}</p>
      ) : bulletin === null ? (
        <div class="empty">
          <p>{t('department.empty')}</p>
          <p class="muted">{t('department.emptyHint')}</p>
        </div>
      ) : (
        <>
          <BulletinView bulletin={bulletin} campaign={campaign} mine={data.profile?.department} />
          <BulletinShare campaign={campaign} bulletin={bulletin} />
        </>
      )}
    </section>
  );
}
