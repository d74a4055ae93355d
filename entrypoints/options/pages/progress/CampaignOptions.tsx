import { useI18n } from '@/components/i18n/context';
import type { CampaignRow } from '@/storage/db/database';

/** The campaigns kept here as the options of a list: name and period. */
export function CampaignOptions({ campaigns }: { campaigns: readonly CampaignRow[] }) {
  const { label, date } = useI18n();
  return (
    <>
      {campaigns.map((c) => (
        <option key={c.id} value={c.id}>
          {label(c.campaign.name)} ({date(c.campaign.start)} – {date(c.campaign.end)})
        </option>
      ))}
    </>
  );
}
