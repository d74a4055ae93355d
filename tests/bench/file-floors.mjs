// How the year-round bench (tests/bench/year.mjs, year-popup.mjs) times a file the product hands over
// after a click, and the floors it sets against it: the same file serialised, signed or deflated bare
// in the same page.
import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import { median } from './popup-pages.mjs';

/** Every `<a download>` the page clicks: its name and when (performance.now), in `__downloads`. */
export const watchDownloads = (page) =>
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
export async function clickToFile(page, name) {
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
export const keepSubmissionsForSums = (page, campaignId) =>
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
export const signedJsonFloor = (page, text, { readEntries = null, sums = null } = {}) =>
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
export async function docxFloor(page, bytes, sums) {
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
export const medianOf = async (rounds, measure) => {
  const samples = [];
  let last = await measure();
  for (let i = 0; i < rounds; i++) {
    last = await measure();
    samples.push(typeof last === 'number' ? last : last.ms);
  }
  return { ms: median(samples), samples, last };
};
