import type { BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { axeViolations, describeViolations, extensionUrl, WCAG_22_AA } from './helpers';

/**
 * What the accessibility suites share (issue #17): reflow checks (WCAG 1.4.10), the text size
 * doubled, the language switched, and a list of what failed on which screen, so that one run
 * names every broken screen at once.
 */

/** The narrowest width WCAG 1.4.10 asks a page to reflow to, in CSS pixels. */
export const NARROW = { width: 320, height: 720 } as const;
/** A 1280 × 800 window at 200% zoom: the page lays out in 640 × 400 CSS pixels. */
const ZOOM_200 = { width: 640, height: 400 } as const;
/** A desktop window. */
export const DESKTOP = { width: 1100, height: 900 } as const;

/** How many CSS pixels the page itself is wider than its window (0 when it does not scroll sideways). */
function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => {
    const root = document.documentElement;
    return Math.max(0, root.scrollWidth - root.clientWidth);
  });
}

/** Whether the page scrolls sideways (a region that scrolls inside itself does not count). */
export async function pageScrollsSideways(page: Page): Promise<boolean> {
  return (await sidewaysOverflow(page)) > 0;
}

/** The widest elements that stick out past the window's right edge, for failure messages. */
function whatSticksOut(page: Page, limit = 5): Promise<string[]> {
  return page.evaluate((max) => {
    const width = document.documentElement.clientWidth;
    const out: { right: number; name: string }[] = [];
    for (const el of document.body.querySelectorAll('*')) {
      const box = el.getBoundingClientRect();
      if (box.right <= width + 0.5 || box.width === 0) continue;
      // Only the outermost: an element whose parent sticks out too is left to its parent, and
      // what scrolls inside its own region does not move the page.
      const parent = el.parentElement?.getBoundingClientRect();
      if (parent && parent.right > width + 0.5 && el.parentElement !== document.body) continue;
      let inRegion = false;
      for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
        if (getComputedStyle(up).overflowX !== 'visible') inRegion = true;
      }
      if (inRegion) continue;
      const id = el.id ? `#${el.id}` : '';
      const cls = el.classList.length ? `.${[...el.classList].join('.')}` : '';
      const text = (el.textContent ?? '').trim().slice(0, 30);
      out.push({ right: Math.round(box.right), name: `${el.tagName.toLowerCase()}${id}${cls} «${text}»` });
    }
    return out
      .sort((a, b) => b.right - a.right)
      .slice(0, max)
      .map((o) => `${o.name} to ${o.right}px`);
  }, limit);
}

/** Doubles the text size the way a person's browser setting does: the root font size. */
export async function doubleTextSize(page: Page): Promise<void> {
  await page.evaluate(() => {
    const root = document.documentElement;
    root.style.fontSize = `${Number.parseFloat(getComputedStyle(root).fontSize) * 2}px`;
  });
}

/** Chooses the extension's language in the settings (either language's page), and waits for it. */
export async function chooseLanguage(context: BrowserContext, extensionId: string, lang: 'vi' | 'en'): Promise<void> {
  const page = await context.newPage();
  await page.goto(extensionUrl(extensionId, 'options.html#settings'));
  await page.locator('select#language').selectOption(lang);
  await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(lang);
  await page.close();
}

/**
 * A new page on the settings at a desktop size, "I collect the reports" ticked (found by its
 * place, the last checkbox row, so that either language works), and the admin link in the nav.
 */
export async function settingsWithAdmin(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize(DESKTOP);
  await page.goto(extensionUrl(extensionId, 'options.html#settings'));
  await page.locator('section#settings label.row input[type="checkbox"]').last().check();
  await page.locator('nav a[href="#admin"]').waitFor();
  return page;
}

/** Opens every `<details>` of the page, so that what they hold is checked too. */
export function openEveryDisclosure(page: Page): Promise<void> {
  return page.evaluate(() => {
    for (const details of document.querySelectorAll('details')) details.open = true;
  });
}

/** Problems found on the screens visited; `expect(found.problems).toEqual([])` at the end. */
export class ScreenChecks {
  readonly problems: string[] = [];

  /** axe-core with the WCAG 2.2 AA rules and best practices: every violation is a problem. */
  async axe(page: Page, where: string): Promise<void> {
    const violations = await axeViolations(page, WCAG_22_AA);
    if (violations.length) this.problems.push(`${where}: axe\n${describeViolations(violations)}`);
  }

  /** The page does not scroll sideways at its current size. */
  async reflows(page: Page, where: string): Promise<void> {
    const over = await sidewaysOverflow(page);
    if (over > 0) {
      const size = page.viewportSize();
      this.problems.push(
        `${where} at ${size?.width}px: scrolls sideways by ${over}px (${(await whatSticksOut(page)).join(', ')})`,
      );
    }
  }

  /** Reflow at 320 px and at 200% zoom, then back to `size`. */
  async reflowsNarrow(page: Page, where: string, size: { width: number; height: number } = DESKTOP): Promise<void> {
    for (const viewport of [NARROW, ZOOM_200]) {
      await page.setViewportSize(viewport);
      await page.waitForTimeout(150);
      await this.reflows(page, where);
    }
    await page.setViewportSize(size);
  }

  /** Every chart is an image with a name, described by the table (or caption) that holds its figures. */
  async chartsLinked(page: Page, where: string): Promise<void> {
    const unlinked = await page.evaluate(() =>
      [...document.querySelectorAll('canvas')]
        .filter((c) => !c.closest('.share'))
        .filter((canvas) => {
          const described = document.getElementById(canvas.getAttribute('aria-describedby') ?? '');
          return (
            canvas.getAttribute('role') !== 'img' ||
            !canvas.getAttribute('aria-label') ||
            !described?.textContent?.trim()
          );
        })
        .map((canvas) => canvas.getAttribute('aria-label') ?? canvas.outerHTML),
    );
    if (unlinked.length)
      this.problems.push(`${where}: charts not named and linked to their figures: ${unlinked.join('; ')}`);
  }

  /** axe at `size`, then reflow at 320 px and 200% zoom. */
  async screen(page: Page, where: string, size: { width: number; height: number } = DESKTOP): Promise<void> {
    await openEveryDisclosure(page);
    await this.axe(page, where);
    await this.chartsLinked(page, where);
    await this.reflowsNarrow(page, where, size);
  }
}
