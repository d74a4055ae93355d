// The year-round bench's staff part (tests/bench/year.mjs): one member of staff with all 366 days
// recorded, seeded by restoring a backup through the Data page as a person moving to a new computer
// does. The popup's first paint and "today's pledges interactive" against a blank page of the same
// extension (as run.mjs measures the popup), medians of 15 loads taken in turn with the same popup
// with no day recorded in a second browser; the staff summary export on the Data page, "save"
// clicked → the file, against a raw IndexedDB read of the campaign's entries and notes, then the same
// serialising and signing of the summary it got.
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { datesOf, mulberry32 } from '../fixtures/summaries.js';
import { BUILD, buildOnce, launch, startProfile, stopProfile } from './browser.mjs';
import { clickToFile, medianOf, signedJsonFloor, watchDownloads } from './file-floors.mjs';
import { installPopupProbes, loadBlank, loadPopup, median, writeBlankPage } from './popup-pages.mjs';
import { ROUNDS, writeYearCampaign, YEAR, yearRows } from './year.mjs';

const { campaign } = YEAR;
const POPUP_RUNS = 15;
const WARM_UP = 3;

/** A backup saved through the Data page, given back with every date of the year recorded. */
function withYearRecorded(backupText) {
  const backup = JSON.parse(backupText);
  const random = mulberry32(366);
  const at = '2028-12-31T09:00:00+07:00';
  const entries = [];
  const notes = [];
  for (const date of datesOf(campaign)) {
    const pledges = campaign.pledges.filter((_p, i) => i === 0 || random() < 0.6);
    for (const p of pledges)
      entries.push({
        campaignId: campaign.id,
        date,
        pledgeId: p.id,
        count: p.kind === 'daily' ? 1 : 1 + Math.floor(random() * 5),
        late: false,
        recordedAt: at,
        updatedAt: at,
        deleted: false,
      });
    if (random() < 0.15)
      notes.push({ campaignId: campaign.id, date, note: 'Mang bình nước cá nhân đi làm.', updatedAt: at });
  }
  for (const [name, rows] of [
    ['entries', entries],
    ['notes', notes],
  ]) {
    const table = backup.data.data.find((t) => t.tableName === name);
    table.rows = rows;
    backup.data.tables.find((t) => t.name === name).rowCount = rows.length;
  }
  return JSON.stringify(backup);
}

/**
 * Medians of the popup's first paint and interactive, and of a blank page's first paint, over fresh
 * loads in each browser, taken in turn so that the machine's load weighs on each alike.
 */
async function popupLoads(browsers) {
  const samples = browsers.map(() => ({ blank: [], firstPaint: [], interactive: [] }));
  for (let i = -WARM_UP; i < POPUP_RUNS; i++) {
    for (const [b, { context, url }] of browsers.entries()) {
      const blank = await loadBlank(context, url);
      const loaded = await loadPopup(context, url);
      await loaded.page.close();
      if (i < 0) continue;
      samples[b].blank.push(blank.firstPaint);
      samples[b].firstPaint.push(loaded.firstPaint);
      samples[b].interactive.push(loaded.interactive);
    }
  }
  return samples.map((s) => ({
    ...Object.fromEntries(Object.entries(s).map(([k, xs]) => [k, median(xs)])),
    samples: s,
  }));
}

/** A fresh browser on the popup's day, with the movement's file loaded and a member of staff set up in the popup. */
async function staffBrowser(extensionDir, campaignFile) {
  const browser = await launch(extensionDir, { day: YEAR.popupDay, viewport: { width: 400, height: 600 } });
  const { context, url } = browser;
  await installPopupProbes(context);
  const page = await context.newPage();
  await page.goto(url('options.html#settings'));
  await page.getByLabel('Tải tệp chiến dịch (.json) do cơ quan, đơn vị gửi').setInputFiles(campaignFile);
  await page.getByText(/^Đã tải chiến dịch «/).waitFor();
  const popup = await context.newPage();
  await popup.goto(url('popup.html'));
  await popup.getByLabel('Họ và tên').fill('Nguyễn Thị Lan');
  await popup.getByLabel('Phòng, ban, đơn vị').selectOption('tong-hop');
  await popup.getByRole('button', { name: 'Bắt đầu' }).click();
  await popup.locator('input[type="checkbox"]').first().waitFor();
  await popup.close();
  await page.setViewportSize({ width: 1100, height: 1400 });
  return { ...browser, page };
}

/**
 * One member of staff with a year recorded: the popup's first paint and interactive, and the
 * summary export. Beside it, in a second browser measured in turn, the same person with no day recorded.
 */
export async function measureYearPopup(extensionDir, campaignFile, profile = false) {
  await writeBlankPage(extensionDir);
  const browser = await staffBrowser(extensionDir, campaignFile);
  const empty = await staffBrowser(extensionDir, campaignFile).catch(async (error) => {
    await browser.close();
    throw error;
  });
  const { context, url, page } = browser;
  try {
    // Seeded as a person would bring a year to a new computer: a backup restored on the Data page.
    await page.goto(url('options.html#data'));
    const [saved] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Tải bản sao lưu toàn bộ dữ liệu' }).click(),
    ]);
    const seeded = withYearRecorded(await readFile(await saved.path(), 'utf8'));
    await page.getByLabel('Khôi phục từ tệp sao lưu (.json)').setInputFiles({
      name: 'sao-luu-ca-nam.json',
      mimeType: 'application/json',
      buffer: Buffer.from(seeded),
    });
    await page.getByRole('alertdialog').getByRole('button', { name: 'Khôi phục', exact: true }).click();
    await page.getByText(/^Đã khôi phục dữ liệu từ «sao-luu-ca-nam\.json»/).waitFor({ timeout: 60_000 });

    // The popup, fresh loads against the blank page's: the year, and no day recorded (information).
    const [m, none] = await popupLoads([browser, empty]);
    await empty.close();
    if (profile) {
      // One more load, profiled from its navigation until the pledges can be clicked.
      const profiled = await context.newPage();
      const cdp = await context.newCDPSession(profiled);
      await startProfile(cdp);
      await profiled.goto(url('popup.html'));
      await profiled.waitForFunction(() => window.__pledgesReady ?? false, null, { timeout: 10_000 });
      await stopProfile(cdp, 'year-popup');
      await profiled.close();
    }

    // The staff summary export: the preview of 366 days, then "save" → the file.
    await page.goto('about:blank');
    await page.goto(url('options.html#data'));
    await watchDownloads(page);
    const rounds = [];
    let text = '';
    for (let i = 0; i < ROUNDS; i++) {
      const previewAt = Date.now();
      await page.getByRole('button', { name: 'Xem trước nội dung sẽ gửi' }).click();
      await page.getByText(/^366 ngày có ghi cam kết hoặc ghi chú/).waitFor({ timeout: 60_000 });
      const previewMs = Date.now() - previewAt;
      const saved = await clickToFile(page, 'Tải tệp tổng hợp để gửi (.json)');
      text = saved.bytes.toString('utf8');
      rounds.push({ ms: saved.ms, previewMs, bytes: saved.bytes.length });
    }
    const floor = await medianOf(ROUNDS, () => signedJsonFloor(page, text, { readEntries: campaign.id }));
    const summary = {
      ms: median(rounds.map((r) => r.ms)),
      previewMs: median(rounds.map((r) => r.previewMs)),
      bytes: rounds[0].bytes,
      days: JSON.parse(text).days.length,
      floor,
    };
    console.log(
      `  popup with 366 days: first paint ${m.firstPaint.toFixed(0)} ms, interactive ${m.interactive.toFixed(0)} ms (blank page ${m.blank.toFixed(0)} ms; ` +
        `no day recorded: ${none.firstPaint.toFixed(0)}, ${none.interactive.toFixed(0)}, blank ${none.blank.toFixed(0)} ms); ` +
        `summary export ${summary.ms.toFixed(0)} ms (${summary.days} days, ${(summary.bytes / 1000).toFixed(0)} kB; floor ${floor.ms.toFixed(0)} ms)`,
    );
    return { medians: m, withoutDays: none, summary };
  } finally {
    await empty.close();
    await browser.close();
  }
}

// Run alone, the popup part only: `node tests/bench/year.mjs [--profile]` (on the build in .output/chrome-mv3).
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  buildOnce();
  const scratch = await mkdtemp(join(tmpdir(), 'green-office-year-bench-'));
  try {
    const extensionDir = join(scratch, 'extension');
    await cp(BUILD, extensionDir, { recursive: true });
    const result = {
      popup: await measureYearPopup(extensionDir, await writeYearCampaign(scratch), process.argv.includes('--profile')),
    };
    const missed = [];
    for (const row of yearRows(result, missed).filter((r) => !r[0].includes('reports for')))
      console.log(row.join('  '));
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
