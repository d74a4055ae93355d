// What every browser benchmark of the admin section shares (tests/bench/merge.mjs, year.mjs): the
// build made once, a fresh Chromium with a copy of it and the pages' clock on a chosen day, the JS heap
// sampled while a page works, where its main thread went, CPU profiles, and waiting inside a page.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { extensionLaunchOptions } from '../e2e/chromium.mjs';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BUILD = join(ROOT, '.output', 'chrome-mv3');
/** A step (a merge's preview and commit) that takes longer than this is stopped and reported as far as it got. */
export const PHASE_LIMIT_MS = (Number(process.env.MERGE_BENCH_LIMIT_S) || 300) * 1000;
export const MB = 1024 * 1024;

export function buildOnce() {
  if (existsSync(join(BUILD, 'manifest.json'))) return;
  console.log('$ npx wxt build');
  const built = spawnSync('npx', ['--no-install', 'wxt', 'build'], { cwd: ROOT, encoding: 'utf8' });
  if (built.status !== 0) {
    process.stderr.write(`${built.stdout ?? ''}${built.stderr ?? ''}`);
    throw new Error('The Chrome build failed (`npx wxt build`): see above.');
  }
}

/**
 * A fresh Chromium and profile with a copy of the build; the pages' Date.now on `day` (an instant,
 * ms), the service worker's pinned on it.
 */
export async function launch(extensionDir, { day, viewport = { width: 1100, height: 1400 } }) {
  const profile = await mkdtemp(join(tmpdir(), 'green-office-merge-profile-'));
  // Chromium takes its time zone from its environment: a browser in Vietnam.
  const context = await chromium.launchPersistentContext(
    profile,
    extensionLaunchOptions(extensionDir, {
      viewport,
      env: { ...process.env, TZ: 'Asia/Ho_Chi_Minh' },
      args: ['--enable-precise-memory-info'],
    }),
  );
  // Only Date.now moves (by an offset, so it still ticks); timers and performance.now stay real.
  await context.addInitScript((fixed) => {
    const realNow = Date.now.bind(Date);
    const offset = fixed - realNow();
    Date.now = () => realNow() + offset;
  }, day);
  let [sw] = context.serviceWorkers();
  if (!sw) sw = await context.waitForEvent('serviceworker');
  await sw.evaluate((fixed) => {
    Date.now = () => fixed;
  }, day);
  const id = new URL(sw.url()).host;
  return {
    context,
    url: (page) => `chrome-extension://${id}/${page}`,
    close: async () => {
      await context.close().catch(() => undefined);
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Samples the page's JS heap (CDP) every `everyMs` until stopped; keeps the highest. */
export function heapSampler(cdp, everyMs = 200) {
  let peak = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      try {
        const { metrics } = await cdp.send('Performance.getMetrics');
        const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
        if (used > peak) peak = used;
      } catch {
        // The page may be busy navigating; the next sample will do.
      }
      await new Promise((done) => setTimeout(done, everyMs));
    }
  })();
  return {
    peak: () => peak,
    stop: async () => {
      running = false;
      await loop;
      return peak;
    },
  };
}

/** Chromium's own totals (seconds) of where the page's main thread went: script, style, layout, all tasks. */
export async function threadTotals(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (name) => metrics.find((m) => m.name === name)?.value ?? 0;
  return {
    script: get('ScriptDuration'),
    style: get('RecalcStyleDuration'),
    layout: get('LayoutDuration'),
    tasks: get('TaskDuration'),
  };
}

export const threadDelta = (before, after) =>
  Object.fromEntries(Object.keys(before).map((k) => [k, (after[k] - before[k]) * 1000]));
export const describeThread = (d) =>
  `main thread busy ${d.tasks.toFixed(0)} ms: script ${d.script.toFixed(0)}, style ${d.style.toFixed(0)}, layout ${d.layout.toFixed(0)}, other ${(d.tasks - d.script - d.style - d.layout).toFixed(0)}`;

export async function heapNow(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
}

/**
 * Samples `performance.memory.usedJSHeapSize` inside the page every 50 ms (between the page's
 * own tasks, which CDP's samples can miss); `stop` returns the highest value seen.
 */
export const startPageHeap = (page) =>
  page.evaluate(() => {
    const w = window;
    w.__heapPeak = performance.memory?.usedJSHeapSize ?? 0;
    w.__heapTimer = setInterval(
      () => (w.__heapPeak = Math.max(w.__heapPeak, performance.memory?.usedJSHeapSize ?? 0)),
      50,
    );
  });
export const stopPageHeap = (page) =>
  page.evaluate(() => {
    clearInterval(window.__heapTimer);
    return Math.max(window.__heapPeak, performance.memory?.usedJSHeapSize ?? 0);
  });

/** Self time by function (top `n`) of a CDP CPU profile. */
export function topFunctions(profile, n = 12) {
  const self = new Map();
  const dt = new Map();
  for (const [i, id] of profile.samples.entries()) dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  for (const node of profile.nodes) {
    const f = node.callFrame;
    const where = f.url
      ? `${f.url.replace(/^chrome-extension:\/\/[^/]+\//, '')}:${f.lineNumber + 1}:${f.columnNumber + 1}`
      : '';
    const key = `${f.functionName || '(anonymous)'} ${where}`.trim();
    self.set(key, (self.get(key) ?? 0) + (dt.get(node.id) ?? 0) / 1000);
  }
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  return [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([fn, ms]) => ({ fn, ms, share: ms / total }));
}

export async function startProfile(cdp) {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 1000 });
  await cdp.send('Profiler.start');
}

/** Stops the CPU profile, writes it (opens in DevTools) and prints the functions with the most self time. */
export async function stopProfile(cdp, name) {
  const { profile } = await cdp.send('Profiler.stop');
  const path = join(ROOT, 'tests', '.artifacts', `${name}.cpuprofile`);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, JSON.stringify(profile));
  const top = topFunctions(profile);
  console.log(`  CPU profile: ${relative(ROOT, path)}; most self time:`);
  for (const t of top)
    console.log(`    ${t.ms.toFixed(0).padStart(6)} ms ${(t.share * 100).toFixed(0).padStart(3)}%  ${t.fn}`);
  return { file: relative(ROOT, path), top };
}

/** Waits for `predicate` in the page (polled every `ms`), at most `limit`; false when it ran out. */
export async function waitInPage(page, predicate, arg, limit = PHASE_LIMIT_MS, ms = 250) {
  try {
    await page.waitForFunction(predicate, arg, { timeout: limit, polling: ms });
    return true;
  } catch (error) {
    if (/Timeout/i.test(String(error?.message))) return false;
    throw error;
  }
}
