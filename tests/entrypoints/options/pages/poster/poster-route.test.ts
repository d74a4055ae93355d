import { describe, expect, it } from 'vitest';
import { parsePosterHash, posterHash } from '@/entrypoints/options/pages/poster/poster-route';
import { campaignOf } from '@/tests/fixtures/campaign';

const campaign = campaignOf();

describe('the poster’s address', () => {
  it('names the agencies’ figures of a level above, and the same on the other paper', () => {
    const route = parsePosterHash('poster/a4/agencies/2024-06-05/2024-06-30/2024-07-01', campaign);
    expect(route).toEqual({
      size: 'a4',
      source: { kind: 'agencies', range: { from: '2024-06-05', to: '2024-06-30' }, asOf: '2024-07-01' },
    });
    expect(posterHash(route!, 'a3')).toBe('poster/a3/agencies/2024-06-05/2024-06-30/2024-07-01');
  });

  it.each([
    'poster/a4/agencies/2024-06-30/2024-06-05/2024-07-01',
    'poster/a4/agencies/2024-06-05/2024-06-30',
    'poster/a5/agencies/2024-06-05/2024-06-30/2024-07-01',
    'poster/a4/ministry/2024-06-05/2024-06-30/2024-07-01',
  ])('refuses %s', (hash) => {
    expect(parsePosterHash(hash, campaign)).toBeNull();
  });

  it('still reads the office’s and the bulletin’s', () => {
    expect(parsePosterHash('poster/a3/bulletin', campaign)).toEqual({ size: 'a3', source: { kind: 'bulletin' } });
    expect(parsePosterHash('poster/a4/office/2024-06-05/2024-06-30/2024-07-01', campaign)?.source.kind).toBe('office');
  });
});
