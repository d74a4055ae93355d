import { describe, expect, it } from 'vitest';
import { dashboardLinks, fallbackOf, resolveRoute, sectionLinks, sectionOf } from '@/entrypoints/options/route-table';
import type { DashboardData } from '@/storage/staff/dashboard-data';
import { campaignOf } from '@/tests/fixtures/campaign';

type Seen = Pick<DashboardData, 'settings' | 'campaign'>;
const settings = (adminMode: boolean) => ({ adminMode }) as NonNullable<DashboardData['settings']>;
const staff: Seen = { settings: settings(false), campaign: campaignOf() };
const officer: Seen = { settings: settings(true), campaign: campaignOf() };
const officerNoCampaign: Seen = { settings: settings(true), campaign: undefined };
const levelAbove: Seen = {
  settings: settings(true),
  campaign: campaignOf({ agencies: [{ id: 'so-a', name: { vi: 'Sở A' } }] } as never),
};

describe('the options page’s route table', () => {
  it.each([
    ['', staff, 'progress'],
    ['settings', staff, 'settings'],
    ['nowhere', officer, 'progress'],
    ['admin', staff, 'progress'],
    ['admin/files', staff, 'progress'],
    ['report', staff, 'progress'],
    ['admin', officer, 'admin'],
    ['admin/report', officer, 'admin/report'],
    ['admin', officerNoCampaign, 'admin/campaign'],
    ['admin/files', officerNoCampaign, 'admin/campaign'],
    ['admin/agencies', officer, 'progress'],
    ['admin/agencies', levelAbove, 'admin/agencies'],
    ['report', officer, 'report'],
    ['agency-report', officer, 'progress'],
    ['agency-report', levelAbove, 'agency-report'],
    ['poster/a4/bulletin', staff, 'poster/'],
    ['poster/a4/bulletin', { settings: settings(false), campaign: undefined }, 'progress'],
  ])('shows #%s to %j as the page %s', (address, seen, path) => {
    expect(resolveRoute(address, seen).path).toBe(path);
  });

  it('lists the admin section in the dashboard’s navigation only for the officer, with or without a campaign', () => {
    expect(dashboardLinks(staff).map((r) => r.path)).toEqual(['progress', 'department', 'settings', 'data']);
    expect(dashboardLinks(officerNoCampaign).map((r) => r.path)).toContain('admin');
  });

  it('lists the admin section’s pages in its own navigation, the level above’s only when the campaign lists agencies', () => {
    const paths = (seen: Seen) => sectionLinks('admin', seen).map((r) => r.path);
    expect(paths(officer)).toEqual([
      'admin',
      'admin/files',
      'admin/figures',
      'admin/activities',
      'admin/report',
      'admin/share',
      'admin/campaign',
    ]);
    expect(paths(levelAbove)).toContain('admin/agencies');
    expect(paths(officerNoCampaign)).toEqual(['admin/campaign']);
  });

  it('marks the dashboard’s admin link on every page of the section', () => {
    expect(sectionOf(resolveRoute('admin/share', officer))).toBe('admin');
    expect(sectionOf(resolveRoute('data', officer))).toBe('data');
  });

  it('replaces an admin address by the campaign page’s only while no campaign is in use', () => {
    expect(fallbackOf('admin', officerNoCampaign)).toBe('admin/campaign');
    expect(fallbackOf('admin/report', officerNoCampaign)).toBe('admin/campaign');
    expect(fallbackOf('admin', officer)).toBeNull();
    expect(fallbackOf('admin', { settings: settings(false), campaign: undefined })).toBeNull();
    expect(fallbackOf('share', staff)).toBeNull();
  });
});
