import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { DAY_TURN_ALARM, REMINDER_ALARM, REMINDER_NOTIFICATION } from '@/entrypoints/background/reminders';
import { BUILT_IN_CAMPAIGN, loadCampaign } from '@/storage/campaign/store';
import { setPledgeCount } from '@/storage/staff/entries';
import { saveProfile } from '@/storage/staff/profile';
import { updateSettings } from '@/storage/staff/settings';
import { campaignOf, startOnBuiltIn } from '@/tests/fixtures/campaign';

const vietnam = (local: string) => Date.parse(`${local}+07:00`);
const WEDNESDAY_MORNING = vietnam('2024-06-12T09:00:00');

/** The background reads the clock only through Date.now(), so pinning Date pins it. */
function setClock(instant: number) {
  vi.setSystemTime(instant);
}

async function startBackground(at = WEDNESDAY_MORNING, { setUp = true } = {}) {
  setClock(at);
  if (setUp) {
    await startOnBuiltIn('2024-06-01T00:00:00Z');
    await saveProfile({ name: 'Lý Thị Hoa', department: 'ldvp' }, BUILT_IN_CAMPAIGN, '2024-06-01T00:00:00Z');
  }
  background.main();
  await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
}

const badge = () => fakeBrowser.action.getBadgeText({});

async function record(pledgeId: string, date = '2024-06-12') {
  await setPledgeCount({
    campaign: BUILT_IN_CAMPAIGN,
    date,
    pledgeId,
    count: 1,
    today: '2024-06-12',
    at: '2024-06-12T02:00:00Z',
  });
  await fakeBrowser.runtime.onMessage.trigger({ type: 'entries-changed' }, {});
}

beforeEach(() => vi.useFakeTimers({ toFake: ['Date'] }));
afterEach(() => vi.useRealTimers());

describe('toolbar badge', () => {
  it('shows "!" on a working campaign day with nothing recorded yet', async () => {
    await startBackground();
    expect(await badge()).toBe('!');
    expect(await fakeBrowser.action.getTitle({})).toContain('Hôm nay chưa ghi cam kết nào');
  });

  it('counts the pledges kept today after each change the popup reports', async () => {
    await startBackground();
    await record('no-nylon-bags');
    expect(await badge()).toBe('1');
    await record('eco-products');
    expect(await badge()).toBe('2');
  });

  it('ignores a pledge recorded late for an earlier day', async () => {
    await startBackground();
    await record('no-nylon-bags', '2024-06-11');
    expect(await badge()).toBe('!');
  });

  it('stays empty on a rest day with nothing recorded, and outside the campaign', async () => {
    await startBackground(vietnam('2024-06-15T09:00:00'));
    expect(await badge()).toBe('');
    setClock(vietnam('2024-07-02T09:00:00'));
    await fakeBrowser.runtime.onMessage.trigger({ type: 'entries-changed' }, {});
    expect(await badge()).toBe('');
  });

  it('stays empty before the person has set up the extension', async () => {
    await startBackground(WEDNESDAY_MORNING, { setUp: false });
    expect(await badge()).toBe('');
  });

  it('shows a campaign still to come as waiting, and says when it starts (issue #9)', async () => {
    await startBackground(vietnam('2024-06-01T09:00:00'));
    expect(await badge()).toBe('…');
    expect(await fakeBrowser.action.getTitle({})).toBe(
      'Cam kết Văn phòng xanh: Tháng hành động vì môi trường 2024 bắt đầu sau 4 ngày, thứ Tư 05/06/2024',
    );
  });

  it('shows nothing on a fresh install, which starts on no campaign (issue #9)', async () => {
    setClock(WEDNESDAY_MORNING);
    background.main();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    expect(await badge()).toBe('');
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
  });

  it('turns back to "!" when the day turns in the campaign time zone', async () => {
    await startBackground();
    await record('no-nylon-bags');
    expect(await badge()).toBe('1');
    const turn = await fakeBrowser.alarms.get(DAY_TURN_ALARM);
    // Midnight in Vietnam is 17:00 UTC the day before.
    expect(turn?.scheduledTime).toBe(Date.parse('2024-06-12T17:00:00Z'));
    setClock(turn!.scheduledTime);
    await fakeBrowser.alarms.onAlarm.trigger(turn!);
    expect(await badge()).toBe('!');
  });
});

describe('daily reminder', () => {
  it('waits for the first working day of a campaign still to come (issue #9)', async () => {
    setClock(vietnam('2024-06-01T09:00:00'));
    // Starts on Saturday 8 June: the first working day is Monday 10 June.
    const later = campaignOf({ id: 'starts-on-saturday', start: '2024-06-08', end: '2024-06-30' });
    await loadCampaign(later, '2024-06-01T00:00:00Z');
    await saveProfile({ name: 'Lý Thị Hoa', department: 'ldvp' }, later, '2024-06-01T00:00:00Z');
    background.main();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    const reminder = await fakeBrowser.alarms.get(REMINDER_ALARM);
    expect(reminder?.scheduledTime).toBe(vietnam('2024-06-10T16:00:00'));
  });

  it('is planned for 16:00 campaign time on install, and again on browser start', async () => {
    await startBackground();
    expect((await fakeBrowser.alarms.get(REMINDER_ALARM))?.scheduledTime).toBe(vietnam('2024-06-12T16:00:00'));
    await fakeBrowser.alarms.clearAll();
    setClock(vietnam('2024-06-12T17:00:00'));
    await fakeBrowser.runtime.onStartup.trigger();
    // Past today's time: the next one is tomorrow.
    expect((await fakeBrowser.alarms.get(REMINDER_ALARM))?.scheduledTime).toBe(vietnam('2024-06-13T16:00:00'));
    expect(await fakeBrowser.alarms.get(DAY_TURN_ALARM)).toBeDefined();
  });

  it('follows the time the person chose, and is removed when turned off', async () => {
    await startBackground();
    await updateSettings({ reminderTime: '11:30' }, '2024-06-12T02:00:00Z');
    await fakeBrowser.runtime.onMessage.trigger({ type: 'settings-changed' }, {});
    expect((await fakeBrowser.alarms.get(REMINDER_ALARM))?.scheduledTime).toBe(vietnam('2024-06-12T11:30:00'));
    await updateSettings({ reminderOn: false }, '2024-06-12T02:00:00Z');
    await fakeBrowser.runtime.onMessage.trigger({ type: 'settings-changed' }, {});
    expect(await fakeBrowser.alarms.get(REMINDER_ALARM)).toBeUndefined();
  });

  it('notifies on a working day with nothing recorded', async () => {
    await startBackground();
    setClock(vietnam('2024-06-12T16:00:00'));
    await fakeBrowser.alarms.onAlarm.trigger({ name: REMINDER_ALARM, scheduledTime: Date.now() });
    const shown = await fakeBrowser.notifications.getAll();
    expect(Object.keys(shown)).toEqual([REMINDER_NOTIFICATION]);
    expect((shown as Record<string, { message: string }>)[REMINDER_NOTIFICATION]!.message).toContain('12/06/2024');
  });

  it('stays quiet when something is already recorded today', async () => {
    await startBackground();
    await record('clean-up');
    setClock(vietnam('2024-06-12T16:00:00'));
    await fakeBrowser.alarms.onAlarm.trigger({ name: REMINDER_ALARM, scheduledTime: Date.now() });
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });

  it('stays quiet on a rest day', async () => {
    await startBackground(vietnam('2024-06-16T16:00:00'));
    await fakeBrowser.alarms.onAlarm.trigger({ name: REMINDER_ALARM, scheduledTime: Date.now() });
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });

  it('opens the dashboard when the notification is clicked', async () => {
    const openOptionsPage = vi.fn(async () => {});
    fakeBrowser.runtime.openOptionsPage = openOptionsPage;
    await startBackground();
    await fakeBrowser.notifications.onClicked.trigger(REMINDER_NOTIFICATION);
    expect(openOptionsPage).toHaveBeenCalledOnce();
  });
});
