import type { Locator } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import campaignJson from '@/storage/campaign/built-in/backan-vp-wed-2024.json';
import type { Campaign } from '@/storage/types';
import { generateSummaries } from '@/tests/fixtures/summaries.js';
import { chooseLanguage } from './a11y';
import {
  browserInVietnam,
  commitPicked,
  freshBrowsers,
  openAdmin,
  openAdminSection,
  pickSummaryFiles,
  REPORT_DAY,
  writeSummaryFiles,
} from './helpers';
import { scratchFolders } from './scratch';
import { screenshotPath } from './screenshots';

// The admin figures page's bar chart at 1280 and 320 px, in Vietnamese and in English (whose
// department names are the longest): each bar's name starts readable, cut at its end if it must
// be (the full name is in the tooltip and in the table below). Chart.js gives the names' axis at
// most half of the chart and clips a wider name at its start; an axis that took that whole half
// is the sign of a name cut. Where the axis ends is read off the canvas: where the grid's or the bars' grey
// begins (0 %). The pictures are written under tests/.artifacts/ for a person to look at.

browserInVietnam();
const browserAt = freshBrowsers();
const campaign = campaignJson as unknown as Campaign;
const scratch = scratchFolders('green-office-figures-');

/** Where the bars start (CSS px from the canvas's left), and the most the names' axis may take. */
const axisOf = (chart: Locator) =>
  chart.evaluate((canvas) => {
    const c = canvas as HTMLCanvasElement;
    const scale = c.width / c.getBoundingClientRect().width;
    const { data } = c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
    // The grid's grey (#d0d0d0) or a bar's (#4d4d4d): the bars' start is the first column
    // where they fill more than a third of the height (names never do).
    const gridOrBar = (x: number, y: number) => {
      const i = (y * c.width + x) * 4;
      return data[i + 3]! > 100 && [208, 77].some((g) => [0, 1, 2].every((k) => Math.abs(data[i + k]! - g) < 24));
    };
    let gridAt = -1;
    for (let x = 0; x < c.width && gridAt < 0; x++) {
      let rows = 0;
      for (let y = 0; y < c.height; y++) if (gridOrBar(x, y)) rows++;
      if (rows > c.height * 0.35) gridAt = x;
    }
    // The chart's layout padding: 4 px on the left, 56 on the right (components/charts/report.ts).
    return { bars: gridAt / scale, half: 4 + (c.width / scale - 60) / 2 };
  });

describe.each(['vi', 'en'] as const)('the figures page’s department chart in %s', (lang) => {
  test('at 1280 and 320 px no department’s name is cut at its start', async () => {
    const ext = await browserAt(REPORT_DAY);
    // The admin section is turned on in Vietnamese (the helper's words), then the language chosen.
    const page = await openAdminSection(ext.context, ext.extensionId, { width: 1280, height: 900 });
    const files = await writeSummaryFiles(
      await scratch(),
      generateSummaries({ campaign, people: 14, seed: 4 }).summaries,
    );
    await pickSummaryFiles(page, files);
    await commitPicked(page, files.length);
    await openAdmin(page, 'figures');
    if (lang === 'en') {
      await chooseLanguage(ext.context, ext.extensionId, 'en');
      await page.reload();
    }
    const chart = page.locator('section[aria-labelledby="figures-title"] canvas');
    for (const width of [1280, 320]) {
      await page.setViewportSize({ width, height: 900 });
      await expect
        .poll(() => chart.evaluate((c) => c.getBoundingClientRect().right <= window.innerWidth && c.clientWidth))
        .toBeLessThan(width);
      // Chart.js redraws on a resize after its own debounce.
      await page.waitForTimeout(400);
      await chart.scrollIntoViewIfNeeded();
      await chart.screenshot({ path: await screenshotPath(`figures/chart-${lang}-${width}.png`) });
      const { bars, half } = await axisOf(chart);
      expect(bars, 'the bars were found').toBeGreaterThan(4);
      expect(bars, `the names' axis at ${width} px is narrower than its most`).toBeLessThan(half - 3);
    }
  }, 120_000);
});
