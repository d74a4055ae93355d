import { createPublicKey, verify } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import canonicalize from 'canonicalize';
import Papa from 'papaparse';
import type { Download, Locator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import {
  axeViolations,
  browserInVietnam,
  CAMPAIGN_NAME,
  DEPARTMENT,
  describeViolations,
  extensionUrl,
  freshBrowsers,
  type LaunchedExtension,
  NAME,
  openPopup,
  PLEDGES,
  pinServiceWorkerClock,
  setUp,
} from './helpers';
import { screenshotPath } from './screenshots';

// The dashboard (the options page) of the built extension in real Chromium, fed only through
// what a person does: pledges recorded in the popup, files saved and picked. Each test gets a
// fresh browser and profile, its clock pinned inside the built-in campaign (5–30 June 2024,
// Asia/Ho_Chi_Minh, working days Monday to Friday).

// Chromium takes its time zone from the environment it is started with: a browser in Vietnam.
browserInVietnam();

const CAMPAIGN_ID = 'backan-vp-wed-2024';
const PLEDGE_IDS = {
  nylon: 'no-nylon-bags',
  plastic: 'no-single-use-plastic',
  eco: 'eco-products',
  trees: 'tree-planting',
} as const;
/** 10:00 in Vietnam on Monday 10, Tuesday 11 and Wednesday 12 June 2024 (days 6, 7 and 8 of 26). */
const MON = new Date('2024-06-10T03:00:00Z');
const TUE = new Date('2024-06-11T03:00:00Z');
const WED = new Date('2024-06-12T03:00:00Z');
const DASHBOARD_VIEWPORT = { width: 1100, height: 1400 };
/** The first two pledges' colours in the charts (#2e7d32, #1565c0). */
const FIRST_COLOUR = [0x2e, 0x7d, 0x32] as const;
const SECOND_COLOUR = [0x15, 0x65, 0xc0] as const;

const browserAt = freshBrowsers();

/** A fresh browser whose pages (and background) believe it is `time`; time flows on from there. */
const start = (time: Date): Promise<LaunchedExtension> => browserAt(time);

/** Moves every page's clock and the background's to `time`. */
async function moveClock(started: LaunchedExtension, time: Date): Promise<void> {
  await started.context.clock.setSystemTime(time);
  await pinServiceWorkerClock(started, time);
}

/** Waits (up to 10 s) for a value read from a page: pages update after storage answers. */
const eventually = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 10_000, interval: 50 });
const pledge = (page: Page, label: string) => page.getByRole('checkbox', { name: label, exact: true });
const statusLine = (page: Page) => page.locator('p.status[role="status"]');

/** Ticks (or unticks) a daily pledge in the popup and waits until it is recorded. */
async function toggle(popup: Page, label: string): Promise<void> {
  const was = await pledge(popup, label).isChecked();
  await pledge(popup, label).click();
  await eventually(() => statusLine(popup).textContent()).toBe(`${was ? 'Đã bỏ' : 'Đã ghi'}: ${label}`);
  await eventually(() => pledge(popup, label).isChecked()).toBe(!was);
}

/** Adds one to an action pledge in the popup and waits until it is recorded. */
async function addOne(popup: Page, label: string): Promise<void> {
  const field = popup.getByRole('spinbutton', { name: label });
  const before = Number(await field.inputValue());
  await popup.getByRole('button', { name: `Thêm một: ${label}` }).click();
  await eventually(() => field.inputValue()).toBe(String(before + 1));
  await eventually(() => statusLine(popup).textContent()).toBe(`Đã ghi: ${label}`);
}

/** Moves the clock to `time` and reopens the popup on that day (day `number` of 26). */
async function popupOn(started: LaunchedExtension, popup: Page, time: Date, number: number): Promise<void> {
  await moveClock(started, time);
  await popup.reload();
  await popup.getByText(new RegExp(`^Ngày ${number}/26 · ngày làm việc · `)).waitFor();
  await popup.getByRole('checkbox').first().waitFor();
}

/** Saves and writes down a note for the day on view in the popup. */
async function saveNote(popup: Page, note: string): Promise<void> {
  await popup.getByLabel(/^Ghi chú cho ngày /).fill(note);
  await popup.getByRole('button', { name: 'Lưu ghi chú' }).click();
  await popup.getByText('Đã lưu ghi chú.').waitFor();
}

/** The dashboard in a new tab of a desktop window's size, on `section`. */
async function openDashboard(
  started: LaunchedExtension,
  section: 'progress' | 'settings' | 'data' = 'progress',
): Promise<Page> {
  const page = await started.context.newPage();
  await page.setViewportSize(DASHBOARD_VIEWPORT);
  await page.goto(`${extensionUrl(started.extensionId, 'options.html')}#${section}`);
  await page.getByRole('navigation', { name: 'Các mục của bảng điều khiển' }).waitFor();
  return page;
}

/** Goes to a section through the dashboard's own nav. */
async function goTo(page: Page, link: 'Tiến độ của tôi' | 'Cài đặt' | 'Dữ liệu của tôi'): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: link, exact: true }).click();
  await eventually(() => page.getByRole('link', { name: link, exact: true }).getAttribute('aria-current')).toBe('page');
}

const figure = (page: Page, id: 'streak' | 'days-taken' | 'completion' | 'late-days') =>
  page.locator(`dd[data-figure="${id}"]`);
const total = (page: Page, pledgeId: string) => page.locator(`tr[data-pledge="${pledgeId}"] td`);

/** The four figure cards and every row of the totals table, as the page shows them. */
async function progressFigures(page: Page): Promise<Record<string, string>> {
  await page.getByRole('heading', { name: 'Tiến độ của tôi trong chiến dịch' }).waitFor();
  await figure(page, 'days-taken').waitFor();
  const read: Record<string, string> = {};
  for (const id of ['streak', 'days-taken', 'completion', 'late-days'] as const)
    read[id] = (await figure(page, id).textContent())!.trim();
  for (const row of await page.locator('tr[data-pledge]').all()) {
    read[(await row.getAttribute('data-pledge'))!] = (await row.locator('td').textContent())!.trim();
  }
  return read;
}

/** The three charts, found as a screen reader finds them: images named by their labels. */
const charts = (page: Page) => ({
  daily: page.getByRole('img', { name: /^Biểu đồ cột: số cam kết đã giữ mỗi ngày/ }),
  cumulative: page.getByRole('img', { name: /^Biểu đồ đường:/ }),
  heatmap: page.getByRole('img', { name: /^Lịch nhiệt:/ }),
});

interface Pixels {
  /** The canvas's size in device pixels. */
  width: number;
  height: number;
  /** Pixels that are neither transparent nor white: something was drawn there. */
  drawn: number;
  /** Opaque pixels of the first pledge's colour (within a few levels). */
  firstColour: number;
  /** Pixels clearly green (green well above red and blue), whatever their shade. */
  greenish: number;
  /** The legend box a dataset gets is 12×12 CSS pixels; this is its area in device pixels. */
  legendBox: number;
  dataUrl: string;
}

/** Reads what a chart's canvas holds. */
function pixelsOf(canvas: Locator): Promise<Pixels> {
  return canvas.evaluate((element, colour) => {
    const el = element as HTMLCanvasElement;
    const { data } = el.getContext('2d')!.getImageData(0, 0, el.width, el.height);
    let drawn = 0;
    let firstColour = 0;
    let greenish = 0;
    for (let i = 0; i < data.length; i += 4) {
      const [r, g, b, a] = [data[i]!, data[i + 1]!, data[i + 2]!, data[i + 3]!];
      if (a === 0) continue;
      if (r < 250 || g < 250 || b < 250) drawn += 1;
      if (a > 240 && Math.abs(r - colour[0]) <= 6 && Math.abs(g - colour[1]) <= 6 && Math.abs(b - colour[2]) <= 6)
        firstColour += 1;
      if (g > r + 40 && g > b + 40) greenish += 1;
    }
    const ratio = el.width / el.getBoundingClientRect().width;
    return {
      width: el.width,
      height: el.height,
      drawn,
      firstColour,
      greenish,
      legendBox: Math.ceil(12 * ratio) ** 2,
      dataUrl: el.toDataURL(),
    };
  }, FIRST_COLOUR);
}

/**
 * How many bars of `colour` a bar chart shows: runs of neighbouring pixel columns holding a
 * stretch of that colour taller than a legend box (so the legend's own box does not count).
 */
function barsOf(canvas: Locator, colour: readonly [number, number, number]): Promise<number> {
  return canvas.evaluate((element, rgb) => {
    const el = element as HTMLCanvasElement;
    const { data } = el.getContext('2d')!.getImageData(0, 0, el.width, el.height);
    const ratio = el.width / el.getBoundingClientRect().width;
    const tallerThan = 2 * 12 * ratio;
    let bars = 0;
    let inBar = false;
    for (let x = 0; x < el.width; x++) {
      let height = 0;
      for (let y = 0; y < el.height; y++) {
        const i = (y * el.width + x) * 4;
        const same = data[i + 3]! > 240 && [0, 1, 2].every((c) => Math.abs(data[i + c]! - rgb[c]!) <= 6);
        if (same) height += 1;
      }
      const isBar = height > tallerThan;
      if (isBar && !inBar) bars += 1;
      inBar = isBar;
    }
    return bars;
  }, colour);
}

/** Clicks a button that saves a file and returns the file's name and content. */
async function saveFile(page: Page, button: string): Promise<{ name: string; content: Buffer; download: Download }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  const path = await download.path();
  return { name: download.suggestedFilename(), content: await readFile(path), download };
}

/** Picks a file in the restore field, then answers "Khôi phục" to the question. */
async function restoreFrom(page: Page, file: { name: string; content: Buffer }): Promise<void> {
  await page
    .getByLabel('Khôi phục từ tệp sao lưu (.json)')
    .setInputFiles({ name: file.name, mimeType: 'application/json', buffer: file.content });
  const question = page.getByRole('alertdialog');
  await question.waitFor();
  expect(await question.textContent()).toContain(`«${file.name}»`);
  await question.getByRole('button', { name: 'Khôi phục', exact: true }).click();
  await question.waitFor({ state: 'detached' });
}

/**
 * Records, through the popup, three days of the campaign: Monday the first pledge; Tuesday the
 * first two; Wednesday the first pledge and one tree planted. Leaves the popup on Wednesday.
 */
async function recordThreeDays(started: LaunchedExtension): Promise<Page> {
  const popup = await openPopup(started.context, started.extensionId);
  await setUp(popup);
  await popupOn(started, popup, MON, 6);
  await toggle(popup, PLEDGES.nylon);
  await popupOn(started, popup, TUE, 7);
  await toggle(popup, PLEDGES.nylon);
  await toggle(popup, PLEDGES.plastic);
  await popupOn(started, popup, WED, 8);
  await toggle(popup, PLEDGES.nylon);
  await addOne(popup, PLEDGES.trees);
  return popup;
}

/** The figures after `recordThreeDays`, seen on Wednesday. */
const THREE_DAYS = {
  // Monday to Wednesday without a gap (Friday 7 June, a working day, was missed).
  streak: '3',
  'days-taken': '3',
  // 3 of the 6 working days so far (5, 6, 7, 10, 11, 12 June).
  completion: '50%',
  'late-days': '0',
  [PLEDGE_IDS.nylon]: '3 ngày',
  [PLEDGE_IDS.plastic]: '1 ngày',
  [PLEDGE_IDS.eco]: '0 ngày',
  [PLEDGE_IDS.trees]: '1 cây',
};

describe('dashboard', () => {
  test('pledges recorded on several days in the popup appear on the dashboard, with drawn charts', async () => {
    const started = await start(MON);
    await recordThreeDays(started);

    const page = await openDashboard(started);
    // The browser runs in Vietnam's time (UTC+7; ICU may call the zone Asia/Saigon).
    expect(await page.evaluate(() => new Date().getTimezoneOffset())).toBe(-420);
    expect(await page.getByRole('link', { name: 'Tiến độ của tôi', exact: true }).getAttribute('aria-current')).toBe(
      'page',
    );
    await page.getByRole('heading', { name: 'Tiến độ của tôi trong chiến dịch' }).waitFor();
    expect(await page.getByText('Bạn chưa ghi cam kết nào trong chiến dịch này.').count()).toBe(0);
    expect(await progressFigures(page)).toMatchObject(THREE_DAYS);
    // Every pledge of the campaign has its row, recorded or not.
    expect(await page.locator('tr[data-pledge]').count()).toBe(8);
    expect(await page.getByRole('table', { name: 'Cam kết đã giữ: tổng theo từng cam kết' }).isVisible()).toBe(true);

    // The charts' labels carry the figures for those who cannot see them.
    const { daily, cumulative, heatmap } = charts(page);
    expect(await daily.getAttribute('aria-label')).toContain('đã tham gia 3 ngày');
    expect(await cumulative.getAttribute('aria-label')).toBe(
      'Biểu đồ đường: đã tham gia 3 ngày trên 6 ngày làm việc đến nay.',
    );
    // Three charts (the picture to share, issue #13, is a canvas of its own below them).
    expect(await page.locator('.chart canvas').count()).toBe(3);

    // Every chart is drawn: each canvas holds pixels that are neither transparent nor white.
    for (const [name, canvas] of Object.entries({ daily, cumulative, heatmap })) {
      const pixels = await pixelsOf(canvas);
      expect(pixels.width, `${name}: canvas width`).toBeGreaterThan(100);
      expect(pixels.height, `${name}: canvas height`).toBeGreaterThan(100);
      expect(pixels.drawn, `${name}: drawn pixels`).toBeGreaterThan(pixels.width * pixels.height * 0.01);
      expect(pixels.greenish, `${name}: green pixels`).toBeGreaterThan(0);
    }
    // The daily bars: three days of the first pledge are green bars, far more green than the
    // legend's one little box of that colour.
    const bars = await pixelsOf(daily);
    expect(bars.firstColour, 'daily bars: pixels of #2e7d32').toBeGreaterThan(bars.legendBox * 4);
    expect(await barsOf(daily, FIRST_COLOUR), 'daily bars: green bars (Monday to Wednesday)').toBe(3);
    expect(await barsOf(daily, SECOND_COLOUR), 'daily bars: blue bars (Tuesday)').toBe(1);

    // For the README: the dashboard as a person sees it after three days.
    await page.screenshot({ path: await screenshotPath('dashboard.png'), fullPage: true });
  });

  test('a pledge recorded in the popup shows on the open dashboard without a reload', async () => {
    const started = await start(MON);
    const popup = await recordThreeDays(started);
    const page = await openDashboard(started);
    expect(await progressFigures(page)).toMatchObject(THREE_DAYS);
    const daily = charts(page).daily;
    const before = await pixelsOf(daily);
    expect(await barsOf(daily, SECOND_COLOUR), 'blue bars before').toBe(1);
    const url = page.url();

    // Wednesday: the second pledge too, in the popup, the dashboard left open in its tab.
    await toggle(popup, PLEDGES.plastic);

    await eventually(() => total(page, PLEDGE_IDS.plastic).textContent()).toBe('2 ngày');
    expect(await progressFigures(page)).toMatchObject({ ...THREE_DAYS, [PLEDGE_IDS.plastic]: '2 ngày' });
    await eventually(async () => (await pixelsOf(daily)).dataUrl !== before.dataUrl).toBe(true);
    expect(await barsOf(daily, SECOND_COLOUR), 'blue bars after: Tuesday and Wednesday').toBe(2);
    const after = await pixelsOf(daily);

    // A day taken part more: Thursday, the first pledge.
    await popupOn(started, popup, new Date('2024-06-13T03:00:00Z'), 9);
    await toggle(popup, PLEDGES.nylon);
    await eventually(() => figure(page, 'days-taken').textContent()).toBe('4');
    await eventually(() => total(page, PLEDGE_IDS.nylon).textContent()).toBe('4 ngày');
    await eventually(() => figure(page, 'streak').textContent()).toBe('4');
    await eventually(async () => (await pixelsOf(daily)).dataUrl !== after.dataUrl).toBe(true);
    expect(await barsOf(daily, FIRST_COLOUR), 'green bars: Monday to Thursday').toBe(4);
    expect(await charts(page).cumulative.getAttribute('aria-label')).toContain('đã tham gia 4 ngày');
    expect(page.url(), 'the dashboard was not reloaded').toBe(url);
  });

  test('the exported summary is the file the office expects', async () => {
    const NOTE = '=SUM(A1:A9) cả phòng mang bình nước, "không" dùng cốc nhựa';
    const started = await start(WED);
    const popup = await openPopup(started.context, started.extensionId);
    await setUp(popup);
    // Wednesday: two pledges, two trees planted, and a note starting like a spreadsheet formula.
    await toggle(popup, PLEDGES.nylon);
    await toggle(popup, PLEDGES.plastic);
    await addOne(popup, PLEDGES.trees);
    await addOne(popup, PLEDGES.trees);
    await saveNote(popup, NOTE);
    // Tuesday, recorded late: the first pledge.
    await popup.getByRole('radio', { name: '11/06/2024 (ghi muộn)' }).check();
    await popup.getByText('Ngày 11/06/2024 đã qua').waitFor();
    await toggle(popup, PLEDGES.nylon);

    const page = await openDashboard(started);
    await goTo(page, 'Dữ liệu của tôi');
    await page
      .getByRole('heading', { name: 'Tệp tổng hợp tham gia gửi Phòng Hành chính tổ chức – Quản trị tài vụ' })
      .waitFor();
    await page.getByRole('button', { name: 'Xem trước nội dung sẽ gửi' }).click();

    // The preview: who, which campaign, which export, and the days.
    const preview = page.locator('.preview');
    await preview.getByRole('heading', { name: 'Nội dung sẽ được chia sẻ' }).waitFor();
    const facts = async () =>
      Object.fromEntries(
        await Promise.all(
          (await preview.locator('dl dt').all()).map(async (dt) => [
            await dt.textContent(),
            await dt.locator('+ dd').textContent(),
          ]),
        ),
      );
    expect(await facts()).toEqual({
      'Họ và tên': NAME,
      'Phòng, ban, đơn vị': DEPARTMENT.label,
      'Chiến dịch': CAMPAIGN_NAME,
      'Lần xuất': '1',
    });
    const days = preview.getByRole('table', { name: '2 ngày có ghi cam kết hoặc ghi chú' });
    await days.waitFor();
    const rows = await days.locator('tbody tr').all();
    expect(rows).toHaveLength(2);
    expect(await rows[0]!.locator('th').textContent()).toBe('11/06/2024');
    expect(await rows[0]!.locator('td').allTextContents()).toEqual([PLEDGES.nylon, '']);
    expect(await rows[1]!.locator('th').textContent()).toBe('12/06/2024');
    expect(await rows[1]!.locator('td').allTextContents()).toEqual([
      `${PLEDGES.nylon}; ${PLEDGES.plastic}; ${PLEDGES.trees} × 2`,
      NOTE,
    ]);

    // The file to send.
    const json = await saveFile(page, 'Tải tệp tổng hợp để gửi (.json)');
    expect(json.name).toBe(`tong-hop_${CAMPAIGN_ID}_nguyen-thi-hoa_r1.json`);
    const summary = JSON.parse(json.content.toString('utf8'));
    expect(summary).toMatchObject({
      format: 'green-office/summary',
      version: 1,
      campaign: { id: CAMPAIGN_ID, start: '2024-06-05', end: '2024-06-30', timeZone: 'Asia/Ho_Chi_Minh' },
      participant: { name: NAME, department: DEPARTMENT.id },
      revision: 1,
      app: 'green-office-pledge 0.1.0',
    });
    expect(summary.participant.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    // Signed by this install (issue #5): Node's own crypto verifies it over the RFC 8785 JSON.
    const { signature, ...signedPart } = summary;
    expect(signature).toMatchObject({ alg: 'ES256', publicKey: { kty: 'EC', crv: 'P-256' } });
    const key = createPublicKey({ key: signature.publicKey, format: 'jwk' });
    const signedBytes = Buffer.from(canonicalize(signedPart)!);
    expect(
      verify('sha256', signedBytes, { key, dsaEncoding: 'ieee-p1363' }, Buffer.from(signature.value, 'base64url')),
    ).toBe(true);
    // Exported on Wednesday, shortly after 10:00 in Vietnam.
    expect(Date.parse(summary.exportedAt) - WED.getTime()).toBeGreaterThanOrEqual(0);
    expect(Date.parse(summary.exportedAt) - WED.getTime()).toBeLessThan(10 * 60_000);
    expect(summary.days).toEqual([
      { date: '2024-06-11', pledges: { [PLEDGE_IDS.nylon]: 1 } },
      {
        date: '2024-06-12',
        pledges: { [PLEDGE_IDS.nylon]: 1, [PLEDGE_IDS.plastic]: 1, [PLEDGE_IDS.trees]: 2 },
        note: NOTE,
      },
    ]);
    expect(Object.keys(summary).sort()).toEqual([
      'app',
      'campaign',
      'days',
      'exportedAt',
      'format',
      'participant',
      'revision',
      'signature',
      'version',
    ]);
    await page
      .getByRole('status')
      .filter({ hasText: `Đã tạo tệp «${json.name}» (lần xuất 1)` })
      .waitFor();

    // Exported again: the next revision, the same days.
    await page.getByRole('button', { name: 'Xem trước nội dung sẽ gửi' }).click();
    await eventually(facts).toMatchObject({ 'Lần xuất': '2' });
    const again = await saveFile(page, 'Tải tệp tổng hợp để gửi (.json)');
    expect(again.name).toBe(`tong-hop_${CAMPAIGN_ID}_nguyen-thi-hoa_r2.json`);
    const second = JSON.parse(again.content.toString('utf8'));
    expect(second.revision).toBe(2);
    expect(second.participant).toEqual(summary.participant);
    expect(second.days).toEqual(summary.days);

    // The spreadsheet: UTF-8 with a BOM, Vietnamese headings, one row a day, the formula defused.
    await page.getByRole('button', { name: 'Xem trước nội dung sẽ gửi' }).click();
    const csv = await saveFile(page, 'Tải bảng tính (.csv)');
    expect(csv.name).toBe(`bang-tinh_${CAMPAIGN_ID}_nguyen-thi-hoa_2024-06-12.csv`);
    expect([...csv.content.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = csv.content.toString('utf8').slice(1);
    const parsed = Papa.parse<string[]>(text, { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const [header, ...lines] = parsed.data;
    expect(header!.slice(0, 5)).toEqual(['Họ và tên', 'Phòng, ban', 'Ngày', 'Ngày thứ', 'Loại ngày']);
    expect(header).toContain(PLEDGES.nylon);
    expect(header!.at(-1)).toBe('Ghi chú');
    expect(lines).toHaveLength(2);
    const cell = (line: string[], heading: string) => line[header!.indexOf(heading)];
    expect(lines.map((l) => cell(l, 'Ngày'))).toEqual(['2024-06-11', '2024-06-12']);
    expect(lines.map((l) => cell(l, 'Họ và tên'))).toEqual([NAME, NAME]);
    expect(lines.map((l) => cell(l, 'Ngày thứ'))).toEqual(['7', '8']);
    expect(lines.map((l) => cell(l, PLEDGES.nylon))).toEqual(['1', '1']);
    expect(lines.map((l) => cell(l, PLEDGES.plastic))).toEqual(['', '1']);
    expect(header).toContain(`${PLEDGES.trees} (cây)`);
    expect(cell(lines[1]!, `${PLEDGES.trees} (cây)`)).toBe('2');
    // The note as text: it starts with ' so that a spreadsheet never runs it as a formula.
    expect(cell(lines[1]!, 'Ghi chú')).toBe(`'${NOTE}`);
    expect(cell(lines[0]!, 'Ghi chú')).toBe('');
  });

  test('a backup restored after clearing gives back identical data', async () => {
    const started = await start(MON);
    const popup = await recordThreeDays(started);
    await saveNote(popup, 'Mang túi vải đi chợ');
    const page = await openDashboard(started);
    const original = await progressFigures(page);
    expect(original).toMatchObject(THREE_DAYS);

    await goTo(page, 'Dữ liệu của tôi');
    await page
      .getByText('Gỡ tiện ích hoặc xoá dữ liệu trình duyệt sẽ xoá hết các ngày đã ghi', { exact: false })
      .waitFor();
    const backup = await saveFile(page, 'Tải bản sao lưu toàn bộ dữ liệu');
    expect(backup.name).toBe('sao-luu_cam-ket-van-phong-xanh_2024-06-12.json');
    await page.getByRole('status').filter({ hasText: 'Đã tạo bản sao lưu.' }).waitFor();

    // Things change after the backup: the first pledge unticked, another one ticked, the note gone.
    await toggle(popup, PLEDGES.nylon);
    await toggle(popup, PLEDGES.eco);
    await saveNote(popup, '');
    await goTo(page, 'Tiến độ của tôi');
    await eventually(() => total(page, PLEDGE_IDS.eco).textContent()).toBe('1 ngày');
    expect(await progressFigures(page)).not.toEqual(original);

    // Restored: the dashboard and the popup are as they were.
    await goTo(page, 'Dữ liệu của tôi');
    await restoreFrom(page, backup);
    await page
      .getByRole('status')
      .filter({ hasText: `Đã khôi phục dữ liệu từ «${backup.name}».` })
      .waitFor();
    await goTo(page, 'Tiến độ của tôi');
    await eventually(() => total(page, PLEDGE_IDS.eco).textContent()).toBe('0 ngày');
    expect(await progressFigures(page)).toEqual(original);
    await popup.reload();
    await popup.getByRole('heading', { name: CAMPAIGN_NAME }).waitFor();
    await eventually(() => pledge(popup, PLEDGES.nylon).isChecked()).toBe(true);
    expect(await pledge(popup, PLEDGES.eco).isChecked()).toBe(false);
    expect(await popup.getByRole('spinbutton', { name: PLEDGES.trees }).inputValue()).toBe('1');
    expect(await popup.getByLabel(/^Ghi chú cho ngày /).inputValue()).toBe('Mang túi vải đi chợ');

    // A backup made now holds exactly what the first one held, but the backup date: a restore
    // counts as backed up (the data equals a file in hand).
    await goTo(page, 'Dữ liệu của tôi');
    const copy = await saveFile(page, 'Tải bản sao lưu toàn bộ dữ liệu');
    const tables = (file: Buffer) =>
      (JSON.parse(file.toString('utf8')).data.data as { tableName: string; rows: Record<string, unknown>[] }[]).map(
        (t) => ({
          ...t,
          rows: t.rows.map(({ lastBackupAt: _when, ...row }) => row),
        }),
      );
    expect(tables(copy.content)).toEqual(tables(backup.content));

    // A file that is not a backup (the summary for the office) is refused; nothing changes.
    await page.getByRole('button', { name: 'Xem trước nội dung sẽ gửi' }).click();
    const summary = await saveFile(page, 'Tải tệp tổng hợp để gửi (.json)');
    await restoreFrom(page, summary);
    const refusal = page.getByRole('alert');
    await refusal.waitFor();
    expect(await refusal.textContent()).toBe(
      `Không khôi phục từ «${summary.name}»: không phải tệp sao lưu của tiện ích này. Dữ liệu hiện tại vẫn giữ nguyên.`,
    );
    await goTo(page, 'Tiến độ của tôi');
    expect(await progressFigures(page)).toEqual(original);
    await popup.reload();
    await popup.getByRole('heading', { name: CAMPAIGN_NAME }).waitFor();
    await eventually(() => pledge(popup, PLEDGES.nylon).isChecked()).toBe(true);
    expect(await popup.getByRole('spinbutton', { name: PLEDGES.trees }).inputValue()).toBe('1');
    await started.close();

    // Cleared for good (a new browser profile, as after uninstalling): the backup brings it all back.
    const fresh = await start(WED);
    const empty = await openDashboard(fresh, 'data');
    await restoreFrom(empty, backup);
    await empty
      .getByRole('status')
      .filter({ hasText: `Đã khôi phục dữ liệu từ «${backup.name}».` })
      .waitFor();
    await goTo(empty, 'Tiến độ của tôi');
    expect(await progressFigures(empty)).toEqual(original);
    const newPopup = await openPopup(fresh.context, fresh.extensionId);
    await newPopup.getByRole('heading', { name: CAMPAIGN_NAME }).waitFor();
    await eventually(() => pledge(newPopup, PLEDGES.nylon).isChecked()).toBe(true);
    expect(await newPopup.getByLabel('Họ và tên').count(), 'no set-up form: the profile came back').toBe(0);
    expect(await newPopup.locator('dd[data-stat="days-taken"]').textContent()).toBe('3');
  });

  test('every dashboard section has no axe-core violations', async () => {
    const started = await start(WED);
    const popup = await openPopup(started.context, started.extensionId);
    await setUp(popup);
    const page = await openDashboard(started);
    const check = async (where: string) => {
      const violations = await axeViolations(page);
      expect.soft(violations, `${where}:\n${describeViolations(violations)}`).toEqual([]);
    };

    await page.getByText('Bạn chưa ghi cam kết nào trong chiến dịch này.').waitFor();
    await check('#progress, nothing recorded yet');

    await goTo(page, 'Cài đặt');
    await page.getByLabel('Ngôn ngữ').waitFor();
    await check('#settings');

    await toggle(popup, PLEDGES.nylon);
    await addOne(popup, PLEDGES.trees);
    await saveNote(popup, 'Tắt điều hoà khi ra về');
    await goTo(page, 'Tiến độ của tôi');
    await figure(page, 'days-taken').waitFor();
    await eventually(() => figure(page, 'days-taken').textContent()).toBe('1');
    await check('#progress with pledges recorded');

    await goTo(page, 'Dữ liệu của tôi');
    await page.getByRole('button', { name: 'Xem trước nội dung sẽ gửi' }).click();
    await page.getByRole('heading', { name: 'Nội dung sẽ được chia sẻ' }).waitFor();
    await check('#data, summary preview open');

    await page
      .getByLabel('Khôi phục từ tệp sao lưu (.json)')
      .setInputFiles({ name: 'khac.json', mimeType: 'application/json', buffer: Buffer.from('{}') });
    await page.getByRole('alertdialog').waitFor();
    await check('#data, restore question');
    await page.getByRole('button', { name: 'Khôi phục', exact: true }).click();
    await page.getByRole('alert').waitFor();
    await check('#data, restore refused');
  });
});
