import { describe, expect, it } from 'vitest';
import { wholeCampaign, within } from '@/storage/time/range';

describe('a range of calendar dates', () => {
  const june = wholeCampaign({ start: '2024-06-05', end: '2024-06-30' });

  it.each([
    ['2024-06-04', false],
    ['2024-06-05', true],
    ['2024-06-17', true],
    ['2024-06-30', true],
    ['2024-07-01', false],
    ['2025-06-17', false],
  ])('holds %s: %s (both ends included)', (date, inside) => {
    expect(within(date, june)).toBe(inside);
  });

  it('is the campaign from its first day to its last', () => {
    expect(june).toEqual({ from: '2024-06-05', to: '2024-06-30' });
  });
});
