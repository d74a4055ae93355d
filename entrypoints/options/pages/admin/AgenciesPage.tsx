import { AgenciesSection } from './agencies/AgenciesSection';
import { useCampaignOffice } from './useCampaignOffice';

/** The level above's part: the report files of the agencies the campaign lists. */
export function AgenciesPage() {
  const { campaign } = useCampaignOffice();
  return <AgenciesSection campaign={campaign} />;
}
