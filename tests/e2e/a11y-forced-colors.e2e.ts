import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import {
  browserInVietnam,
  CAMPAIGN_DAY,
  freshBrowsers,
  openOptions,
  openPopup,
  PLEDGES,
  POPUP_VIEWPORT,
  setUp,
} from './helpers';
import { screenshotPath } from './screenshots';

// Issue #17: Windows high contrast. Under `forced-colors: active` the browser swaps every colour
// for the person's system colours and drops backgrounds; what a background alone showed must
// still show (a border), the page in use must be marked by more than its fill, and the charts
// keep a white card so their own colours (and patterns) stay readable. The screenshots of the
// popup and the dashboard in that mode are kept in docs/a11y/ for people to look at.

browserInVietnam();
const browserAt = freshBrowsers();
const DASHBOARD = { width: 1280, height: 800 };

const styleOf = (page: Page, selector: string, property: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el, p) => getComputedStyle(el).getPropertyValue(p), property);

test('in forced colours the pledges, the page in use and the charts stay visible; screenshots for docs/a11y', async () => {
  const ext = await browserAt(CAMPAIGN_DAY);
  const popup = await openPopup(ext.context, ext.extensionId);
  await setUp(popup);
  for (const pledge of [PLEDGES.nylon, PLEDGES.plastic]) {
    await popup.getByRole('checkbox', { name: pledge, exact: true }).click();
    await popup.getByRole('checkbox', { name: pledge, exact: true, checked: true }).waitFor();
  }
  await popup.emulateMedia({ forcedColors: 'active' });
  expect(await popup.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
  // Each pledge's box, shown by a pale fill in normal colours, has a border of its own.
  expect(await styleOf(popup, '.pledge', 'border-top-style')).toBe('solid');
  const popupShot = await screenshotPath('a11y/forced-colors-popup.png');
  await popup.setViewportSize(POPUP_VIEWPORT);
  await popup.screenshot({ path: popupShot });

  const dashboard = await openOptions(ext.context, ext.extensionId, 'progress');
  await dashboard.setViewportSize(DASHBOARD);
  await dashboard.emulateMedia({ forcedColors: 'active' });
  await dashboard.locator('canvas').first().waitFor();
  // The section in use: a border as well as the fill that forced colours drop.
  expect(await styleOf(dashboard, 'nav a[aria-current="page"]', 'border-top-style')).toBe('solid');
  expect(await styleOf(dashboard, 'nav a:not([aria-current])', 'border-top-style')).toBe('none');
  // Every chart on its white card, its own colours kept.
  const cards = await dashboard
    .locator('.chart canvas')
    .evaluateAll((all) => all.map((c) => [getComputedStyle(c).backgroundColor, getComputedStyle(c).forcedColorAdjust]));
  expect(cards.length).toBeGreaterThanOrEqual(3);
  for (const card of cards) expect(card).toEqual(['rgb(255, 255, 255)', 'none']);
  await dashboard.waitForTimeout(300);
  const dashboardShot = await screenshotPath('a11y/forced-colors-dashboard.png');
  await dashboard.screenshot({ path: dashboardShot });

  for (const [shot, size] of [
    [popupShot, POPUP_VIEWPORT],
    [dashboardShot, DASHBOARD],
  ] as const) {
    const png = await readFile(shot);
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size.width, size.height]);
  }
});
