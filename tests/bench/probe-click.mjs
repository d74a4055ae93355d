// Throw-away probe (issue #16): where a popup click's time goes. Not part of npm run bench.
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { extensionLaunchOptions } from '../e2e/chromium.mjs';

const root = process.cwd();
const dir = await mkdtemp(join(tmpdir(), 'probe-ext-'));
const profile = await mkdtemp(join(tmpdir(), 'probe-prof-'));
await cp(join(root, '.output', 'chrome-mv3'), dir, { recursive: true });
const context = await chromium.launchPersistentContext(
  profile,
  extensionLaunchOptions(dir, { viewport: { width: 400, height: 600 } }),
);
const DAY = Date.parse('2024-06-12T03:00:00Z');
try {
  let [sw] = context.serviceWorkers();
  if (!sw) sw = await context.waitForEvent('serviceworker');
  const id = new URL(sw.url()).host;
  await context.addInitScript((fixed) => {
    const realNow = Date.now.bind(Date);
    const offset = fixed - realNow();
    Date.now = () => realNow() + offset;
    const log = (window.__log = []);
    const t = () => performance.now();
    const tx = IDBDatabase.prototype.transaction;
    IDBDatabase.prototype.transaction = function (stores, mode, opts) {
      const x = tx.call(this, stores, mode, opts);
      const name = `${mode ?? 'readonly'} ${[].concat(stores).join(',')}`;
      log.push([t(), 'tx', name]);
      x.addEventListener('complete', () => log.push([t(), 'done', name]));
      return x;
    };
    for (const m of ['get', 'getAll', 'put', 'add', 'delete', 'openCursor', 'openKeyCursor', 'getAllKeys', 'count']) {
      for (const P of [IDBObjectStore.prototype, IDBIndex.prototype]) {
        const f = P[m];
        if (!f) continue;
        P[m] = function (...a) {
          log.push([t(), 'req', `${P === IDBIndex.prototype ? 'index.' : ''}${m} ${this.name}`]);
          return f.apply(this, a);
        };
      }
    }
    window.__mark = (what) => log.push([t(), 'mark', what]);
  }, DAY);
  await sw.evaluate((fixed) => (Date.now = () => fixed), DAY);
  const settings = await context.newPage();
  await settings.goto(`chrome-extension://${id}/options.html#settings`);
  await settings
    .getByLabel('Tải tệp chiến dịch (.json) do Văn phòng gửi')
    .setInputFiles(join(root, 'storage', 'campaign', 'built-in', 'backan-vp-wed-2024.json'));
  await settings.getByText(/^Đã tải chiến dịch «/).waitFor();
  await settings.close();
  let page = await context.newPage();
  await page.goto(`chrome-extension://${id}/popup.html`);
  await page.getByLabel('Họ và tên').fill('Nguyễn Văn Đo');
  await page.getByLabel('Phòng, ban, đơn vị').selectOption('hctc-qttv');
  await page.getByRole('button', { name: 'Bắt đầu' }).click();
  await page.locator('input[type="checkbox"]').first().waitFor();
  await page.close();
  for (let run = 0; run < 4; run++) {
    page = await context.newPage();
    await page.goto(`chrome-extension://${id}/popup.html`);
    await page.locator('input[type="checkbox"]').first().waitFor();
    await page.waitForTimeout(400);
    const out = await page.evaluate(async (index) => {
      const log = window.__log;
      log.length = 0;
      const box = document.querySelectorAll('input[type="checkbox"]')[index];
      const before = await chrome.action.getBadgeText({});
      const start = performance.now();
      log.push([start, 'mark', 'click']);
      box.click();
      for (;;) {
        const now = await chrome.action.getBadgeText({});
        if (now !== before) break;
      }
      log.push([performance.now(), 'mark', 'badge seen']);
      await new Promise((r) => setTimeout(r, 50));
      return log.map(([at, kind, what]) => `${(at - start).toFixed(1).padStart(6)} ${kind} ${what}`).join('\n');
    }, run % 3);
    console.log(out);
    await page.close();
  }
} finally {
  await context.close();
  await rm(dir, { recursive: true, force: true });
  await rm(profile, { recursive: true, force: true });
}
