import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '@/components/i18n';
import { I18nProvider } from '@/components/i18n/context';
import { makeI18n } from '@/components/i18n/format';
import { Today } from '@/entrypoints/popup/Today';
import { BUILT_IN_CAMPAIGN, loadCampaign } from '@/storage/campaign/store';
import { YEAR_ROUND } from '@/storage/campaign/templates';
import { saveProfile } from '@/storage/staff/profile';
import type { TodayData } from '@/storage/staff/today-read';
import type { Campaign } from '@/storage/types';
import { entryRow } from '@/tests/fixtures/entries';
import { openPopup } from './helpers';

// The popup paints its pledges from the days it can record first (a year of rows would hold them
// back); its streak and days taken part count every day, so they wait for the whole read.

const campaign = BUILT_IN_CAMPAIGN;
const noBadge = { setBadgeText: async () => {}, setBadgeBackgroundColor: async () => {}, setTitle: async () => {} };
const stat = (name: string) => document.querySelector(`[data-stat="${name}"]`)?.textContent;

function todayWith(data: Partial<TodayData>) {
  const entries = ['2024-06-07', '2024-06-10', '2024-06-11', '2024-06-12'].map((date) =>
    entryRow({ campaignId: campaign.id, date, pledgeId: 'eco-products' }),
  );
  render(
    <I18nProvider value={makeI18n('vi', MESSAGES.vi)}>
      <Today data={{ campaign, entries, notes: {}, language: 'vi', ...data }} today="2024-06-12" badge={noBadge} />
    </I18nProvider>,
  );
}

describe('the popup of a long campaign', () => {
  it('shows "…" for the streak and the days taken part while it holds only the last days, never a smaller number', () => {
    todayWith({
      entries: ['2024-06-10', '2024-06-11', '2024-06-12'].map((date) =>
        entryRow({ campaignId: campaign.id, date, pledgeId: 'eco-products' }),
      ),
      entriesFrom: '2024-06-09',
    });
    expect(
      screen.getByRole('checkbox', {
        name: 'Sử dụng sản phẩm thân thiện môi trường trong công việc của cơ quan',
        checked: true,
      }),
    ).toBeTruthy();
    expect(stat('streak')).toBe('…');
    expect(stat('days-taken')).toBe('…');
  });

  it('counts every day once the whole read is in', () => {
    todayWith({});
    expect(stat('streak')).toBe('4');
    expect(stat('days-taken')).toBe('4');
  });

  it('opened in the sixth month of a year-long movement, ends on the figures of every day', async () => {
    const movement: Campaign = {
      ...YEAR_ROUND.campaign,
      id: 'phong-trao-2027',
      start: '2027-01-04',
      end: '2028-01-03',
    };
    await loadCampaign(movement, '2027-01-04T00:00:00Z');
    await saveProfile({ name: 'Nguyễn Thị Lan', department: 'tong-hop' }, movement, '2027-01-04T00:00:00Z');
    const { setPledgeCount } = await import('@/storage/staff/entries');
    for (const date of ['2027-01-05', '2027-06-14', '2027-06-15'])
      await setPledgeCount({
        campaign: movement,
        date,
        pledgeId: 'eco-products',
        count: 1,
        today: date,
        at: `${date}T03:00:00Z`,
      });
    openPopup(Date.parse('2027-06-16T03:00:00Z'));
    expect(await screen.findByText('3', { selector: '[data-stat="days-taken"]' })).toBeTruthy();
    expect(stat('streak')).toBe('2');
  });
});
