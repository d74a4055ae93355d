// How the popup benchmarks (tests/bench/run.mjs; the year in the popup, tests/bench/year.mjs) load
// the popup and its floor, a blank page of the same extension, and read their first paint and the
// moment today's pledges can be clicked.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Writes blank.html into a copy of the build: the popup's head (charset, viewport, title, its
 * stylesheets) without any script, the least an extension page can show. Chromium records no paint
 * at all for an empty white body, so the page holds one static line, the same "loading" line the
 * popup's first frame shows. Returns popup.html's text.
 */
export async function writeBlankPage(dir) {
  const popupHtml = await readFile(join(dir, 'popup.html'), 'utf8');
  const blankHtml = popupHtml
    .replace(/\s*<script\b[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(/\s*<link\b[^>]*rel="modulepreload"[^>]*>/g, '')
    .replace(/<body>[\s\S]*<\/body>/, '<body>\n    <main id="app"><p class="muted">Đang tải…</p></main>\n  </body>');
  if (/<script/i.test(blankHtml))
    throw new Error('blank.html still has a script tag; the bench cannot make a blank page from popup.html.');
  await writeFile(join(dir, 'blank.html'), blankHtml);
  return popupHtml;
}

/**
 * Every page of the context records when each read-write transaction commits (`__commits`: the
 * store's own word, not a re-render's) and the moment the first pledge checkbox is in the page and
 * enabled (`__pledgesReady`).
 */
export function installPopupProbes(context) {
  return context.addInitScript(() => {
    window.__commits = [];
    const transaction = IDBDatabase.prototype.transaction;
    IDBDatabase.prototype.transaction = function (...args) {
      const tx = transaction.apply(this, args);
      if (args[1] === 'readwrite') tx.addEventListener('complete', () => window.__commits.push(performance.now()));
      return tx;
    };
    const check = () => {
      const box = document.querySelector('input[type="checkbox"]');
      if (box && !box.disabled && box.isConnected && !window.__pledgesReady) {
        window.__pledgesReady = performance.now();
        observer.disconnect();
      }
    };
    const observer = new MutationObserver(check);
    observer.observe(document, { childList: true, subtree: true, attributes: true });
  });
}

/** The page's first paint (or first contentful paint), ms from its navigation. */
export const paintOf = (page) =>
  page.waitForFunction(
    () => {
      const [paint] = performance.getEntriesByName('first-paint');
      const [contentful] = performance.getEntriesByName('first-contentful-paint');
      return (paint ?? contentful)?.startTime ?? false;
    },
    null,
    { timeout: 10_000, polling: 'raf' },
  );

/** A fresh load of blank.html: its first paint. */
export async function loadBlank(context, url) {
  const page = await context.newPage();
  await page.goto(url('blank.html'));
  const firstPaint = await (await paintOf(page)).jsonValue();
  await page.close();
  return { firstPaint };
}

/** A fresh load of the popup: its first paint and when today's pledges are interactive; the page stays open. */
export async function loadPopup(context, url) {
  const page = await context.newPage();
  await page.goto(url('popup.html'));
  const firstPaint = await (await paintOf(page)).jsonValue();
  const ready = await (
    await page.waitForFunction(() => window.__pledgesReady ?? false, null, { timeout: 10_000 })
  ).jsonValue();
  return { page, firstPaint, interactive: ready };
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
