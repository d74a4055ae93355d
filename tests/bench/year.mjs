// The year-round case of `npm run bench` (tests/bench/merge.mjs, size "year"): a movement made from
// the year-round template (reports every month) over the leap year 2028, 366 days.
//   after the merge of 300 staff × 366 days, in the same page with the year kept (the merge and the
//   figures page opened afresh are measured by merge.mjs):
//     the office report file and the Word report, for the year and for the last whole month (the
//     period the report page starts on): click → the file handed to the browser. Floor: the same
//     page serialising the file it got, bare: canonical JSON (keys sorted), one ECDSA P-256 signature,
//     JSON.stringify with indent, a Blob and its download link (the report file); the docx's own XML
//     parts deflated by the browser's CompressionStream, a Blob and a download link (the Word report)
//   one member of staff with all 366 days recorded (seeded by restoring a backup through the Data
//   page, as a person moving to a new computer does), in a fresh browser:
//     the popup's first paint and "today's pledges interactive" against a blank page of the same
//     extension (tests/bench/popup-pages.mjs, as run.mjs measures the popup), medians of 15 loads;
//     the staff summary export on the Data page: "save" clicked → the file. Floor: a raw IndexedDB read
//     of the campaign's entries and notes, then the same serialising, signing and download of the
//     summary it got
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import JSZip from 'jszip';
import { datesOf, mulberry32 } from '../fixtures/summaries.js';
import { BUILD, buildOnce, launch, MB, startProfile, stopProfile } from './browser.mjs';
import { installPopupProbes, loadBlank, loadPopup, median, writeBlankPage } from './popup-pages.mjs';

const TEMPLATE = new URL('../../storage/campaign/templates/phong-trao-ca-nam.json', import.meta.url);
const yearRound = JSON.parse(await readFile(TEMPLATE, 'utf8'));
const campaign = {
  ...yearRound.campaign,
  id: 'phong-trao-van-phong-xanh-2028',
  organisationId: 'co-quan-thu-nghiem',
  organisation: { vi: 'Cơ quan thử nghiệm' },
  reportTo: { vi: 'Bộ phận tổng hợp' },
  start: '2028-01-01',
  end: '2028-12-31',
  departments: yearRound.campaign.departments.map(({ example: _example, ...department }) => department),
};

export const YEAR = {
  people: 300,
  campaign,
  /** Tuesday 2 January 2029, 10:00 in Vietnam: the report page starts on December 2028. */
  adminDay: Date.parse('2029-01-02T03:00:00Z'),
  /** Sunday 31 December 2028, 10:00 in Vietnam: the 366th day of the movement. */
  popupDay: Date.parse('2028-12-31T03:00:00Z'),
  periods: [
    { key: 'year', what: 'the year', from: '2028-01-01', to: '2028-12-31', query: '?from=2028-01-01&to=2028-12-31' },
    { key: 'month', what: 'last whole month (default)', from: '2028-12-01', to: '2028-12-31', query: '' },
  ],
};
const GOALS = { firstPaint: 1.2, interactive: 1.5, reportFile: 3, docx: 3, summary: 3 };
/** A file handed over within this many ms of the click meets its goal whatever its ratio: it is instant to a person. */
const INSTANT_MS = 100;
const ROUNDS = 5;
const POPUP_RUNS = 15;
const WARM_UP = 3;

export async function writeYearCampaign(scratch) {
  const file = join(scratch, 'phong-trao-2028.json');
  await writeFile(file, JSON.stringify(campaign, null, 2));
  return file;
}

/** Every `<a download>` the page clicks: its name and when (performance.now), in `__downloads`. */
const watchDownloads = (page) =>
  page.evaluate(() => {
    window.__downloads = [];
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function () {
      if (this.download) window.__downloads.push({ name: this.download, at: performance.now() });
      return click.call(this);
    };
    // When a button is clicked, as the page's own handlers first hear of it.
    document.addEventListener(
      'click',
      (event) => {
        if (event.target instanceof Element && event.target.closest('button')) window.__clickAt = performance.now();
      },
      true,
    );
  });

/**
 * Clicks the button named `name` as a person does (a real click: Chromium lets a page that was
 * clicked save one more file); ms from the click until the page hands the file over, its name and bytes.
 */
async function clickToFile(page, name) {
  const before = await page.evaluate(() => window.__downloads.length);
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 120_000 }),
    page.getByRole('button', { name, exact: true }).click(),
  ]);
  const timing = await (
    await page.waitForFunction(
      (before) => {
        const file = window.__downloads[before];
        return file ? { ms: file.at - window.__clickAt, name: file.name } : false;
      },
      before,
      { timeout: 120_000 },
    )
  ).jsonValue();
  return { ...timing, bytes: await readFile(await download.path()) };
}

/**
 * The part of a report's floor that sums: the office's kept summaries read raw beforehand (the page
 * holds them already), then added up bare by department and date over the period, as the file and
 * the Word report count them (`__benchSums`).
 */
const keepSubmissionsForSums = (page, campaignId) =>
  page.evaluate(async (campaignId) => {
    const request = (r) =>
      new Promise((ok, fail) => {
        r.onsuccess = () => ok(r.result);
        r.onerror = () => fail(r.error);
      });
    const db = await request(indexedDB.open('green-office'));
    const rows = await request(
      db.transaction('submissions').objectStore('submissions').index('campaignId').getAll(campaignId),
    );
    db.close();
    window.__benchSums = ({ from, to }) => {
      const departments = {};
      for (const row of rows) {
        departments[row.department] ??= { people: 0, tookPart: 0, days: {} };
        const department = departments[row.department];
        department.people++;
        let taken = 0;
        for (const day of row.days) {
          if (day.date < from || day.date > to) continue;
          const ids = Object.keys(day.pledges);
          if (ids.length === 0) continue;
          taken++;
          department.days[day.date] ??= { participants: 0, pledges: {} };
          const sums = department.days[day.date];
          sums.participants++;
          for (const id of ids) sums.pledges[id] = (sums.pledges[id] ?? 0) + day.pledges[id];
        }
        if (taken > 0) department.tookPart++;
      }
      return departments;
    };
    return rows.length;
  }, campaignId);

/**
 * The floor of a JSON file: the same object, in the same page, bare: canonical JSON, one ECDSA P-256
 * signature, JSON.stringify with indent, a Blob and a download link.
 */
const signedJsonFloor = (page, text, { readEntries = null, sums = null } = {}) =>
  page.evaluate(
    async ({ text, readEntries, sums }) => {
      const { signature: _s, ...file } = JSON.parse(text);
      const keys = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign']);
      const canonical = (value) =>
        Array.isArray(value)
          ? `[${value.map(canonical).join(',')}]`
          : value && typeof value === 'object'
            ? `{${Object.keys(value)
                .sort()
                .map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`)
                .join(',')}}`
            : JSON.stringify(value);
      const request = (r) =>
        new Promise((ok, fail) => {
          r.onsuccess = () => ok(r.result);
          r.onerror = () => fail(r.error);
        });
      const db = readEntries ? await request(indexedDB.open('green-office')) : null;
      const start = performance.now();
      if (db) {
        const tx = db.transaction(['entries', 'notes'], 'readonly');
        const range = IDBKeyRange.only(readEntries);
        await Promise.all(
          ['entries', 'notes'].map((t) => request(tx.objectStore(t).index('campaignId').getAll(range))),
        );
      }
      if (sums) window.__benchSums(sums);
      const bytes = new TextEncoder().encode(canonical(file));
      const value = await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, keys.privateKey, bytes);
      const out = { ...file, signature: { alg: 'ES256', value: btoa(String.fromCharCode(...new Uint8Array(value))) } };
      const blob = new Blob([`${JSON.stringify(out, null, 2)}\n`], { type: 'application/json;charset=utf-8' });
      const link = Object.assign(document.createElement('a'), {
        href: URL.createObjectURL(blob),
        download: 'floor.json',
      });
      // Not clicked: a page that saves files unasked is stopped by Chromium, the product's next
      // click with it (the click itself hands the Blob over and returns).
      const ms = performance.now() - start;
      URL.revokeObjectURL(link.href);
      db?.close();
      return ms;
    },
    { text, readEntries, sums },
  );

/** The floor of a Word file: its own parts (XML and media) deflated by the browser, a Blob and a download link. */
async function docxFloor(page, bytes, sums) {
  const zip = await JSZip.loadAsync(bytes);
  const parts = [];
  for (const file of Object.values(zip.files))
    if (!file.dir) parts.push({ name: file.name, base64: await file.async('base64') });
  return page.evaluate(
    async ({ parts, sums }) => {
      const raw = parts.map((p) => Uint8Array.from(atob(p.base64), (c) => c.charCodeAt(0)));
      const start = performance.now();
      window.__benchSums(sums);
      const deflated = await Promise.all(
        raw.map((b) => new Response(new Blob([b]).stream().pipeThrough(new CompressionStream('deflate-raw'))).blob()),
      );
      const blob = new Blob(deflated, { type: 'application/octet-stream' });
      const link = Object.assign(document.createElement('a'), {
        href: URL.createObjectURL(blob),
        download: 'floor.docx',
      });
      const ms = performance.now() - start;
      URL.revokeObjectURL(link.href);
      return ms;
    },
    { parts, sums },
  );
}

/** The median of `rounds` measures after one warm-up (the product's code and the floor's alike warm). */
const medianOf = async (rounds, measure) => {
  const samples = [];
  let last = await measure();
  for (let i = 0; i < rounds; i++) {
    last = await measure();
    samples.push(typeof last === 'number' ? last : last.ms);
  }
  return { ms: median(samples), samples, last };
};

/** After the merge, in its page with the year kept: the report file and the Word report for each period. */
export async function measureYearReports({ page, browser, cdp, profile = false }) {
  const out = {};
  for (const period of YEAR.periods) {
    try {
      out[period.key] = await measurePeriod(page, browser, period, profile, cdp);
    } catch (error) {
      console.error(`  ${period.what}: the reports could not be measured: ${error?.message ?? error}`);
    }
  }
  return out;
}

/** The report file and the Word report for one period, each against its floor. */
async function measurePeriod(page, browser, period, profile, cdp) {
  await page.goto('about:blank');
  await page.goto(browser.url(`options.html#admin/report${period.query}`));
  const fileButton = page.getByRole('button', { name: 'Tải tệp báo cáo gửi cấp trên (.json)' });
  await fileButton.waitFor({ timeout: 60_000 });
  await watchDownloads(page);
  await keepSubmissionsForSums(page, campaign.id);
  const file = await medianOf(ROUNDS, () => clickToFile(page, 'Tải tệp báo cáo gửi cấp trên (.json)'));
  const expected = `${campaign.organisationId}-${period.from}_${period.to}.json`;
  if (file.last.name !== expected) throw new Error(`report file «${file.last.name}», not «${expected}»`);
  const text = file.last.bytes.toString('utf8');
  const fileFloor = await medianOf(ROUNDS, () => signedJsonFloor(page, text, { sums: period }));
  const docx = await medianOf(ROUNDS, () => clickToFile(page, 'Tải báo cáo Word (.docx)'));
  if (!docx.last.name.endsWith(`_${period.from}_${period.to}.docx`)) throw new Error(`Word «${docx.last.name}»`);
  const docxFloorMs = await medianOf(ROUNDS, () => docxFloor(page, docx.last.bytes, period));
  if (profile) {
    // One more click of each, profiled: where a click's time goes.
    await startProfile(cdp);
    await clickToFile(page, 'Tải tệp báo cáo gửi cấp trên (.json)');
    await stopProfile(cdp, `year-report-file-${period.key}`);
    await startProfile(cdp);
    await clickToFile(page, 'Tải báo cáo Word (.docx)');
    await stopProfile(cdp, `year-docx-${period.key}`);
  }
  const measured = {
    period,
    reportFile: { ms: file.ms, samples: file.samples, bytes: file.last.bytes.length, floor: fileFloor },
    docx: { ms: docx.ms, samples: docx.samples, bytes: docx.last.bytes.length, floor: docxFloorMs },
  };
  console.log(
    `  ${period.what}: report file ${file.ms.toFixed(0)} ms (${(file.last.bytes.length / 1000).toFixed(0)} kB; floor ${fileFloor.ms.toFixed(0)} ms), ` +
      `Word ${docx.ms.toFixed(0)} ms (${(docx.last.bytes.length / 1000).toFixed(0)} kB; floor ${docxFloorMs.ms.toFixed(0)} ms)`,
  );
  return measured;
}

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

/** The year's rows of the merge table; a goal missed is added to `missed`. */
export function yearRows(r, missed) {
  const ms = (x) => (x === null || x === undefined ? '–' : `${x.toFixed(0)} ms`);
  const rows = [];
  const row = (what, value, base, baseWhat, goal, instant = false) => {
    const ratio = value / base;
    const met = ratio <= goal || (instant && value <= INSTANT_MS);
    if (!met) missed.push(`year: ${what.trim()} ${ratio.toFixed(2)}× its floor`);
    rows.push([
      what,
      ms(value),
      `${ms(base)} (${baseWhat})`,
      `${ratio.toFixed(2)}×`,
      instant ? `≤ ${goal}× or ${INSTANT_MS} ms` : `≤ ${goal}×`,
      met ? 'ok' : 'MISSED',
    ]);
  };
  for (const period of YEAR.periods) {
    const p = r.year?.[period.key];
    if (!p) {
      rows.push([`   reports for ${period.what}`, '–', '', '', '', 'NOT RUN']);
      missed.push(`year: the reports for ${period.what} were not measured`);
      continue;
    }
    row(
      `   report file, ${period.what}: click → file`,
      p.reportFile.ms,
      p.reportFile.floor.ms,
      'sum + sign + stringify + save',
      GOALS.reportFile,
      true,
    );
    row(
      `   Word report, ${period.what}: click → file`,
      p.docx.ms,
      p.docx.floor.ms,
      'sum + deflate its parts + save',
      GOALS.docx,
      true,
    );
  }
  const popup = r.popup;
  if (!popup?.medians) {
    rows.push(['   popup with 366 days recorded', '–', '', '', '', popup?.failed ? 'FAILED' : 'NOT RUN']);
    missed.push(`year: the popup was not measured${popup?.failed ? ` (${popup.failed})` : ''}`);
    return rows;
  }
  const m = popup.medians;
  row('   popup first paint, 366 days recorded', m.firstPaint, m.blank, 'blank page', GOALS.firstPaint);
  row("   today's pledges interactive, 366 days", m.interactive, m.blank, 'blank page', GOALS.interactive);
  const s = popup.summary;
  row(
    `   staff summary export (${s.days} days): save → file`,
    s.ms,
    s.floor.ms,
    'read + sign + save',
    GOALS.summary,
    true,
  );
  const none = popup.withoutDays;
  rows.push([
    '   … the same popup with no day recorded, in turn',
    `${ms(none.firstPaint)}, ${ms(none.interactive)}`,
    `${ms(none.blank)} (blank page)`,
    `${(none.firstPaint / none.blank).toFixed(2)}×, ${(none.interactive / none.blank).toFixed(2)}×`,
    '(info)',
    '',
  ]);
  rows.push(['   … its preview (click → 366 days listed)', ms(s.previewMs), '', '', '(info)', '']);
  rows.push([`   … file size`, `${(s.bytes / MB).toFixed(2)} MB`, '', '', '(info)', '']);
  return rows;
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
