import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterEach, describe, expect, test } from 'vitest';
import campaignJson from '@/storage/campaign/built-in/backan-vp-wed-2024.json';
import { decodablePng } from '@/tests/fixtures/images';
import { type LaunchedFirefox, launchFirefox } from './firefox';
import { ADMIN_CHECKBOX, CAMPAIGN_INPUT } from './helpers';

// What the office organised, in real Firefox ESR with the built Firefox (MV2) extension: a
// turn-out recorded with a photo that Firefox decodes and makes smaller (createImageBitmap and
// OffscreenCanvas there), saved and listed with it.

let firefox: LaunchedFirefox | undefined;
let scratch: string | undefined;
afterEach(async () => {
  await firefox?.close();
  firefox = undefined;
  if (scratch) await rm(scratch, { recursive: true, force: true });
  scratch = undefined;
});

const eventually = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 20_000, interval: 100 });
const bodyText = (page: Page) => page.evaluate(() => document.body.textContent ?? '');

async function control(page: Page, label: string): Promise<ElementHandle<HTMLInputElement>> {
  await eventually(() =>
    page.evaluate((text) => [...document.querySelectorAll('label')].some((l) => l.textContent?.trim() === text), label),
  ).toBe(true);
  const handle = await page.evaluateHandle(
    (text) => [...document.querySelectorAll('label')].find((l) => l.textContent?.trim() === text)!.control,
    label,
  );
  return handle as ElementHandle<HTMLInputElement>;
}

async function clickButton(page: Page, text: string): Promise<void> {
  await eventually(() =>
    page.evaluate((t) => [...document.querySelectorAll('button')].some((b) => b.textContent?.trim() === t), text),
  ).toBe(true);
  const button = await page.evaluateHandle(
    (t) => [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === t)!,
    text,
  );
  await (button as ElementHandle<HTMLButtonElement>).click();
}

describe('in real Firefox', () => {
  test('an officer records a turn-out with a photo made smaller in the page', async () => {
    scratch = await mkdtemp(join(tmpdir(), 'green-office-firefox-activities-'));
    const campaignFile = join(scratch, 'chien-dich.json');
    await writeFile(campaignFile, JSON.stringify(campaignJson));
    const photo = join(scratch, 'ra-quan.png');
    await writeFile(
      photo,
      decodablePng(2400, 1800, (data) => deflateSync(data)),
    );
    firefox = await launchFirefox();

    const settings = await firefox.open('options.html#settings');
    await (await control(settings, CAMPAIGN_INPUT)).uploadFile(campaignFile);
    await eventually(() => bodyText(settings)).toContain('Đã tải chiến dịch');
    await (await control(settings, ADMIN_CHECKBOX)).click();

    const admin = await firefox.open('options.html#admin/activities');
    await clickButton(admin, 'Thêm hoạt động');
    await (await control(admin, 'Tên hoạt động')).type('Ra quân dọn vệ sinh quanh trụ sở');
    await (await control(admin, 'Số người tham gia')).type('45');
    await (await control(admin, 'Thêm ảnh (JPEG, PNG, WebP)')).uploadFile(photo);
    await eventually(() => bodyText(admin)).toContain('Đã thêm 1 ảnh (đã thu nhỏ).');
    // At most 1,600 px a side, in the proportions of the photo picked.
    const size = () =>
      admin.evaluate(() => {
        const img = document.querySelector<HTMLImageElement>('.photo-list img');
        return img?.naturalWidth ? [img.naturalWidth, img.naturalHeight] : null;
      });
    await eventually(size).not.toBeNull();
    const [width, height] = (await size())!;
    expect(width).toBeLessThanOrEqual(1600);
    expect(width! * 3).toBe(height! * 4);
    await clickButton(admin, 'Lưu hoạt động');
    await eventually(() => bodyText(admin)).toContain('Đã lưu hoạt động “Ra quân dọn vệ sinh quanh trụ sở”.');
    // The list follows the store (a live query): it shows the activity with its photo.
    await eventually(() => bodyText(admin)).toContain('1 ảnh');
  }, 120_000);
});
