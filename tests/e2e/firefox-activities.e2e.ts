import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import campaignJson from '@/storage/campaign/built-in/backan-vp-wed-2024.json';
import { decodablePng } from '@/tests/fixtures/images';
import { bodyText, clickButton, control, eventually, freshFirefoxes } from './firefox';
import { ADMIN_CHECKBOX, CAMPAIGN_INPUT } from './helpers';
import { scratchFolders } from './scratch';

// What the office organised, in real Firefox ESR with the built Firefox (MV2) extension: a
// turn-out recorded with a photo that Firefox decodes and makes smaller (createImageBitmap and
// OffscreenCanvas there), saved and listed with it.

const launch = freshFirefoxes();
const scratchDir = scratchFolders('green-office-firefox-activities-');

describe('in real Firefox', () => {
  test('an officer records a turn-out with a photo made smaller in the page', async () => {
    const scratch = await scratchDir();
    const campaignFile = join(scratch, 'chien-dich.json');
    await writeFile(campaignFile, JSON.stringify(campaignJson));
    const photo = join(scratch, 'ra-quan.png');
    await writeFile(
      photo,
      decodablePng(2400, 1800, (data) => deflateSync(data)),
    );
    const firefox = await launch();

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
