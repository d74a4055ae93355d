import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { describe, expect, test } from 'vitest';
import campaignJson from '@/storage/campaign/built-in/backan-vp-wed-2024.json';
import type { Summary } from '@/storage/summary/schema';
import { verifyFile } from '@/storage/summary/signature';
import type { Campaign } from '@/storage/types';
import { validCampaignJson } from '@/tests/fixtures/campaign';
import { generateSummaries } from '@/tests/fixtures/summaries.js';
import { bodyText, clickButton, control, eventually, freshFirefoxes, reload } from './firefox';
import { ADMIN_CHECKBOX, CAMPAIGN_INPUT, writeSummaryFiles } from './helpers';
import { scratchFolders } from './scratch';

// Issue #14: the main flows in real Firefox ESR with the built Firefox (MV2) extension, the
// real clock. Puppeteer over WebDriver BiDi has no locators by role here, so elements are found
// by their label or text in the page and then clicked and typed into as a person would.

const campaign = campaignJson as unknown as Campaign;
const launch = freshFirefoxes();
const scratchDir = scratchFolders('green-office-firefox-downloads-');
/** A second folder, for the files a test picks where the downloads are counted. */
const elsewhere = scratchFolders('green-office-firefox-campaign-');

const checked = (page: Page, label: string) =>
  page.evaluate(
    (text) =>
      ([...document.querySelectorAll('label')].find((l) => l.textContent?.trim() === text)?.control as HTMLInputElement)
        ?.checked,
    label,
  );

/** The toolbar badge, read from an extension page (the background page is not reachable). */
const badge = (page: Page) =>
  page.evaluate(() =>
    (
      globalThis as unknown as { browser: { browserAction: { getBadgeText(d: object): Promise<string> } } }
    ).browser.browserAction.getBadgeText({}),
  );

/** An office campaign running from three days ago for a month, every day a working day, with the challenge's two daily pledges. */
function officeCampaign() {
  const day = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
  const json = validCampaignJson();
  return {
    ...json,
    id: 'co-quan',
    start: day(-3),
    end: day(27),
    workingDays: [1, 2, 3, 4, 5, 6, 7],
    pledges: [
      ...json.pledges,
      { id: 'no-single-use-plastic', kind: 'daily', label: { vi: 'Không dùng nhựa một lần' } },
    ],
  };
}

const NYLON = 'Không sử dụng túi nilon khó phân hủy';
const PLASTIC = 'Không sử dụng sản phẩm nhựa dùng một lần';

describe('in real Firefox (issue #14)', () => {
  test('a fresh install starts the 30-day challenge, records two pledges, keeps them after a reload; the badge says 2; the charts draw; its days save as a spreadsheet; carried into an office campaign, the summary downloads and verifies', async () => {
    const scratch = await scratchDir();
    const firefox = await launch({ downloads: scratch });
    const popup = await firefox.open('popup.html');
    await eventually(() => bodyText(popup)).toContain('Hôm nay chưa có chiến dịch nào đang diễn ra.');
    await (await control(popup, 'Họ và tên')).type('Đỗ Thị Mai');
    await clickButton(popup, 'Bắt đầu thử thách 30 ngày hôm nay');
    await eventually(() => bodyText(popup)).toContain('Văn phòng xanh 30 ngày');
    await (await control(popup, NYLON)).click();
    await eventually(() => bodyText(popup)).toContain(`Đã ghi: ${NYLON}`);
    await (await control(popup, PLASTIC)).click();
    await eventually(() => bodyText(popup)).toContain(`Đã ghi: ${PLASTIC}`);
    await eventually(() => badge(popup)).toBe('2');

    await reload(popup);
    await eventually(() => checked(popup, NYLON)).toBe(true);
    expect(await checked(popup, PLASTIC)).toBe(true);
    expect(await badge(popup)).toBe('2');

    // The dashboard's charts are drawn: each canvas has pixels that are not blank.
    const dashboard = await firefox.open('options.html#progress');
    await eventually(() =>
      dashboard.evaluate(() => {
        const canvases = [...document.querySelectorAll('canvas')];
        return (
          canvases.length > 0 &&
          canvases.every((c) => {
            const pixels = c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data ?? [];
            return pixels.some((value, i) => i % 4 === 3 && value > 0);
          })
        );
      }),
    ).toBe(true);

    // A personal challenge is sent to nobody: its data section offers the days as a spreadsheet.
    const mine = await firefox.open('options.html#data');
    await eventually(() => bodyText(mine)).toContain('không gửi cho ai');
    await clickButton(mine, 'Xem các ngày đã ghi');
    await clickButton(mine, 'Tải bảng tính (.csv)');
    await eventually(async () => (await readdir(scratch)).filter((f) => f.endsWith('.csv')).length).toBe(1);

    // The office's campaign arrives while it runs: the day comes over, a department is chosen,
    // and the summary for the office is previewed, downloaded, and its signature holds.
    const office = join(await elsewhere(), 'chien-dich_co-quan.json');
    await writeFile(office, JSON.stringify(officeCampaign()));
    const settings = await firefox.open('options.html#settings');
    await (await control(settings, CAMPAIGN_INPUT)).uploadFile(office);
    await clickButton(settings, 'Chuyển 1 ngày sang');
    await eventually(() => bodyText(settings)).toContain('Đã chuyển 1 ngày sang');
    await ((await control(settings, 'Phòng, ban, đơn vị')) as unknown as ElementHandle<HTMLSelectElement>).select(
      'ldvp',
    );
    await clickButton(settings, 'Lưu');
    const data = await firefox.open('options.html#data');
    await clickButton(data, 'Xem trước nội dung sẽ gửi');
    await clickButton(data, 'Tải tệp tổng hợp để gửi (.json)');
    await eventually(async () => (await readdir(scratch)).filter((f) => f.endsWith('.json')).length).toBe(1);
    const [name] = (await readdir(scratch)).filter((f) => f.endsWith('.json'));
    // Firefox makes the file before it has written it all: wait until it reads whole.
    const whole = async () => JSON.parse(await readFile(join(scratch, name!), 'utf8')) as Summary;
    await eventually(async () => (await whole().catch(() => undefined)) !== undefined).toBe(true);
    const summary = await whole();
    expect(summary.participant.name).toBe('Đỗ Thị Mai');
    expect(summary.days[0]!.pledges).toMatchObject({ 'no-nylon-bags': 1, 'no-single-use-plastic': 1 });
    expect(await verifyFile(summary)).toBe(true);
  });

  test('the admin section imports 50 generated summaries and shows the generator’s totals', async () => {
    const scratch = await scratchDir();
    const { summaries, totals } = generateSummaries({ campaign, people: 50, seed: 20240614 });
    const paths = await writeSummaryFiles(scratch, summaries);
    const campaignFile = join(scratch, 'chien-dich.json');
    await writeFile(campaignFile, JSON.stringify(campaign));
    const firefox = await launch();

    // The office's campaign (the 2024 plan) loaded in Settings, then the admin section turned on.
    const settings = await firefox.open('options.html#settings');
    await (await control(settings, CAMPAIGN_INPUT)).uploadFile(campaignFile);
    await eventually(() => bodyText(settings)).toContain('Đã tải chiến dịch «Tháng hành động vì môi trường 2024»');
    await (await control(settings, ADMIN_CHECKBOX)).click();

    const admin = await firefox.open('options.html#admin/files');
    const input = await admin.waitForSelector('#summary-files');
    await (input as ElementHandle<HTMLInputElement>).uploadFile(...paths);
    await clickButton(admin, 'Ghi vào dữ liệu (50 tệp mới hoặc cập nhật)');
    await eventually(() => bodyText(admin)).toContain('Đã xử lý 50 tệp: 50 mới');
    // The figures are one link away in the section's own navigation.
    await admin.click('nav.subnav a[href="#admin/figures"]');
    await admin.waitForSelector('nav.subnav a[href="#admin/figures"][aria-current="page"]');

    const rows = () =>
      admin.evaluate(() =>
        Object.fromEntries(
          [...document.querySelectorAll('tr[data-department]')].map((tr) => [
            tr.getAttribute('data-department'),
            {
              submitted: tr.querySelector('td[data-cell="submitted"]')?.textContent,
              tookPart: tr.querySelector('td[data-cell="took-part"]')?.textContent,
              trees: tr.querySelector('td[data-pledge="tree-planting"]')?.textContent,
            },
          ]),
        ),
      );
    const vi = (n: number) => new Intl.NumberFormat('vi-VN').format(n);
    const expected = Object.fromEntries(
      Object.entries(totals.departments).map(([id, d]) => [
        id,
        { submitted: vi(d.people), tookPart: vi(d.tookPart), trees: vi(d.pledges['tree-planting'] ?? 0) },
      ]),
    );
    await eventually(rows).toEqual(expected);

    // Every other page of the section, by its link; Back returns to the page before.
    const heading = () => admin.evaluate(() => document.querySelector('main h2')?.textContent ?? '');
    for (const [path, title] of [
      ['admin/report', 'Báo cáo'],
      ['admin/share', 'Chia sẻ'],
      ['admin/campaign', 'Chiến dịch'],
      ['admin', 'Tổng hợp báo cáo'],
    ] as const) {
      await admin.click(`nav.subnav a[href="#${path}"]`);
      await eventually(heading).toMatch(new RegExp(`^${title} — `));
    }
    await eventually(() => bodyText(admin)).toContain('50 người (chưa có danh sách cán bộ)');
    await admin.evaluate(() => history.back());
    await eventually(heading).toMatch(/^Chiến dịch — /);
  });
});
