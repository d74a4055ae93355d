import type { PageProps } from '@/entrypoints/options/route-table';
import { BUILT_IN_CAMPAIGN } from '@/storage/campaign/store';
import { CreateCampaign } from './create/CreateCampaign';
import { CampaignEditor } from './editor/CampaignEditor';

/**
 * The campaign: a new one made from a template (the way to start when none is in use), and the
 * full editor of the one in use (of the built-in one, as a start, before any).
 */
export function CampaignPage({ data }: PageProps) {
  const campaign = data.campaign ?? BUILT_IN_CAMPAIGN;
  return (
    <>
      <CreateCampaign />
      <CampaignEditor key={campaign.id} campaign={campaign} />
    </>
  );
}
