import { describe, expect, it } from 'vitest';
import { BUILT_IN_CAMPAIGN } from '@/storage/campaign/store';
import type { EntryRow, ProfileRow } from '@/storage/db/database';
import { badgeShows } from '@/storage/progress/badge';
import type { TodayData } from '@/storage/staff/today-read';

// The built-in campaign runs from Wednesday 5 to Sunday 30 June 2024, Monday to Friday, in Hà Nội's time.
const campaign = BUILT_IN_CAMPAIGN;
const profile: ProfileRow = {
  key: 'me',
  participantId: 'p-1',
  name: 'Lan',
  department: campaign.departments[0]!.id,
  createdAt: '2024-06-01T00:00:00.000Z',
  updatedAt: '2024-06-01T00:00:00.000Z',
};
const kept = (date: string, pledgeId: string): EntryRow => ({
  campaignId: campaign.id,
  date,
  pledgeId,
  count: 1,
  late: false,
  recordedAt: `${date}T02:00:00.000Z`,
  updatedAt: `${date}T02:00:00.000Z`,
  deleted: false,
});
const data = (extra: Partial<TodayData> = {}): TodayData => ({
  campaign,
  profile,
  entries: [],
  notes: {},
  language: 'vi',
  ...extra,
});
// 10:00 in Hà Nội on a given date.
const at = (date: string) => Date.parse(`${date}T03:00:00.000Z`);

describe('what the toolbar badge shows', () => {
  it.each([
    ['no campaign yet', data({ campaign: undefined }), '2024-06-12', { kind: 'nothing' }],
    [
      'a campaign still to start, even before set-up',
      data({ profile: undefined }),
      '2024-06-03',
      { kind: 'waiting', campaign: campaign.name, start: '2024-06-05', days: 2 },
    ],
    ['a running campaign before set-up', data({ profile: undefined }), '2024-06-12', { kind: 'nothing' }],
    ['a working day with nothing recorded', data(), '2024-06-12', { kind: 'none-yet' }],
    [
      'two pledges kept today',
      data({ entries: [kept('2024-06-12', 'no-nylon-bags'), kept('2024-06-12', 'tree-planting')] }),
      '2024-06-12',
      { kind: 'kept', count: 2 },
    ],
    ['a rest day with nothing recorded', data(), '2024-06-15', { kind: 'nothing' }],
    ['the campaign has ended', data(), '2024-07-01', { kind: 'nothing' }],
  ])('%s', (_, today, date, shows) => {
    expect(badgeShows(today, at(date))).toEqual(shows);
  });
});
