import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { ensureBuiltInCampaign } from '@/storage/campaign/store';
import { requestPersistence } from '@/storage/db/persistence';
import { ensureKeyPair } from '@/storage/summary/signing';
import { refreshBadge } from './badge';
import { applyManagedPolicy } from './policy';
import { isBackgroundMessage } from './protocol';
import {
  DAY_TURN_ALARM,
  planAlarms,
  REMINDER_ALARM,
  REMINDER_NOTIFICATION,
  remindIfNothingRecorded,
} from './reminders';

/** Wires the background modules to browser events; the clock is read here and passed in. */
export default defineBackground(() => {
  const now = () => Date.now();

  const start = async () => {
    const at = new Date(now()).toISOString();
    await ensureBuiltInCampaign(at);
    // What the organisation set by browser policy, at install and at each browser start.
    await applyManagedPolicy(now());
    // Each install makes its signing key pair on first run (kept on later starts).
    await ensureKeyPair(at);
    await requestPersistence();
    await Promise.all([planAlarms(now()), refreshBadge(now())]);
  };
  browser.runtime.onInstalled.addListener(start);
  browser.runtime.onStartup.addListener(start);

  // A policy changed while the browser runs: apply it at once.
  browser.storage.onChanged.addListener(async (_changes, area) => {
    if (area !== 'managed') return;
    await applyManagedPolicy(now());
    await Promise.all([planAlarms(now()), refreshBadge(now())]);
  });

  browser.runtime.onMessage.addListener((message: unknown) => {
    if (!isBackgroundMessage(message)) return undefined;
    const work =
      message.type === 'settings-changed' ? Promise.all([planAlarms(now()), refreshBadge(now())]) : refreshBadge(now());
    return work.then(() => true);
  });

  browser.alarms.onAlarm.addListener(async (alarm) => {
    if (alarm.name === REMINDER_ALARM) await remindIfNothingRecorded(now());
    if (alarm.name === REMINDER_ALARM || alarm.name === DAY_TURN_ALARM) {
      await Promise.all([planAlarms(now()), refreshBadge(now())]);
    }
  });

  browser.notifications.onClicked.addListener(async (id) => {
    if (id !== REMINDER_NOTIFICATION) return;
    await browser.runtime.openOptionsPage();
    await browser.notifications.clear(id);
  });
});
