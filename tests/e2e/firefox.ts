import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import { afterEach, expect } from 'vitest';
import { GECKO_ID } from '@/wxt.config';
import { FIREFOX_BUILD } from './helpers';

/**
 * Debian's Firefox ESR with the built Firefox (MV2) extension installed, driven over WebDriver
 * BiDi by puppeteer-core (TOOLCHAIN.md: no geckodriver, no display). The extension's origin is
 * fixed through a pref, so its pages have a known address.
 */
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const UUID = '6f1c2b9e-3a47-4c1e-9d2f-0b8e5a7c4d11';
const FIREFOX_ORIGIN = `moz-extension://${UUID}`;

export interface LaunchedFirefox {
  browser: Browser;
  /** A new tab on one of the extension's pages (`popup.html`, `options.html#data`). */
  open(path: string): Promise<Page>;
  close(): Promise<void>;
}

/** Firefox hides extension pages from navigation events: `page.goto` would wait for ever. */
async function navigate(page: Page, url: string): Promise<void> {
  const context = (page.mainFrame() as unknown as { browsingContext: BidiContext }).browsingContext;
  await context.navigate(url, 'complete');
}

export async function reload(page: Page): Promise<void> {
  const context = (page.mainFrame() as unknown as { browsingContext: BidiContext }).browsingContext;
  await context.reload({ wait: 'complete' });
}

interface BidiContext {
  navigate(url: string, wait: 'complete'): Promise<unknown>;
  reload(options: { wait: 'complete' }): Promise<unknown>;
}

/**
 * A fresh Firefox and profile with a copy of the Firefox build installed. With `downloads`,
 * files a page downloads are saved there without asking.
 */
export async function launchFirefox(
  options: { env?: Record<string, string>; downloads?: string } = {},
): Promise<LaunchedFirefox> {
  const profile = await mkdtemp(join(tmpdir(), 'green-office-firefox-'));
  // A copy, so a build made while the test runs cannot change the extension under it.
  const build = join(profile, 'extension');
  await cp(FIREFOX_BUILD, build, { recursive: true });
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    userDataDir: join(profile, 'profile'),
    args: ['--remote-allow-system-access'],
    env: { ...process.env, TZ: 'Asia/Ho_Chi_Minh', ...options.env },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
      'intl.locale.requested': 'vi',
      ...(options.downloads && {
        'browser.download.folderList': 2,
        'browser.download.dir': options.downloads,
        'browser.download.useDownloadDir': true,
        'browser.download.always_ask_before_handling_new_types': false,
        'browser.helperApps.neverAsk.saveToDisk': 'application/json',
      }),
    },
  });
  try {
    await browser.installExtension(build);
  } catch (error) {
    await browser.close();
    await rm(profile, { recursive: true, force: true });
    throw error;
  }
  return {
    browser,
    async open(path) {
      const page = await browser.newPage();
      await navigate(page, `${FIREFOX_ORIGIN}/${path}`);
      return page;
    },
    async close() {
      await browser.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/**
 * A fresh Firefox for each test of a file, closed after it: call the returned function with
 * `launchFirefox`'s options. Call once at the top of a test file.
 */
export function freshFirefoxes(): (options?: Parameters<typeof launchFirefox>[0]) => Promise<LaunchedFirefox> {
  const launched: LaunchedFirefox[] = [];
  afterEach(async () => {
    await Promise.all(launched.splice(0).map((firefox) => firefox.close()));
  });
  return async (options) => {
    const firefox = await launchFirefox(options);
    launched.push(firefox);
    return firefox;
  };
}

// Puppeteer over WebDriver BiDi has no locators by role: elements are found by their label or
// text in the page, then clicked and typed into as a person would.

/** Polls until the page agrees (20 s at most: Firefox on a busy machine is slow to start). */
export const eventually = <T>(read: () => Promise<T>, timeout = 20_000) =>
  expect.poll(read, { timeout, interval: 100 });

/** The page's text, as a person reads it. */
export const bodyText = (page: Page) => page.evaluate(() => document.body.textContent ?? '');

/** The form control a `<label>` with exactly this text names, once it is there. */
export async function control(page: Page, label: string): Promise<ElementHandle<HTMLInputElement>> {
  await eventually(() =>
    page.evaluate((text) => [...document.querySelectorAll('label')].some((l) => l.textContent?.trim() === text), label),
  ).toBe(true);
  const handle = await page.evaluateHandle(
    (text) => [...document.querySelectorAll('label')].find((l) => l.textContent?.trim() === text)!.control,
    label,
  );
  return handle as ElementHandle<HTMLInputElement>;
}

/** Clicks the button whose text is exactly `text`, once it is there. */
export async function clickButton(page: Page, text: string): Promise<void> {
  await eventually(() =>
    page.evaluate((t) => [...document.querySelectorAll('button')].some((b) => b.textContent?.trim() === t), text),
  ).toBe(true);
  const button = await page.evaluateHandle(
    (t) => [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === t)!,
    text,
  );
  await (button as ElementHandle<HTMLButtonElement>).click();
}
