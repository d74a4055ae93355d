import { useToday } from '@/components/clock';
import { useI18n } from '@/components/i18n/context';
import { StartOffers } from '@/entrypoints/popup/StartOffers';
import type { DashboardData } from '@/storage/staff/dashboard-data';
import { CampaignOptions } from './CampaignOptions';

const computerZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * The dashboard with no campaign active: the same three ways to start as the popup,
 * and the campaigns kept here (the 2024 one built in) still open to view.
 */
export function NoCampaign({
  data,
  onView,
  zone = computerZone,
}: {
  data: DashboardData;
  onView: (id: string) => void;
  zone?: () => string;
}) {
  const { t } = useI18n();
  const timeZone = zone();
  const today = useToday({ timeZone });
  return (
    <section aria-labelledby="progress-title">
      <h2 id="progress-title">{t('progress.title')}</h2>
      <p data-phase="none">{t('start.none')}</p>
      <StartOffers
        today={today}
        timeZone={timeZone}
        name={data.profile?.name}
        open={(section) => {
          window.location.hash = section;
        }}
      />
      {data.campaigns.length > 0 && (
        <p class="field">
          <label for="viewed-campaign">{t('progress.earlier')}</label>
          <select id="viewed-campaign" value="" onChange={(e) => onView(e.currentTarget.value)}>
            <option value="">{t('progress.earlierPick')}</option>
            <CampaignOptions campaigns={data.campaigns} />
          </select>
        </p>
      )}
    </section>
  );
}
