import { describe, expect, it } from 'vitest';
import { ensureBuiltInCampaign } from '@/storage/campaign/store';
import { updateSettings } from '@/storage/staff/settings';
import { storedSettings } from '@/tests/fixtures/stored';

const FIRST_START = '2024-06-05T01:00:00.000Z';
const LATER = '2024-06-12T01:00:00.000Z';

describe('settings', () => {
  it('start in Vietnamese with the reminder on at 16:00', async () => {
    await ensureBuiltInCampaign(FIRST_START);
    expect(await storedSettings()).toMatchObject({
      language: 'vi',
      reminderOn: true,
      reminderTime: '16:00',
      updatedAt: FIRST_START,
    });
  });

  it('save the language, the reminder switch and its time', async () => {
    await ensureBuiltInCampaign(FIRST_START);
    await updateSettings({ language: 'en', reminderOn: false, reminderTime: '07:30' }, LATER);
    expect(await storedSettings()).toMatchObject({
      language: 'en',
      reminderOn: false,
      reminderTime: '07:30',
      updatedAt: LATER,
    });
  });

  it('change only what the patch names', async () => {
    await ensureBuiltInCampaign(FIRST_START);
    await updateSettings({ reminderOn: false }, LATER);
    expect(await storedSettings()).toMatchObject({ language: 'vi', reminderOn: false, reminderTime: '16:00' });
  });

  it.each(['00:00', '09:05', '23:59'])('accept the reminder time %s', async (time) => {
    await ensureBuiltInCampaign(FIRST_START);
    await updateSettings({ reminderTime: time }, LATER);
    expect((await storedSettings())?.reminderTime).toBe(time);
  });

  it.each(['24:00', '7:30', '16:60', '16:00:00', '', '4pm', ' 16:00', '16.00'])(
    'refuse the reminder time "%s" and keep every old value',
    async (time) => {
      await ensureBuiltInCampaign(FIRST_START);
      const before = await storedSettings();
      await expect(updateSettings({ language: 'en', reminderTime: time }, LATER)).rejects.toThrow(
        new RangeError('reminder-time'),
      );
      expect(await storedSettings()).toEqual(before);
    },
  );

  it('cannot be changed before the first start has made them', async () => {
    await expect(updateSettings({ language: 'en' }, LATER)).rejects.toThrow('settings-missing');
    expect(await storedSettings()).toBeUndefined();
  });
});
