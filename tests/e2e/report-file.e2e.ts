import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import campaignJson from '@/storage/campaign/built-in/backan-vp-wed-2024.json';
import { readReportText } from '@/storage/report-file/read';
import type { OfficeReport } from '@/storage/report-file/types';
import type { Campaign } from '@/storage/types';
import { problemsOf } from '@/tests/fixtures/report-check';
import { generateSummaries, summaryTotals } from '@/tests/fixtures/summaries.js';
import {
  axeViolations,
  browserInVietnam,
  commitPicked,
  describeViolations,
  freshBrowsers,
  openAdmin,
  openAdminSection,
  pickSummaryFiles,
  REPORT_DAY,
  WCAG_22_AA,
  writeSummaryFiles,
} from './helpers';
import { scratchFolders } from './scratch';

// The office report file for the level above (docs/formats.md §4, issue #15) in the built
// extension in real Chromium: the office imports staff summaries through its file input, then
// saves its report file through the page's button. The file is held against the format by the
// app's reader and by an independent check, and its figures against what the generator worked out
// from the summaries alone. The clock is pinned on Monday 1 July 2024 in Vietnam.

browserInVietnam();

const campaign = campaignJson as unknown as Campaign;
const WEEK_2 = { from: '2024-06-10', to: '2024-06-16' } as const;
const SECTION = 'Tệp báo cáo gửi cấp trên';
const BUTTON = 'Tải tệp báo cáo gửi cấp trên (.json)';

const browserAt = freshBrowsers();
const scratchDir = scratchFolders('green-office-report-file-');

/** A fresh browser on the report day, the admin section open, 30 staff summaries merged. */
async function officeWithSummaries() {
  const ext = await browserAt(REPORT_DAY);
  const page = await openAdminSection(ext.context, ext.extensionId);
  const { summaries } = generateSummaries({ campaign, people: 30, seed: 1515 });
  await pickSummaryFiles(page, await writeSummaryFiles(await scratchDir(), summaries));
  await commitPicked(page, summaries.length);
  await openAdmin(page, 'report');
  return { page, summaries };
}

const section = (page: Page, name = SECTION): Locator => page.getByRole('region', { name });

/** Axe with the rules the product claims, on the page; the violations inside the new section. */
async function violationsIn(page: Page, name = SECTION): Promise<string> {
  const violations = await axeViolations(page, WCAG_22_AA);
  const inSection = [];
  for (const v of violations) {
    const nodes = [];
    for (const node of v.nodes) {
      const selector = String((node.target as unknown[])[0]);
      const inside = await page.evaluate(
        ([css, title]) => !!document.querySelector(css!)?.closest(`section[aria-labelledby="${title}"]`),
        [selector, 'report-file-title'] as const,
      );
      if (inside) nodes.push(node);
    }
    if (nodes.length) inSection.push({ ...v, nodes });
  }
  return inSection.length ? `${name}:\n${describeViolations(inSection)}` : '';
}

async function saveReportFile(page: Page, press?: () => Promise<void>) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    press ? press() : section(page).getByRole('button', { name: BUTTON }).click(),
  ]);
  return { name: download.suggestedFilename(), text: await readFile((await download.path())!, 'utf8') };
}

/** The report's figures as the generator counts them: per department, sent, took part, days. */
function expectedUnits(summaries: Parameters<typeof summaryTotals>[0], range: { from: string; to: string }) {
  const totals = summaryTotals(summaries, campaign, range);
  return campaign.departments.map((d) => {
    const t = totals.departments[d.id]!;
    const days = Object.entries(t.byDate).filter(([, day]) => day.participants > 0);
    return {
      id: d.id,
      submitted: t.people,
      tookPart: t.tookPart,
      days: days.map(([date, day]) => ({ date, participants: day.participants, pledges: day.pledges })),
    };
  });
}

const figuresOf = (report: OfficeReport) =>
  report.units.map(({ id, submitted, tookPart, days }) => ({ id, submitted, tookPart, days }));

describe('the office’s report file for the level above', () => {
  test('is saved for a week after the office merged staff summaries: valid, its figures, no person in it', async () => {
    const { page, summaries } = await officeWithSummaries();
    await section(page).scrollIntoViewIfNeeded();
    const found = [await violationsIn(page, 'the form as it opens')];

    // No organisation id in the built-in campaign: asked for, and refused when wrong.
    await section(page).getByLabel('Mã cơ quan').fill('VP UBND Bắc Kạn');
    await section(page).getByRole('button', { name: BUTTON }).click();
    await expect
      .poll(() => section(page).getByRole('alert').textContent())
      .toBe('«Mã cơ quan»: mã cơ quan chỉ gồm a–z, 0–9 và dấu gạch ngang, dài 1–64 ký tự. Chưa tạo tệp.');
    found.push(await violationsIn(page, 'the form with its id refused'));

    // The week chosen on the figures page: the period of the Word report and of this file.
    await openAdmin(page, 'figures');
    await page.getByLabel('Khoảng thời gian').selectOption({ index: 2 });
    await openAdmin(page, 'report');
    await section(page).getByText('từ 10/06/2024 đến 16/06/2024', { exact: false }).waitFor();
    await section(page).getByLabel('Mã cơ quan').fill('vp-ubnd-backan');
    const file = await saveReportFile(page);
    expect(file.name).toBe('vp-ubnd-backan-2024-06-10_2024-06-16.json');
    found.push(await violationsIn(page, 'the form after saving'));
    expect(found.filter(Boolean).join('\n')).toBe('');

    const json = JSON.parse(file.text);
    expect(problemsOf(json)).toEqual([]);
    const read = await readReportText(file.text, campaign);
    expect(read).toMatchObject({ ok: true, signed: true });
    const report = (read as { report: OfficeReport }).report;
    expect(report.organisation).toEqual({ id: 'vp-ubnd-backan', name: campaign.organisation });
    expect(report.period).toEqual({ start: WEEK_2.from, end: WEEK_2.to });
    expect(figuresOf(report)).toEqual(expectedUnits(summaries, WEEK_2));
    const notes = summaries.flatMap((s) => s.days.flatMap((d) => (d.note ? [d.note] : [])));
    for (const secret of [...summaries.flatMap((s) => [s.participant.name, s.participant.id]), ...notes])
      expect(file.text.includes(secret), secret).toBe(false);
  }, 180_000);

  test('in English, by keyboard alone, at 320 px wide: the whole campaign, the typed id kept', async () => {
    const { page, summaries } = await officeWithSummaries();
    await page.goto(page.url().replace(/#.*$/, '#settings'));
    await page.getByLabel('Ngôn ngữ').selectOption('en');
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.getByRole('navigation').getByRole('link', { name: 'Admin (reports)' }).click();
    await page
      .getByRole('navigation', { name: 'Pages of the admin section' })
      .getByRole('link', { name: 'Report', exact: true })
      .click();
    const name = 'Report file for the level above';
    await section(page, name).waitFor();
    await page.setViewportSize({ width: 320, height: 900 });
    const found = [await violationsIn(page, 'English, as it opens')];

    const id = section(page, name).getByLabel('Organisation id');
    await id.focus();
    await page.keyboard.type('vp-ubnd-backan');
    // Tab to the name (filled with the campaign's organisation), then to the button, and press it.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('report-file-name');
    await page.keyboard.press('Tab');
    const file = await saveReportFile(page, () => page.keyboard.press('Enter'));
    expect(file.name).toBe('vp-ubnd-backan-2024-06-05_2024-06-30.json');
    await section(page, name).getByRole('status').filter({ hasText: file.name }).waitFor();
    found.push(await violationsIn(page, 'English, after saving'));
    expect(found.filter(Boolean).join('\n')).toBe('');

    // Nothing of the new part runs past the screen's edge.
    const overflow = await section(page, name).evaluate(
      (el) =>
        [el, ...el.querySelectorAll('*')].filter((e) => e.getBoundingClientRect().right > window.innerWidth + 0.5)
          .length,
    );
    expect(overflow).toBe(0);
    expect(await section(page, name).evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);

    const read = await readReportText(file.text, campaign);
    // The name left as it came is the campaign's own label, Vietnamese and English.
    expect(read.ok && read.report.organisation).toEqual({ id: 'vp-ubnd-backan', name: campaign.organisation });
    expect(read.ok && figuresOf(read.report)).toEqual(
      expectedUnits(summaries, { from: campaign.start, to: campaign.end }),
    );
    // The id typed is kept: the section opens with it next time.
    await page.reload();
    await expect.poll(() => section(page, name).getByLabel('Organisation id').inputValue()).toBe('vp-ubnd-backan');
  }, 180_000);
});
