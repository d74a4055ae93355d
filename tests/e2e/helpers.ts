import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import axe from 'axe-core';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { afterAll, afterEach, expect } from 'vitest';
import { CHROMIUM, extensionLaunchOptions } from './chromium.mjs';

/**
 * Drives the BUILT extension (.output/chrome-mv3) in Debian's Chromium. Nothing is built
 * here: `node tests/run.mjs` (npm test) builds first.
 */

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const CHROME_BUILD = join(ROOT, '.output', 'chrome-mv3');
export const FIREFOX_BUILD = join(ROOT, '.output', 'firefox-mv2');

/** The popup's size in the toolbar is about this; tests and screenshots use it. */
export const POPUP_VIEWPORT = { width: 400, height: 600 };

/** Wednesday 12 June 2024, 10:00 in Vietnam: day 8/26 of the built-in campaign, a working day. */
export const CAMPAIGN_DAY = new Date('2024-06-12T03:00:00Z');
/** Monday 15 July 2024: after the built-in campaign ended. */
export const AFTER_CAMPAIGN = new Date('2024-07-15T03:00:00Z');

/** The 2024 campaign's file, as the office would have sent it; a fresh install no longer starts on it (issue #9). */
export const BUILT_IN_FILE = join(ROOT, 'storage', 'campaign', 'built-in', 'backan-vp-wed-2024.json');
export const CAMPAIGN_INPUT = 'Tải tệp chiến dịch (.json) do cơ quan, đơn vị gửi';

export const NAME = 'Nguyễn Thị Hoa';
export const DEPARTMENT = { id: 'hctc-qttv', label: 'Phòng Hành chính tổ chức – Quản trị tài vụ' };
export const CAMPAIGN_NAME = 'Tháng hành động vì môi trường 2024';
export const PLEDGES = {
  nylon: 'Không sử dụng túi nilon khó phân hủy',
  plastic: 'Không sử dụng sản phẩm nhựa dùng một lần',
  eco: 'Sử dụng sản phẩm thân thiện môi trường trong công việc của cơ quan',
  trees: 'Trồng cây xanh',
} as const;

export interface LaunchedExtension {
  context: BrowserContext;
  extensionId: string;
  /** The background service worker as it was at launch; see `serviceWorker()` for the current one. */
  sw: Worker;
  /** The current background service worker (it may have been restarted since launch). */
  serviceWorker: () => Promise<Worker>;
  close: () => Promise<void>;
}

function assertBuilt(dir = CHROME_BUILD, command = 'npx wxt build'): void {
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(
      `No built extension at ${dir} (manifest.json missing). Run \`${command}\` first, or \`npm test\`, which builds.`,
    );
  }
}

function assertChromium(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}. Install it with \`apt-get install -y chromium fonts-dejavu-core\` ` +
        '(or set CHROMIUM_PATH). `npx playwright install` cannot download browsers here.',
    );
  }
}

/** Files a built extension folder refers to (pages' scripts and styles, background) that are missing. */
async function missingFiles(dir: string): Promise<string[]> {
  const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'));
  const wanted = new Set<string>();
  const pages = [manifest.action?.default_popup, manifest.browser_action?.default_popup, manifest.options_ui?.page];
  for (const page of pages.filter(Boolean) as string[]) {
    wanted.add(page);
    if (!existsSync(join(dir, page))) continue;
    const html = await readFile(join(dir, page), 'utf8');
    for (const [, ref] of html.matchAll(/(?:src|href)="\/?([^"#?:]+)"/g)) wanted.add(ref!);
  }
  if (manifest.background?.service_worker) wanted.add(manifest.background.service_worker);
  for (const script of manifest.background?.scripts ?? []) wanted.add(script);
  return [...wanted].filter((file) => !existsSync(join(dir, file)));
}

/**
 * Copies a built extension to a temporary folder, so that a rebuild running meanwhile
 * (`wxt build` empties .output first) cannot pull files from under a running browser.
 * Retries for a few seconds if it catches a build half-written.
 */
export async function snapshotBuild(
  dir = CHROME_BUILD,
  command = 'npx wxt build',
): Promise<{ dir: string; remove: () => Promise<void> }> {
  for (let attempt = 0; ; attempt++) {
    try {
      assertBuilt(dir, command);
      const copy = await mkdtemp(join(tmpdir(), 'green-office-build-'));
      try {
        await cp(dir, copy, { recursive: true });
        const missing = await missingFiles(copy);
        if (missing.length)
          throw new Error(
            `The build at ${dir} is incomplete (${missing.join(', ')} missing). Run \`${command}\` again.`,
          );
      } catch (error) {
        await rm(copy, { recursive: true, force: true });
        throw error;
      }
      return { dir: copy, remove: () => rm(copy, { recursive: true, force: true }) };
    } catch (error) {
      if (attempt >= 5) throw error;
      await new Promise((done) => setTimeout(done, 600));
    }
  }
}

/**
 * A fresh Chromium with the extension loaded, in a new temporary profile each time. The
 * extension is a snapshot of `dir` (the chrome build unless told otherwise), or `dir` itself
 * with `snapshot: false`.
 */
export async function launchExtension(options: { dir?: string; snapshot?: boolean } = {}): Promise<LaunchedExtension> {
  assertChromium();
  // Without a snapshot the folder is loaded as it is: the same folder gives the same extension id.
  const build =
    options.snapshot === false
      ? { dir: options.dir ?? CHROME_BUILD, remove: async () => {} }
      : await snapshotBuild(options.dir ?? CHROME_BUILD);
  const dir = build.dir;
  const userDataDir = await mkdtemp(join(tmpdir(), 'green-office-e2e-'));
  const cleanUp = () => Promise.all([rm(userDataDir, { recursive: true, force: true }), build.remove()]);
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(
      userDataDir,
      extensionLaunchOptions(dir, { viewport: POPUP_VIEWPORT }),
    );
  } catch (error) {
    await cleanUp();
    throw error;
  }
  const serviceWorker = async () => {
    const [current] = context.serviceWorkers();
    return current ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  };
  let sw: Worker;
  try {
    sw = await serviceWorker();
  } catch (error) {
    await context.close();
    await cleanUp();
    throw error;
  }
  const extensionId = new URL(sw.url()).host;
  return {
    context,
    extensionId,
    sw,
    serviceWorker,
    close: async () => {
      await context.close().catch(() => undefined);
      await cleanUp();
    },
  };
}

export const extensionUrl = (extensionId: string, page: string) => `chrome-extension://${extensionId}/${page}`;

/** Opens the popup as a page of the popup's size. */
export async function openPopup(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize(POPUP_VIEWPORT);
  await page.goto(extensionUrl(extensionId, 'popup.html'));
  return page;
}

/** Opens the dashboard, at a section (`settings`, `data`) when given. */
export async function openOptions(context: BrowserContext, extensionId: string, section?: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(extensionUrl(extensionId, section ? `options.html#${section}` : 'options.html'));
  return page;
}

/**
 * Pins the background's clock. Playwright's clock API does not reach service workers, so
 * `Date.now` is replaced in the worker that is running now.
 */
export async function pinServiceWorkerClock(ext: LaunchedExtension, time: Date): Promise<Worker> {
  const sw = await ext.serviceWorker();
  await sw.evaluate((ms) => {
    Date.now = () => ms;
  }, time.getTime());
  return sw;
}

/** The part of the `chrome` global the tests read (there are no chrome types in this project). */
export interface ChromeGlobal {
  chrome: { action: { getBadgeText(details: object): Promise<string> } };
}

export async function badgeText(ext: LaunchedExtension): Promise<string> {
  const sw = await ext.serviceWorker();
  return sw.evaluate(() => (globalThis as unknown as ChromeGlobal).chrome.action.getBadgeText({}));
}

/** Polls the badge until it reads `expected`; returns what it read last. */
export async function waitForBadge(ext: LaunchedExtension, expected: string, timeoutMs = 10_000): Promise<string> {
  const until = Date.now() + timeoutMs;
  let text = await badgeText(ext);
  while (text !== expected && Date.now() < until) {
    await new Promise((done) => setTimeout(done, 100));
    text = await badgeText(ext);
  }
  return text;
}

/**
 * Loads a campaign file in the settings, as a person does with the file the office sent, and
 * waits until it is the active campaign. The tests written before issue #9 start on the 2024
 * campaign this way: a fresh install now starts on none.
 */
export async function loadCampaignFile(ext: LaunchedExtension, file = BUILT_IN_FILE): Promise<void> {
  // The settings say which campaign came in, by its Vietnamese name in the file.
  const name: string = JSON.parse(await readFile(file, 'utf8')).name.vi;
  const literally = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const page = await openOptions(ext.context, ext.extensionId, 'settings');
  await page.getByLabel(CAMPAIGN_INPUT).setInputFiles(file);
  await page.getByText(new RegExp(`^Đã tải chiến dịch «${literally}»`)).waitFor();
  await page.close();
}

/** Fills in the first-run form and waits for today's pledges. */
export async function setUp(page: Page, name = NAME, department = DEPARTMENT.id): Promise<void> {
  await page.getByLabel('Họ và tên').fill(name);
  await page.getByLabel('Phòng, ban, đơn vị').selectOption(department);
  await page.getByRole('button', { name: 'Bắt đầu' }).click();
  await page.getByRole('heading', { name: CAMPAIGN_NAME }).waitFor();
  await page.getByRole('checkbox').first().waitFor();
}

export interface AxeViolation {
  id: string;
  impact?: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: unknown[]; html: string; failureSummary?: string }[];
}

/**
 * The rules the product claims (issue #17): WCAG 2.0, 2.1 and 2.2 at levels A and AA, and axe's
 * best practices. Pass as the options of `axeViolations`.
 */
export const WCAG_22_AA = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
} as const;

/**
 * Runs axe-core in the page, or only inside the element `within` (a CSS selector) names.
 * Extension pages' CSP refuses `addScriptTag`, so the source is evaluated through the DevTools
 * protocol instead, which CSP does not govern.
 */
export async function axeViolations(
  page: Page,
  options: Record<string, unknown> = {},
  within?: string,
): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === 'object');
  if (!loaded) await page.evaluate(axe.source);
  return page.evaluate(
    async ([runOptions, selector]) => {
      const context = selector ? { include: [[selector]] } : document;
      const result = await (window as unknown as { axe: typeof axe }).axe.run(context, runOptions);
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        helpUrl: v.helpUrl,
        nodes: v.nodes.map((n) => ({ target: n.target, html: n.html, failureSummary: n.failureSummary })),
      }));
    },
    [options, within] as const,
  );
}

/** Axe violations as readable text, for failure messages. */
export function describeViolations(violations: AxeViolation[]): string {
  return violations
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `  ${n.html}\n    ${n.failureSummary ?? ''}`).join('\n')}`,
    )
    .join('\n');
}

// ---------------------------------------------------------------------------------------
// The admin office's section (options.html#admin): turned on in the settings, fed with
// summary files through its file input.

/** Monday 1 July 2024, 10:00 in Vietnam: the day after the built-in campaign ended. */
export const REPORT_DAY = new Date('2024-07-01T03:00:00Z');
export const ADMIN_VIEWPORT = { width: 1100, height: 1400 };
export const ADMIN_CHECKBOX = 'Tôi là người thu nhận báo cáo của cơ quan';
export const ADMIN_LINK = 'Quản trị (tổng hợp)';
export const SUMMARY_INPUT = /^Chọn các tệp tổng hợp \(\.json\), có thể chọn nhiều tệp/;

/** The admin section's pages (`#admin/<page>`), by the label of their link in its navigation. */
export const ADMIN_PAGES = {
  overview: 'Tổng quan',
  files: 'Nhận tệp',
  figures: 'Số liệu',
  activities: 'Hoạt động',
  report: 'Báo cáo',
  share: 'Chia sẻ',
  campaign: 'Chiến dịch',
  agencies: 'Các cơ quan cấp dưới',
} as const;
export type AdminPageName = keyof typeof ADMIN_PAGES;
const ADMIN_NAV = 'Các trang của mục Quản trị';

/** The link of an admin page in the section's own navigation. */
export const adminLink = (page: Page, name: AdminPageName) =>
  page.getByRole('navigation', { name: ADMIN_NAV }).getByRole('link', { name: ADMIN_PAGES[name], exact: true });

/**
 * Goes to a page of the admin section as a person would, by its link in the section's own
 * navigation (the page's data stays read), and waits until it is the page shown.
 */
export async function openAdmin(page: Page, name: AdminPageName): Promise<void> {
  await adminLink(page, name).click();
  await page.locator('nav.subnav a[aria-current="page"]', { hasText: ADMIN_PAGES[name] }).waitFor();
}

/**
 * Ticks "I collect the reports" in the settings, goes to the admin section through the nav (its
 * overview), then to one of its pages: receiving files unless told.
 */
export async function openAdminSection(
  context: BrowserContext,
  extensionId: string,
  viewport = ADMIN_VIEWPORT,
  name: AdminPageName = 'files',
): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize(viewport);
  await page.goto(extensionUrl(extensionId, 'options.html#settings'));
  await page.getByRole('checkbox', { name: ADMIN_CHECKBOX }).check();
  await page.getByRole('navigation').getByRole('link', { name: ADMIN_LINK }).click();
  await page.getByRole('navigation', { name: ADMIN_NAV }).waitFor();
  if (name !== 'overview') await openAdmin(page, name);
  if (name === 'files') await page.getByLabel(SUMMARY_INPUT).waitFor();
  return page;
}

/** Writes each summary as the pretty JSON file its app saves; returns the paths, in order. */
export async function writeSummaryFiles(
  dir: string,
  summaries: readonly object[],
  prefix = 'tong-hop',
): Promise<string[]> {
  const { writeFile } = await import('node:fs/promises');
  const paths: string[] = [];
  for (const [i, summary] of summaries.entries()) {
    const path = join(dir, `${prefix}-${String(i + 1).padStart(5, '0')}.json`);
    await writeFile(path, JSON.stringify(summary, null, 2));
    paths.push(path);
  }
  return paths;
}

/** The commit button of the import preview ("Ghi vào dữ liệu (N tệp mới hoặc cập nhật)"). */
export const commitButton = (page: Page) =>
  page.getByRole('button', { name: /^Ghi vào dữ liệu \([\d.]+ tệp mới hoặc cập nhật\)$/ });

/** Picks files in the admin section and waits for the preview; returns the commit button's text. */
export async function pickSummaryFiles(
  page: Page,
  files: string[] | { name: string; mimeType: string; buffer: Buffer }[],
): Promise<string> {
  await page.getByLabel(SUMMARY_INPUT).setInputFiles(files);
  await commitButton(page).waitFor({ timeout: 60_000 });
  return (await commitButton(page).textContent())!.trim();
}

/** Clicks the preview's commit button and waits for "Đã xử lý N tệp: …"; returns that line. */
export async function commitPicked(page: Page, files: number): Promise<string> {
  await commitButton(page).click();
  // Numbers as the page writes them in Vietnamese: 1.000.
  const status = page.getByRole('status').filter({
    hasText: new RegExp(`^Đã xử lý ${new Intl.NumberFormat('vi-VN').format(files).replace(/\./g, '\\.')} tệp: `),
  });
  await status.waitFor({ timeout: 120_000 });
  return (await status.textContent())!.trim();
}

/** Pages of a PDF as Chromium writes it: the page tree's /Count, else its /Type /Page objects. */
export function pdfPageCount(pdf: Buffer): number {
  const text = pdf.toString('latin1');
  const counts = [
    ...text.matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)/g),
    ...text.matchAll(/\/Count\s+(\d+)[^>]*?\/Type\s*\/Pages\b/g),
  ].map((m) => Number(m[1]));
  if (counts.length) return Math.max(...counts);
  return [...text.matchAll(/\/Type\s*\/Page(?![a-zA-Z])/g)].length;
}

/**
 * Chromium takes its time zone from the environment it is started with: the browsers of this
 * file's tests are in Vietnam, like the campaign. Call once at the top of a test file.
 */
export function browserInVietnam(): void {
  const zoneBefore = process.env.TZ;
  process.env.TZ = 'Asia/Ho_Chi_Minh';
  afterAll(() => {
    if (zoneBefore === undefined) delete process.env.TZ;
    else process.env.TZ = zoneBefore;
  });
}

/**
 * Fresh browsers for the tests of one file: each test's browsers are closed after it, and an
 * error in any extension page (uncaught, or logged as an error) fails that test. Returns
 * `browserAt(time)`: a new browser and profile (so a new signing key) whose pages and
 * background believe it is `time`, on which the 2024 campaign file was loaded (pass `null` for
 * a fresh install as it comes), from the chrome build or the build folder `options.dir`.
 */
export function freshBrowsers(): (
  time: Date | null,
  campaignFile?: string | null,
  options?: { dir?: string },
) => Promise<LaunchedExtension> {
  const browsers: LaunchedExtension[] = [];
  let pageErrors: string[] = [];
  afterEach(async () => {
    await Promise.all(browsers.splice(0).map((b) => b.close()));
    const errors = pageErrors;
    pageErrors = [];
    expect(errors, 'errors in the pages').toEqual([]);
  });
  // `time` null keeps the real clock (a test of "today" uses the real clock too).
  return async (time: Date | null, campaignFile: string | null = BUILT_IN_FILE, options: { dir?: string } = {}) => {
    const ext = await launchExtension({ dir: options.dir });
    browsers.push(ext);
    ext.context.on('weberror', (error) => pageErrors.push(`${error.page()?.url()}: ${error.error().message}`));
    ext.context.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(`${message.page()?.url()}: ${message.text()}`);
    });
    if (time) {
      await ext.context.clock.install({ time });
      await pinServiceWorkerClock(ext, time);
    }
    if (campaignFile) await loadCampaignFile(ext, campaignFile);
    return ext;
  };
}
