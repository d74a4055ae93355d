import { describe, expect, it } from 'vitest';
import { ensureBuiltInCampaign, getActiveCampaign } from '../../storage/campaigns';

describe('first start', () => {
  it('makes the built-in campaign the active one', async () => {
    await ensureBuiltInCampaign('2024-06-05T01:00:00Z');
    expect((await getActiveCampaign())?.id).toBe('backan-vp-wed-2024');
  });
});
