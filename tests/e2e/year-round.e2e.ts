import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { YEAR_ROUND } from '@/storage/campaign/templates';
import type { Campaign } from '@/storage/types';
import { browserInVietnam, freshBrowsers, openAdminSection, openOptions, openPopup } from './helpers';
import { scratchFolders } from './scratch';

// A year-round movement that reports monthly, in real Chromium: a member of staff records on a
// day in March, the dashboard draws its charts (a bar a month, the calendar of March), and the
// admin section's period starts at the last whole month, February, without typing a date.

browserInVietnam();
const browserAt = freshBrowsers();

const movement: Campaign = {
  ...YEAR_ROUND.campaign,
  id: 'phong-trao-2027',
  organisation: { vi: 'Sở Tài chính' },
  reportTo: { vi: 'Văn phòng Sở' },
  start: '2027-01-04',
  end: '2028-01-03',
};
const DAY = new Date('2027-03-10T03:00:00Z');

const scratchDir = scratchFolders('green-office-year-');

type CanvasWithText = HTMLCanvasElement & { drawnText?: Set<string> };

/**
 * Keeps on each canvas the texts drawn on it (Chart.js writes its axis labels with `fillText`),
 * in the pages opened from now on, so that a test reads what a chart wrote, not only that it drew.
 */
async function recordCanvasText(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const fillText = CanvasRenderingContext2D.prototype.fillText;
    CanvasRenderingContext2D.prototype.fillText = function (this: CanvasRenderingContext2D, text, ...at) {
      const canvas = this.canvas as CanvasWithText;
      canvas.drawnText ??= new Set();
      canvas.drawnText.add(String(text));
      fillText.call(this, text, ...(at as [number, number]));
    };
  });
}

describe('a year-round movement', () => {
  test('records in March, draws by month, and reports on February by default', async () => {
    const scratch = await scratchDir();
    const file = join(scratch, 'phong-trao.json');
    await writeFile(file, JSON.stringify(movement));
    const ext = await browserAt(DAY, file);

    const popup = await openPopup(ext.context, ext.extensionId);
    await popup.getByLabel('Họ và tên').fill('Lê Văn Tâm');
    await popup.getByLabel('Phòng, ban, đơn vị').selectOption('tong-hop');
    await popup.getByRole('button', { name: 'Bắt đầu' }).click();
    await popup.getByRole('checkbox', { name: 'Không sử dụng túi nilon khó phân hủy' }).check();
    await popup.getByText(/^Đã ghi: Không sử dụng túi nilon/).waitFor();

    await recordCanvasText(ext.context);
    const dashboard = await openOptions(ext.context, ext.extensionId, 'progress');
    await expect.poll(() => dashboard.locator('.chart canvas').count()).toBeGreaterThanOrEqual(3);
    const drawn = await dashboard.locator('.chart canvas').evaluateAll((all) =>
      all.map((c) => {
        const canvas = c as HTMLCanvasElement;
        const pixels = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data ?? [];
        return pixels.some((value, i) => i % 4 === 3 && value > 0);
      }),
    );
    expect(drawn.every(Boolean)).toBe(true);
    // The bar chart's axis reads a month a bar, January 2027 to January 2028, no day: as the page
    // opens (400 px wide) every other month, so that no label overlaps the next; at 1280 px all 13.
    const months = [...Array.from({ length: 12 }, (_, i) => `${i + 1}/2027`), '1/2028'];
    const bars = dashboard.getByRole('img', { name: /^Biểu đồ cột/ });
    const written = () => bars.evaluate((canvas: CanvasWithText) => [...(canvas.drawnText ?? [])]);
    const monthsWritten = async () => (await written()).filter((text) => /^\d{1,2}\/\d{4}$/.test(text));
    await expect.poll(async () => (await monthsWritten()).length).toBeGreaterThan(3);
    const narrow = await monthsWritten();
    expect(narrow.length).toBeLessThan(months.length);
    expect(narrow).toEqual(months.filter((m) => narrow.includes(m)));
    expect((await written()).filter((text) => /^\d{1,2}\/\d{1,2}(–|$)/.test(text))).toEqual([]);
    await bars.evaluate((canvas: CanvasWithText) => {
      canvas.drawnText = new Set();
    });
    await dashboard.setViewportSize({ width: 1280, height: 900 });
    await expect.poll(monthsWritten).toEqual(months);
    expect((await written()).filter((text) => /^\d{1,2}\/\d{1,2}(–|$)/.test(text))).toEqual([]);

    const admin = await openAdminSection(ext.context, ext.extensionId, undefined, 'figures');
    const period = admin.getByLabel('Khoảng thời gian');
    await expect
      .poll(() => period.evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent))
      .toBe('Tháng: 01/02/2027 – 28/02/2027');
    // A month a choice: twelve months and the days of January 2028, not 53 weeks.
    expect(await period.locator('option').count()).toBe(1 + 13);
  }, 180_000);
});
