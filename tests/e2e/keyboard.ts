import { readFile } from 'node:fs/promises';
import type { BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import {
  ADMIN_CHECKBOX,
  ADMIN_LINK,
  ADMIN_PAGES,
  ADMIN_VIEWPORT,
  type AdminPageName,
  CAMPAIGN_NAME,
  DEPARTMENT,
  extensionUrl,
  NAME,
} from './helpers';

/**
 * The keyboard-only flows of issue #17: a person reaches each control with Tab (or Shift+Tab)
 * and acts with Enter, Space or the arrows. Nothing here clicks, checks or fills.
 */

/** What has the focus, as a person would name it: `tag[type]: accessible name`. */
export function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return 'body';
    const input = el as HTMLInputElement;
    const labelled = el.getAttribute('aria-labelledby');
    const name =
      el.getAttribute('aria-label') ??
      (labelled ? document.getElementById(labelled.split(' ')[0]!)?.textContent : null) ??
      input.labels?.[0]?.textContent ??
      el.textContent ??
      '';
    const type = input.type && el.tagName !== 'TEXTAREA' && el.tagName !== 'SELECT' ? `[${input.type}]` : '';
    return `${el.tagName.toLowerCase()}${type}: ${name.replace(/\s+/g, ' ').trim()}`;
  });
}

/** Whether the focused element shows a focus indicator: an outline or a box shadow. */
function focusIndicator(page: Page): Promise<{ outline: string; shadow: string }> {
  return page.evaluate(() => {
    const style = getComputedStyle(document.activeElement ?? document.body);
    const outline = style.outlineStyle === 'none' || style.outlineWidth === '0px' ? 'none' : style.outlineStyle;
    return { outline, shadow: style.boxShadow };
  });
}

export async function expectVisibleFocus(page: Page): Promise<void> {
  const { outline, shadow } = await focusIndicator(page);
  expect(outline !== 'none' || shadow !== 'none', `visible focus on ${await focused(page)}`).toBe(true);
}

/**
 * Presses Tab (Shift+Tab with `back`) until the focused element's description matches `target`
 * (see `focused`), inside the element `within` names (a CSS selector) when given, at most `cap` times; fails with the path taken otherwise. Each control
 * reached on the way must show its focus. Returns the number of presses.
 */
export async function tabTo(
  page: Page,
  target: string | RegExp,
  { back = false, cap = 60, within }: { back?: boolean; cap?: number; within?: string } = {},
): Promise<number> {
  const matches = (text: string) => (typeof target === 'string' ? text === target : target.test(text));
  const inside = () =>
    within ? page.evaluate((selector) => Boolean(document.activeElement?.closest(selector)), within) : true;
  const path: string[] = [];
  for (let presses = 1; presses <= cap; presses++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const now = await focused(page);
    path.push(now);
    if (matches(now) && (await inside())) {
      await expectVisibleFocus(page);
      return presses;
    }
  }
  throw new Error(`${String(target)} not reached in ${cap} presses of Tab; the focus went:\n  ${path.join('\n  ')}`);
}

/** Polls what has the focus until it matches, so a test can wait for a focus moved after an await. */
export async function expectFocus(page: Page, target: string | RegExp, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  let now = await focused(page);
  const matches = (text: string) => (typeof target === 'string' ? text === target : target.test(text));
  while (!matches(now) && Date.now() < until) {
    await new Promise((done) => setTimeout(done, 50));
    now = await focused(page);
  }
  expect(now).toMatch(typeof target === 'string' ? new RegExp(`^${escapeRegExp(target)}$`) : target);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Activates the focused file input by keyboard (Space opens the chooser) and gives the chooser
 * `files`: Playwright's file chooser stands in for the system dialog, which a headless browser
 * has not.
 */
const intercepting = new WeakSet<Page>();

export async function chooseFilesByKeyboard(page: Page, files: string | string[]): Promise<void> {
  // Playwright turns the interception of choosers on when a page first has a listener, in a
  // message of its own: one kept listener, and a round trip, so that it is on before Space.
  if (!intercepting.has(page)) {
    intercepting.add(page);
    page.on('filechooser', () => undefined);
    await page.evaluate(() => 0);
  }
  const on = await focused(page);
  expect(on, 'the focus is on a file input').toMatch(/^input\[file\]: /);
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser', { timeout: 10_000 }).catch((error) => {
      throw new Error(`No file chooser opened by Space on ${on}: ${error}`);
    }),
    page.keyboard.press('Space'),
  ]);
  await chooser.setFiles(files);
}

/**
 * Marks the live regions (status, alert, aria-live) on the page now; the function returned lists
 * the texts those same regions hold when called. A message a test finds there was announced: it
 * came into a region that was on the page before it, which is what screen readers follow.
 */
export async function watchLiveRegions(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const w = window as unknown as { __live?: Set<Element> };
    w.__live = new Set(document.querySelectorAll('[role="status"], [role="alert"], [aria-live]'));
  });
  return () =>
    page.evaluate(() => {
      const w = window as unknown as { __live?: Set<Element> };
      return [...(w.__live ?? [])]
        .filter((el) => el.isConnected)
        .map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim())
        .filter(Boolean);
    });
}

/** The popup's first-run form by keyboard: name, department (arrows), "Bắt đầu"; ends on today's heading. */
export async function setUpByKeyboard(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Bắt đầu' }).waitFor();
  await tabTo(page, 'input[text]: Họ và tên');
  await page.keyboard.type(NAME);
  await tabTo(page, /^select: /);
  // The 2024 campaign's list: the placeholder, LĐVP, HCTC-QTTV.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  expect(await page.getByLabel('Phòng, ban, đơn vị').inputValue()).toBe(DEPARTMENT.id);
  await tabTo(page, 'button[submit]: Bắt đầu');
  await page.keyboard.press('Enter');
  await expectFocus(page, `h1: ${CAMPAIGN_NAME}`);
}

/** Enter on the focused control, and the file it downloads: its suggested name and bytes. */
export async function downloadByEnter(page: Page): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  return { name: download.suggestedFilename(), bytes: await readFile((await download.path())!) };
}

// The admin section (options.html#admin), reached and fed by keyboard.

export const SUMMARY_FILES = /^input\[file\]: Chọn các tệp tổng hợp \(\.json\), có thể chọn nhiều tệp/;
const COMMIT = /^button\[button\]: Ghi vào dữ liệu \(\d+ tệp mới hoặc cập nhật\)$/;

/**
 * Settings by keyboard: Space on "I collect the reports", then the new link of the nav, Enter (the
 * overview); then a page of the section by its own navigation: receiving files unless told.
 */
export async function openAdminByKeyboard(
  context: BrowserContext,
  extensionId: string,
  name: AdminPageName = 'files',
): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize(ADMIN_VIEWPORT);
  await page.goto(extensionUrl(extensionId, 'options.html#settings'));
  await page.getByRole('checkbox', { name: ADMIN_CHECKBOX }).waitFor();
  await tabTo(page, `input[checkbox]: ${ADMIN_CHECKBOX}`);
  await page.keyboard.press('Space');
  await page.getByRole('link', { name: ADMIN_LINK }).waitFor();
  await tabTo(page, `a: ${ADMIN_LINK}`, { back: true });
  await page.keyboard.press('Enter');
  // The section switch puts the focus on the page's heading: the overview, or the campaign page
  // when no campaign is in use yet.
  await expectFocus(page, /^h2: (Tổng hợp báo cáo|Chiến dịch)/);
  if (name !== 'overview') await adminPageByKeyboard(page, name);
  return page;
}

/**
 * From anywhere in the admin section: Shift+Tab back to the page's link in the section's own
 * navigation, Enter; the focus goes to the new page's heading.
 */
export async function adminPageByKeyboard(page: Page, name: AdminPageName): Promise<void> {
  const label = ADMIN_PAGES[name];
  const shown = await page.locator('nav.subnav a[aria-current="page"]').textContent();
  if (shown === label) return;
  await tabTo(page, `a: ${label}`, { back: true, within: 'nav.subnav', cap: 200 });
  await page.keyboard.press('Enter');
  await expectFocus(page, name === 'overview' ? /^h2: Tổng hợp báo cáo/ : new RegExp(`^h2: ${label}`));
}

/** Tabs to the summary input, picks files by keyboard; the preview's summary takes the focus. */
export async function previewByKeyboard(page: Page, files: string[]): Promise<void> {
  await tabTo(page, SUMMARY_FILES);
  await chooseFilesByKeyboard(page, files);
  // The preview's summary takes the focus: "Xem trước N tệp: …".
  await expectFocus(page, new RegExp(`^p: Xem trước ${files.length} tệp: `));
}

/** Tabs to the commit button, Enter; the result takes the focus. */
export async function commitByKeyboard(page: Page, files: number): Promise<void> {
  await tabTo(page, COMMIT);
  await page.keyboard.press('Enter');
  await expectFocus(page, new RegExp(`^p: Đã xử lý ${files} tệp: `));
}

/** Polls until the page agrees, as a person would wait for it (15 s at most). */
export const eventually = <T>(read: () => Promise<T>, timeout = 15_000) => expect.poll(read, { timeout, interval: 50 });
