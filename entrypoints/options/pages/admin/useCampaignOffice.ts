import { type Office, useOffice } from './office-context';

/** The office of a page that needs a campaign (the route table sends others to the campaign page). */
export function useCampaignOffice(): Office {
  const office = useOffice();
  if (!office) throw new Error('An admin page that needs a campaign was shown without one.');
  return office;
}
