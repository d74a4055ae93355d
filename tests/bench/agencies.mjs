#!/usr/bin/env node
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CHROMIUM } from '../e2e/chromium.mjs';
import { generateReports, levelAboveCampaign } from '../fixtures/reports.js';
import { BUILD, buildOnce, launch, ROOT } from './browser.mjs';

const ARTIFACT = join(ROOT, 'tests', '.artifacts', 'agencies-bench.json');
/** Monday 1 July 2024, 10:00 in Vietnam: the day after the province's June campaign. */
const REPORT_DAY = Date.parse('2024-07-01T03:00:00Z');
const GOAL_MS = 3_000;
const MB = 1024 * 1024;
const LIMIT_MS = 300_000;
const ADMIN_CHECKBOX = 'Tôi là người thu nhận báo cáo của cơ quan';
const CAMPAIGN_INPUT = 'Tải tệp chiến dịch (.json) do cơ quan, đơn vị gửi';

/** The page's JS heap, sampled every 50 ms inside it and by CDP every 200 ms; `stop` gives the peak. */
async function heapPeak(page, cdp) {
  let peak = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      const { metrics } = await cdp.send('Performance.getMetrics').catch(() => ({ metrics: [] }));
      peak = Math.max(peak, metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0);
      await new Promise((done) => setTimeout(done, 200));
    }
  })();
  await page.evaluate(() => {
    window.__heapPeak = performance.memory?.usedJSHeapSize ?? 0;
    window.__heapTimer = setInterval(
      () => (window.__heapPeak = Math.max(window.__heapPeak, performance.memory?.usedJSHeapSize ?? 0)),
      50,
    );
  });
  return async () => {
    running = false;
    await loop;
    const inPage = await page.evaluate(() => {
      clearInterval(window.__heapTimer);
      return window.__heapPeak;
    });
    return Math.max(peak, inPage);
  };
}

/** The floor, in the same page: read the files, JSON.parse them, one bulk put in one transaction. */
async function floor(page, files) {
  await page.evaluate(() => {
    const input = Object.assign(document.createElement('input'), { type: 'file', multiple: true, hidden: true });
    input.id = 'bench-floor-input';
    document.body.append(input);
  });
  await page.locator('#bench-floor-input').setInputFiles(files);
  return page.evaluate(async () => {
    const input = document.getElementById('bench-floor-input');
    const request = (r) =>
      new Promise((ok, fail) => {
        r.onsuccess = () => ok(r.result);
        r.onerror = () => fail(r.error);
      });
    const open = indexedDB.open('bench-agencies-floor', 1);
    open.onupgradeneeded = () => open.result.createObjectStore('reports', { keyPath: 'organisation.id' });
    const db = await request(open);
    const t0 = performance.now();
    const texts = await Promise.all(Array.from(input.files, (f) => f.text()));
    const read = performance.now();
    const reports = texts.map((t) => JSON.parse(t));
    const parsed = performance.now();
    const tx = db.transaction('reports', 'readwrite');
    for (const report of reports) tx.objectStore('reports').put(report);
    await new Promise((ok, fail) => {
      tx.oncomplete = ok;
      tx.onerror = () => fail(tx.error);
    });
    const ms = performance.now() - t0;
    db.close();
    await request(indexedDB.deleteDatabase('bench-agencies-floor'));
    input.remove();
    return { ms, readMs: read - t0, parseMs: parsed - read, putMs: ms - (parsed - t0) };
  });
}

/** Self time by function (top `n`) of a CDP CPU profile. */
function topFunctions(profile, n = 15) {
  const dt = new Map();
  for (const [i, id] of profile.samples.entries()) dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  const self = new Map();
  for (const node of profile.nodes) {
    const f = node.callFrame;
    const key = `${f.functionName || '(anonymous)'} ${f.url.replace(/^chrome-extension:\/\/[^/]+\//, '')}:${f.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (dt.get(node.id) ?? 0) / 1000);
  }
  return [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, n);
}

export async function runAgenciesBench({ agencies = 500, build = true, profile = false } = {}) {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium is missing (${CHROMIUM}).`);
  if (build) buildOnce();
  const scratch = await mkdtemp(join(tmpdir(), 'green-office-agencies-bench-'));
  const extensionDir = join(scratch, 'extension');
  await cp(BUILD, extensionDir, { recursive: true });
  const campaign = levelAboveCampaign({ agencies, silent: 0 });
  const campaignPath = join(scratch, 'province.json');
  await writeFile(campaignPath, JSON.stringify(campaign));
  const { reports } = generateReports({ campaign, agencies, departments: 40, days: 30, seed: 500 });
  const dir = join(scratch, 'reports');
  await mkdir(dir);
  const files = [];
  let bytes = 0;
  for (const [i, report] of reports.entries()) {
    const text = JSON.stringify(report);
    bytes += Buffer.byteLength(text);
    const path = join(dir, `bao-cao-${String(i + 1).padStart(3, '0')}.json`);
    await writeFile(path, text);
    files.push(path);
  }
  console.log(
    `\nMerging ${agencies} agency reports (40 departments, 30 days each): ${(bytes / MB).toFixed(1)} MB of JSON…`,
  );
  const browser = await launch(extensionDir, { day: REPORT_DAY });
  const result = { agencies, megabytes: bytes / MB, goalMs: GOAL_MS };
  try {
    const page = await browser.context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(browser.url('options.html#settings'));
    await page.getByLabel(CAMPAIGN_INPUT).setInputFiles(campaignPath);
    await page.getByText(/^Đã tải chiến dịch «/).waitFor();
    await page.getByRole('checkbox', { name: ADMIN_CHECKBOX }).check();
    await page.getByRole('navigation').getByRole('link', { name: 'Quản trị (tổng hợp)' }).click();
    await page.getByRole('link', { name: 'Các cơ quan cấp dưới', exact: true }).click();
    await page.locator('#agency-files').waitFor();

    result.floor = await floor(page, files);
    await cdp.send('HeapProfiler.collectGarbage').catch(() => undefined);
    const stopHeap = await heapPeak(page, cdp);
    await page.evaluate((size) => {
      const w = window;
      w.__bench = {};
      const part = () => document.querySelector('[aria-labelledby="agency-import-title"]');
      const button = () =>
        [...(part()?.querySelectorAll('button') ?? [])].find((b) => b.textContent?.startsWith('Ghi vào dữ liệu'));
      const status = () =>
        [...(part()?.querySelectorAll('[role="status"]') ?? [])].find((s) => s.textContent?.startsWith('Đã xử lý'));
      document.getElementById('agency-files').addEventListener('change', () => (w.__bench.change = performance.now()), {
        capture: true,
        once: true,
      });
      const observer = new MutationObserver(() => {
        const b = w.__bench;
        if (b.preview === undefined && button()) {
          b.preview = performance.now();
          b.commit = performance.now();
          button().click();
        }
        if (b.status === undefined && status()) {
          b.status = performance.now();
          b.statusText = status().textContent;
        }
        const rows = document.querySelectorAll('table[data-table="agencies"] tbody tr').length;
        if (b.status !== undefined && b.table === undefined && rows === size) {
          b.table = performance.now();
          requestAnimationFrame(() => requestAnimationFrame(() => (b.tablePainted = performance.now())));
          observer.disconnect();
        }
      });
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    }, agencies);
    if (profile) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 1000 });
      await cdp.send('Profiler.start');
    }
    const setAt = Date.now();
    await page.locator('#agency-files').setInputFiles(files);
    await page.waitForFunction(() => window.__bench.tablePainted !== undefined, null, {
      timeout: LIMIT_MS,
      polling: 100,
    });
    result.wallMs = Date.now() - setAt;
    if (profile) {
      const { profile: cpu } = await cdp.send('Profiler.stop');
      console.log('  most self time (files set → table painted):');
      for (const [fn, ms] of topFunctions(cpu)) console.log(`    ${ms.toFixed(0).padStart(6)} ms  ${fn}`);
    }
    const b = await page.evaluate(() => window.__bench);
    result.previewMs = b.preview - b.change;
    result.commitMs = b.status - b.commit;
    result.totalMs = b.status - b.change;
    result.tablePaintedMs = b.tablePainted - b.status;
    result.status = b.statusText;
    result.heapPeak = await stopHeap();
    result.errors = errors;
  } catch (error) {
    result.stopped = String(error?.message ?? error).split('\n')[0];
  } finally {
    await browser.close();
    await rm(scratch, { recursive: true, force: true });
  }

  const ms = (x) => (x === undefined || x === null ? '–' : `${x.toFixed(0)} ms`);
  const rows = [
    ['files set → "Đã xử lý"', ms(result.totalMs), `≤ ${GOAL_MS} ms`],
    ['   preview (input → commit button)', ms(result.previewMs), ''],
    ['   commit (click → "Đã xử lý")', ms(result.commitMs), ''],
    ['   agency table painted after the status', ms(result.tablePaintedMs), ''],
    ['floor: read + JSON.parse + 1 bulk put', ms(result.floor?.ms), ''],
    [
      '   read / parse / put',
      result.floor ? `${ms(result.floor.readMs)} / ${ms(result.floor.parseMs)} / ${ms(result.floor.putMs)}` : '–',
      '',
    ],
    ['product ÷ floor', result.floor && result.totalMs ? `${(result.totalMs / result.floor.ms).toFixed(1)}×` : '–', ''],
    ['heap, peak while merging', result.heapPeak ? `${(result.heapPeak / MB).toFixed(0)} MB` : '–', ''],
  ];
  console.log('');
  for (const [what, value, goal] of rows) console.log(`  ${what.padEnd(44)} ${value.padStart(22)}  ${goal}`);
  const ok = result.totalMs !== undefined && result.totalMs <= GOAL_MS;
  console.log(result.stopped ? `\n✖ stopped: ${result.stopped}` : ok ? '\n✓ goal met' : '\n✖ goal MISSED');
  await mkdir(dirname(ARTIFACT), { recursive: true });
  await writeFile(ARTIFACT, JSON.stringify(result, null, 2));
  return result;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const at = process.argv.indexOf('--agencies');
  await runAgenciesBench({
    agencies: at > 0 ? Number(process.argv[at + 1]) : 500,
    profile: process.argv.includes('--profile'),
  });
}
