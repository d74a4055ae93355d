import { expect, test } from 'vitest';
import { extensionUrl, freshBrowsers, openOptions, openPopup, waitForBadge } from './helpers';
import { screenshotPath } from './screenshots';

// Issue #14: the store listings' screenshots (1280×800, docs/store-listing.md), made from the
// built extension with the real clock, as a new user sees it after recording today.

const fresh = freshBrowsers();
const STORE = { width: 1280, height: 800 };
const NYLON = 'Không sử dụng túi nilon khó phân hủy';
const PLASTIC = 'Không sử dụng sản phẩm nhựa dùng một lần';

test('the store screenshots show the popup after two pledges and the dashboard, at 1280×800', async () => {
  const ext = await fresh(null, null);
  const popup = await openPopup(ext.context, ext.extensionId);
  await popup.getByLabel('Họ và tên').fill('Đỗ Thị Mai');
  await popup.getByRole('button', { name: 'Bắt đầu thử thách 30 ngày hôm nay' }).click();
  for (const pledge of [NYLON, PLASTIC]) await popup.getByRole('checkbox', { name: pledge, exact: true }).click();
  expect(await waitForBadge(ext, '2')).toBe('2');

  // The popup as the toolbar shows it, framed on a plain page of the store's size.
  const frame = await openOptions(ext.context, ext.extensionId, 'progress');
  await frame.setViewportSize(STORE);
  await frame.evaluate(
    (src) => {
      document.body.replaceChildren();
      document.body.style.cssText = 'margin:0;height:100vh;display:grid;place-items:center;background:#e8f5e9';
      const popupFrame = document.createElement('iframe');
      popupFrame.src = src;
      popupFrame.title = 'popup';
      popupFrame.style.cssText = 'width:400px;height:720px;border:0;border-radius:12px;box-shadow:0 8px 32px #0003';
      document.body.append(popupFrame);
    },
    extensionUrl(ext.extensionId, 'popup.html'),
  );
  await frame.frameLocator('iframe').getByRole('checkbox', { name: NYLON, exact: true }).waitFor();
  await expect
    .poll(() => frame.frameLocator('iframe').getByRole('checkbox', { name: NYLON, exact: true }).isChecked())
    .toBe(true);
  const popupShot = await screenshotPath('store/popup.png');
  await frame.screenshot({ path: popupShot });

  const dashboard = await openOptions(ext.context, ext.extensionId, 'progress');
  await dashboard.setViewportSize(STORE);
  await dashboard.locator('canvas').first().waitFor();
  const dashboardShot = await screenshotPath('store/dashboard.png');
  await dashboard.screenshot({ path: dashboardShot });

  // A PNG of the store's size: its header says 1280 × 800.
  const { readFile } = await import('node:fs/promises');
  for (const shot of [popupShot, dashboardShot]) {
    const png = await readFile(shot);
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([STORE.width, STORE.height]);
  }
});
