import { describe, expect, it } from 'vitest';
import type { EntryRow } from '@/storage/db/database';
import { withEntry } from '@/storage/staff/today-read';

const row = (pledgeId: string, count: number, date = '2024-06-12'): EntryRow => ({
  campaignId: 'c',
  date,
  pledgeId,
  count,
  late: false,
  recordedAt: '2024-06-12T03:00:00Z',
  updatedAt: '2024-06-12T03:00:00Z',
  deleted: count === 0,
});

describe('the pledges the popup holds after a write', () => {
  it('adds a pledge just recorded and replaces one recorded again', () => {
    const held = [row('bags', 1), row('trees', 2)];
    expect(withEntry(held, row('trees', 3))).toEqual([row('bags', 1), row('trees', 3)]);
    expect(withEntry(held, row('water', 1))).toEqual([...held, row('water', 1)]);
  });

  it('drops a pledge cleared to nought, and leaves the same pledge of another day alone', () => {
    const held = [row('bags', 1), row('bags', 1, '2024-06-11')];
    expect(withEntry(held, row('bags', 0))).toEqual([row('bags', 1, '2024-06-11')]);
  });
});
