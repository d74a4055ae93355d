import { describe, expect, it } from 'vitest';
import { badgeLook } from '@/components/badge';
import { translate } from '@/components/i18n';
import { BUILT_IN_CAMPAIGN } from '@/storage/campaign/store';

const campaign = BUILT_IN_CAMPAIGN;

describe('how the toolbar badge looks', () => {
  const vi = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
    translate('vi', key, params);
  const en = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
    translate('en', key, params);

  it('counts the kept pledges in green, with the count in the title', () => {
    expect(badgeLook({ kind: 'kept', count: 3 }, en, 'en')).toEqual({
      text: '3',
      color: '#1b5e20',
      title: `${en('app.name')}: ${en('badge.kept', { count: 3 })}`,
    });
  });

  it('asks with "!" in amber on a working day with nothing recorded', () => {
    expect(badgeLook({ kind: 'none-yet' }, vi, 'vi')).toEqual({
      text: '!',
      color: '#b26a00',
      title: `${vi('app.name')}: ${vi('badge.none')}`,
    });
  });

  it('waits with "…" in grey, naming the campaign and its start in the title', () => {
    const look = badgeLook({ kind: 'waiting', campaign: campaign.name, start: '2024-06-05', days: 2 }, vi, 'vi');
    expect(look.text).toBe('…');
    expect(look.color).toBe('#5f6368');
    expect(look.title).toContain(campaign.name.vi);
    expect(look.title).toContain(vi('phase.startsIn', { days: 2, start: '' }).split(',')[0]!);
  });

  it('is empty, titled with the app name, when there is nothing to show', () => {
    expect(badgeLook({ kind: 'nothing' }, en, 'en')).toEqual({ text: '', color: '#1b5e20', title: en('app.name') });
  });
});
