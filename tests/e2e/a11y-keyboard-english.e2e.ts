import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import campaignJson from '@/storage/campaign/built-in/backan-vp-wed-2024.json';
import type { Campaign } from '@/storage/types';
import { generateSummaries } from '@/tests/fixtures/summaries.js';
import { chooseLanguage } from './a11y';
import {
  ADMIN_VIEWPORT,
  browserInVietnam,
  CAMPAIGN_DAY,
  DEPARTMENT,
  extensionUrl,
  freshBrowsers,
  NAME,
  openOptions,
  openPopup,
  REPORT_DAY,
  writeSummaryFiles,
} from './helpers';
import {
  chooseFilesByKeyboard,
  downloadByEnter,
  eventually,
  expectFocus,
  expectVisibleFocus,
  focused,
  tabTo,
  watchLiveRegions,
} from './keyboard';
import { scratchFolders } from './scratch';

// Issue #17: one keyboard-only flow of each area (popup, dashboard, admin) with the language set
// to English, so that a missing or wrong English string, or a name that only the Vietnamese
// tables give, shows. No clicks.

browserInVietnam();
const fresh = freshBrowsers();
const campaign = campaignJson as unknown as Campaign;
const en = (id: string) => campaign.pledges.find((p) => p.id === id)!.label.en!;
const NYLON = en('no-nylon-bags');
const TREES = en('tree-planting');
const scratchDir = scratchFolders('green-office-keys-');

/** The popup's first-run form in English, by keyboard; ends on today's heading. */
async function setUpInEnglish(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Start' }).waitFor();
  await tabTo(page, 'input[text]: Full name');
  await page.keyboard.type(NAME);
  await tabTo(page, /^select: /);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  expect(await page.getByLabel('Department or unit').inputValue()).toBe(DEPARTMENT.id);
  await tabTo(page, 'button[submit]: Start');
  await page.keyboard.press('Enter');
  await expectFocus(page, `h1: ${campaign.name.en}`);
}

describe('the keyboard flows in English (issue #17)', () => {
  test('popup: set up, Space records, Enter adds one and undoes, a note saved: all said in English', async () => {
    const ext = await fresh(CAMPAIGN_DAY);
    await chooseLanguage(ext.context, ext.extensionId, 'en');
    const page = await openPopup(ext.context, ext.extensionId);
    await setUpInEnglish(page);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    const announced = await watchLiveRegions(page);

    await tabTo(page, `input[checkbox]: ${NYLON}`);
    await page.keyboard.press('Space');
    await eventually(announced).toContain(`Recorded: ${NYLON}`);
    await tabTo(page, `button[button]: One more: ${TREES}`);
    await page.keyboard.press('Enter');
    await eventually(announced).toContain(`Recorded: ${TREES}`);
    await tabTo(page, 'button[button]: Undo the last change');
    await page.keyboard.press('Enter');
    await eventually(announced).toContain(`Undone: ${TREES}`);
    expect(await focused(page), 'the focus is not lost to the page top').not.toBe('body');

    await tabTo(page, /^textarea: Note for .+ \(optional\)$/);
    await page.keyboard.type('Brought my own bottle');
    await tabTo(page, 'button[submit]: Save note');
    await page.keyboard.press('Enter');
    await eventually(announced).toContain('Note saved.');
    await expectVisibleFocus(page);
  });

  test('dashboard: the sections by Enter on the nav, then the summary previewed and saved, in English', async () => {
    const ext = await fresh(CAMPAIGN_DAY);
    await chooseLanguage(ext.context, ext.extensionId, 'en');
    await setUpInEnglish(await openPopup(ext.context, ext.extensionId));
    const page = await openOptions(ext.context, ext.extensionId);
    await page.getByRole('link', { name: 'My progress' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');

    for (const link of ['My department', 'Settings', 'My data']) {
      await tabTo(page, `a: ${link}`, { back: (await focused(page)) !== 'body' });
      await page.keyboard.press('Enter');
      await expectFocus(page, /^h2: \S/);
      await expectVisibleFocus(page);
      expect(await page.getByRole('link', { name: link }).getAttribute('aria-current')).toBe('page');
    }
    // No Vietnamese left on the way: the section's heading is English.
    expect(await focused(page)).toMatch(/^h2: [\x20-\x7e’“”–]+$/);

    const announced = await watchLiveRegions(page);
    await tabTo(page, 'button[button]: Preview what will be shared');
    await page.keyboard.press('Enter');
    await expectFocus(page, 'h3: What will be shared');
    await tabTo(page, 'button[button]: Save a spreadsheet (.csv)');
    const csv = await downloadByEnter(page);
    await eventually(announced).toContain(`Saved the spreadsheet “${csv.name}”.`);
    await tabTo(page, 'button[button]: Save the summary to send (.json)', { back: true });
    const json = await downloadByEnter(page);
    await eventually(announced).toContain(
      `Saved “${json.name}” (export 1). Send this file to Administration–Organisation and Finance Department (HCTC-QTTV).`,
    );
    await expectFocus(page, 'button[button]: Preview what will be shared');
  });

  test('admin: the section reached by keyboard, summaries previewed and written, in English', async () => {
    const scratch = await scratchDir();
    const ext = await fresh(REPORT_DAY);
    await chooseLanguage(ext.context, ext.extensionId, 'en');
    const page = await ext.context.newPage();
    await page.setViewportSize(ADMIN_VIEWPORT);
    await page.goto(extensionUrl(ext.extensionId, 'options.html#settings'));
    await page.getByRole('checkbox', { name: 'I collect the reports for my office' }).waitFor();
    await tabTo(page, 'input[checkbox]: I collect the reports for my office');
    await page.keyboard.press('Space');
    await page.getByRole('link', { name: 'Admin (reports)' }).waitFor();
    await tabTo(page, 'a: Admin (reports)', { back: true });
    await page.keyboard.press('Enter');
    await expectFocus(page, /^h2: Reports/);
    // Receiving files is a page of the section's own navigation, back from the heading.
    await tabTo(page, 'a: Receive files', { back: true, within: 'nav.subnav' });
    await page.keyboard.press('Enter');
    await expectFocus(page, /^h2: Receive files — /);
    const announced = await watchLiveRegions(page);

    const files = await writeSummaryFiles(scratch, generateSummaries({ campaign, people: 3 }).summaries);
    await tabTo(page, /^input\[file\]: Choose summary files \(\.json\), several at once/);
    await chooseFilesByKeyboard(page, files);
    await expectFocus(page, /^p: Preview of 3 files: /);
    await tabTo(page, /^button\[button\]: Write to the data \(3 new or updated files\)$/);
    await page.keyboard.press('Enter');
    await expectFocus(page, /^p: Merged 3 files: /);
    await expectVisibleFocus(page);
    await eventually(announced).toEqual(expect.arrayContaining([expect.stringMatching(/^Merged 3 files: /)]));
  });
});
