import { useEffect } from 'preact/hooks';
import { useNow } from '@/components/clock';
import { ensureBuiltInCampaign } from '@/storage/campaign/store';

/** The built-in campaign is kept on every install, whatever page opens first. */
export function useBuiltInCampaign() {
  const now = useNow();
  useEffect(() => void ensureBuiltInCampaign(new Date(now()).toISOString()), []);
}
