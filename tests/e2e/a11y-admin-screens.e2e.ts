import { webcrypto } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import campaignJson from '@/storage/campaign/built-in/backan-vp-wed-2024.json';
import type { Summary } from '@/storage/summary/schema';
import { ALGORITHM, base64url, publicPart, SIGNING, signedBytes } from '@/storage/summary/signature';
import type { Campaign } from '@/storage/types';
import { generateSummaries } from '@/tests/fixtures/summaries.js';
import { chooseLanguage, DESKTOP, ScreenChecks, settingsWithAdmin } from './a11y';
import { browserInVietnam, extensionUrl, freshBrowsers, REPORT_DAY, writeSummaryFiles } from './helpers';
import { scratchFolders } from './scratch';

// Issue #17: every screen of the admin office, in Vietnamese and in English, has no axe-core
// violation of WCAG 2.2 AA (and best practices) and reflows at 320 CSS px and at 200% zoom with
// no sideways scroll of the page (WCAG 1.4.10): the import preview, the section after a commit
// with a held file, the merge log, the staff list, the quick campaign form and the editor, the
// report's details, the printable report, the posters, the bulletin as staff load it.

browserInVietnam();
const browserAt = freshBrowsers();
const campaign = campaignJson as unknown as Campaign;
const LANGUAGES = ['vi', 'en'] as const;
const REPORT = 'report?from=2024-06-05&to=2024-06-30&date=2024-07-01';
const POSTER = 'poster/a4/office/2024-06-05/2024-06-30/2024-07-01';
const scratchDir = scratchFolders('green-office-a11y-admin-');

/** The summary signed with `key`, as another install would sign it (docs/formats.md §2). */
async function signedWith(summary: Summary, key: CryptoKeyPair): Promise<Summary> {
  const subtle = webcrypto.subtle as unknown as SubtleCrypto;
  const value = new Uint8Array(await subtle.sign(SIGNING, key.privateKey, signedBytes(summary) as BufferSource));
  const publicKey = publicPart(await subtle.exportKey('jwk', key.publicKey)) as Record<string, unknown>;
  return { ...summary, signature: { alg: 'ES256', publicKey, value: base64url(value) } };
}

const newKey = () => webcrypto.subtle.generateKey(ALGORITHM, false, ['sign', 'verify']) as Promise<CryptoKeyPair>;

/** Picks files in the admin section's input and commits them; waits for the line that says so. */
async function importFiles(page: Page, files: string[]): Promise<void> {
  await page.locator('#summary-files').setInputFiles(files);
  const commit = page.locator('.preview button.primary');
  await commit.waitFor({ timeout: 60_000 });
  await commit.click();
  await page.locator('p.notice[role="status"]').first().waitFor({ timeout: 60_000 });
}

async function goTo(page: Page, hash: string): Promise<void> {
  await page.goto(page.url().replace(/#.*$/, `#${hash}`));
}

describe.each(LANGUAGES)('every admin screen in %s', (lang) => {
  test('the admin section, the report and the posters: no axe violation, no sideways scroll at 320 px or 200% zoom', async () => {
    const checks = new ScreenChecks();
    const ext = await browserAt(REPORT_DAY);
    if (lang === 'en') await chooseLanguage(ext.context, ext.extensionId, 'en');
    const scratch = await scratchDir();
    const page = await settingsWithAdmin(ext.context, ext.extensionId);
    await goTo(page, 'admin');
    await page.locator('nav.subnav a[aria-current="page"]').waitFor();
    await checks.screen(page, 'admin overview, nothing imported');
    await goTo(page, 'admin/files');
    await page.locator('#summary-files').waitFor();
    await checks.screen(page, 'admin files, nothing imported');

    // The preview of 20 files, one of them broken; one person's file signed with their key.
    const { summaries } = generateSummaries({ campaign, people: 20, seed: 17 });
    const [first, ...others] = summaries as Summary[];
    summaries[0] = await signedWith(first!, await newKey());
    const paths = await writeSummaryFiles(scratch, summaries);
    const broken = join(scratch, 'hong.json');
    await writeFile(broken, '{"format":"green-office/summary"');
    await page.locator('#summary-files').setInputFiles([...paths, broken]);
    await page.locator('.preview button.primary').waitFor({ timeout: 60_000 });
    await checks.screen(page, 'admin, the import preview');
    await page.locator('.preview button.primary').click();
    await page.locator('p.notice[role="status"]').first().waitFor({ timeout: 60_000 });

    // The same person's next file signed with another key: held back for the office to decide.
    const [next] = await writeSummaryFiles(
      scratch,
      [await signedWith({ ...first!, revision: 2 }, await newKey())],
      'r2',
    );
    await importFiles(page, [next!]);
    await page.locator('#held-title').waitFor();
    expect(others.length).toBeGreaterThan(0);
    await checks.screen(page, 'admin files after the import: held file, log');
    // Each page of the section after the import, as its address opens it.
    await goTo(page, 'admin');
    await page.locator('#not-sent-title').waitFor();
    await checks.screen(page, 'admin overview after the import');
    await goTo(page, 'admin/figures');
    await page.locator('table.departments tbody tr').first().waitFor();
    await page.locator('#roster-title').waitFor();
    await checks.screen(page, 'admin figures after the import: figures, staff list');
    await goTo(page, 'admin/report');
    await page.locator('section[aria-labelledby="reports-title"] fieldset').first().waitFor();
    await checks.screen(page, 'admin report after the import: details, files');
    await goTo(page, 'admin/campaign');
    // The editor, unfolded, opened on the campaign in use, beside the quick form.
    await page.locator('details.editor-fold > summary').click();
    await page.locator('section[aria-labelledby="editor-title"] .editor-source button').click();
    await page.locator('section[aria-labelledby="editor-title"] fieldset').first().waitFor();
    await checks.screen(page, 'admin campaign: the new-campaign form and the editor');
    await goTo(page, 'admin/share');
    await page.locator('section[aria-labelledby="bulletin-title"]').waitFor();
    await checks.screen(page, 'admin share: pictures, posters, bulletin');

    const report = await ext.context.newPage();
    await report.setViewportSize(DESKTOP);
    await report.goto(extensionUrl(ext.extensionId, `options.html#${REPORT}`));
    await report.locator('.report table tbody tr').first().waitFor();
    await checks.screen(report, 'the printable report');
    await goTo(report, POSTER);
    await report.locator('.poster-sheet table tbody tr').first().waitFor();
    await checks.screen(report, 'the office poster (A4)');

    // The bulletin as staff load it, in the department section, and its poster.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('section[aria-labelledby="bulletin-title"] button.primary').click(),
    ]);
    await goTo(page, 'department');
    await page.locator('#bulletin-file').setInputFiles(await download.path());
    await page.locator('#bulletin-file ~ [role="status"], .notice[role="status"]').first().waitFor();
    await checks.screen(page, 'department with the bulletin loaded');
    await goTo(report, 'poster/a3/bulletin');
    await report.locator('.poster-sheet table tbody tr').first().waitFor();
    await checks.screen(report, 'the bulletin poster (A3)');
    expect(checks.problems).toEqual([]);
  }, 180_000);
});
