import { basename } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import campaignJson from '@/storage/campaign/built-in/backan-vp-wed-2024.json';
import type { Summary } from '@/storage/summary/schema';
import type { Campaign } from '@/storage/types';
import { generateSummaries } from '@/tests/fixtures/summaries.js';
import {
  browserInVietnam,
  commitButton,
  commitPicked,
  extensionUrl,
  freshBrowsers,
  openAdmin,
  openAdminSection,
  pickSummaryFiles,
  REPORT_DAY,
  SUMMARY_INPUT,
  writeSummaryFiles,
} from './helpers';
import { scratchFolders } from './scratch';

// The admin office closing its page while a long import is being written (issue #4: "closing
// the page mid-import leaves no half-written file"). The built extension in real Chromium,
// fed through the page's own file input; what was kept is read straight from the extension's
// IndexedDB (not through product code), and held against the generated files. The clock is
// pinned on Monday 1 July 2024, 10:00 in Vietnam: the built-in campaign (5–30 June) has ended.

browserInVietnam();
const browserAt = freshBrowsers();

const campaign = campaignJson as unknown as Campaign;
/** Enough files that writing them takes many frames, so the page can be closed halfway. */
const FILES = 1_500;
/** FILES_PER_TRANSACTION in storage/admin/summaries.ts: every file here is small enough that a group is 100 files. */
const GROUP = 100;
/** The Dexie database of storage/db/database.ts. */
const DB_NAME = 'green-office';

const scratchDir = scratchFolders('green-office-interrupted-');

const viCount = (n: number) => new Intl.NumberFormat('vi-VN').format(n);

interface StoredSubmission {
  campaignId: string;
  participantId: string;
  name: string;
  department: string;
  revision: number;
  days: unknown;
  fileName: string;
}
interface StoredLogLine {
  campaignId: string;
  participantId?: string;
  fileName: string;
  outcome: string;
}

/** Every row of `submissions` and `mergeLog`, read with plain IndexedDB in an extension page. */
function readStored(page: Page): Promise<{ submissions: StoredSubmission[]; log: StoredLogLine[] }> {
  return page.evaluate(
    (name) =>
      new Promise((resolve, reject) => {
        // No version: open whatever the extension made, never upgrade it.
        const open = indexedDB.open(name);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const database = open.result;
          const tx = database.transaction(['submissions', 'mergeLog'], 'readonly');
          const submissions = tx.objectStore('submissions').getAll();
          const log = tx.objectStore('mergeLog').getAll();
          tx.oncomplete = () => {
            database.close();
            resolve({ submissions: submissions.result, log: log.result });
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    DB_NAME,
  );
}

/** "Xem trước 1.500 tệp: 700 mới · 0 cập nhật (…) · 800 trùng, không đổi · …" → counts by outcome words. */
function outcomeCounts(text: string): Record<string, number> {
  const [, counts] = /:\s*(.*?)\.?$/.exec(text.trim())!;
  return Object.fromEntries(
    counts!.split(' · ').map((part) => {
      const [, n, words] = /^([\d.]+) (.+)$/.exec(part.trim())!;
      return [words!, Number(n!.replace(/\./g, ''))];
    }),
  );
}

const NEW = 'mới';
const DUPLICATE = 'trùng, không đổi';

/**
 * Problems with what is stored, against the generated files: a submission not whole or not
 * one of the files, a file kept without its single 'new' log line, a 'new' line without its file.
 */
function checkWhole(
  stored: { submissions: StoredSubmission[]; log: StoredLogLine[] },
  byId: Map<string, { summary: Summary; file: string }>,
): string[] {
  const wrong: string[] = [];
  const kept = new Map<string, StoredSubmission>();
  for (const row of stored.submissions) {
    const sent = byId.get(row.participantId);
    if (kept.has(row.participantId)) wrong.push(`${row.participantId} kept twice`);
    kept.set(row.participantId, row);
    if (!sent) {
      wrong.push(`a submission for ${row.participantId}, who sent no file`);
      continue;
    }
    const { summary, file } = sent;
    const got = {
      campaignId: row.campaignId,
      name: row.name,
      department: row.department,
      revision: row.revision,
      fileName: row.fileName,
    };
    const want = {
      campaignId: campaign.id,
      name: summary.participant.name,
      department: summary.participant.department,
      revision: summary.revision,
      fileName: file,
    };
    if (JSON.stringify(got) !== JSON.stringify(want))
      wrong.push(`${file}: kept as ${JSON.stringify(got)}, sent ${JSON.stringify(want)}`);
    try {
      expect(row.days).toEqual(summary.days);
    } catch {
      wrong.push(
        `${file}: ${Array.isArray(row.days) ? row.days.length : typeof row.days} days kept, ${summary.days.length} sent, or not the same`,
      );
    }
  }
  const newLines = new Map<string, StoredLogLine[]>();
  for (const line of stored.log.filter((l) => l.outcome === 'new')) {
    newLines.set(line.participantId ?? '', [...(newLines.get(line.participantId ?? '') ?? []), line]);
  }
  for (const [id, row] of kept) {
    const lines = newLines.get(id) ?? [];
    if (lines.length !== 1) wrong.push(`${row.fileName}: kept with ${lines.length} 'new' log lines`);
    else if (lines[0]!.fileName !== row.fileName)
      wrong.push(`${row.fileName}: its 'new' log line names ${lines[0]!.fileName}`);
  }
  for (const [id, lines] of newLines)
    if (!kept.has(id)) wrong.push(`${lines.map((l) => l.fileName).join(', ')}: a 'new' log line, no file kept`);
  return wrong;
}

describe('admin import interrupted', () => {
  test('closing the admin page in the middle of a long import leaves every file either merged whole with its log line or not at all; importing again completes the rest', async () => {
    const ext = await browserAt(REPORT_DAY);
    const scratch = await scratchDir();
    const { summaries } = generateSummaries({ campaign, people: FILES, seed: 20240705 });
    const paths = await writeSummaryFiles(scratch, summaries);
    const byId = new Map(
      summaries.map((summary, i) => [summary.participant.id, { summary, file: basename(paths[i]!) }]),
    );
    const indexOf = new Map(paths.map((path, i) => [basename(path), i]));
    expect(byId.size, 'one file a person').toBe(FILES);
    // Groups are 100 files only if no group reaches the 5,000-day bound of a transaction.
    expect(Math.max(...summaries.map((s) => s.days.length)) + 1).toBeLessThanOrEqual(5_000 / GROUP);

    let page = await openAdminSection(ext.context, ext.extensionId);
    expect(await pickSummaryFiles(page, paths)).toBe(`Ghi vào dữ liệu (${viCount(FILES)} tệp mới hoặc cập nhật)`);
    await commitButton(page).click();

    // Closed as soon as the bar shows some files written and not all: no waiting for a frame more.
    // The wait also ends if the import is over, so that a too fast import fails at once.
    const seen = (await (
      await page.waitForFunction(
        () => {
          const bar = document.querySelector<HTMLProgressElement>('progress#import-progress');
          if (bar && bar.value > 0 && bar.value < bar.max)
            return { done: bar.value, total: bar.max, label: bar.labels[0]?.textContent ?? '', finished: false };
          const over = [...document.querySelectorAll('[role="status"]')].some((status) =>
            status.textContent?.startsWith('Đã xử lý '),
          );
          return over || (bar && bar.value >= bar.max)
            ? { done: bar?.value ?? 0, total: bar?.max ?? 0, label: '', finished: true }
            : null;
        },
        undefined,
        { polling: 'raf', timeout: 30_000 },
      )
    ).jsonValue())!;
    if (seen.finished)
      throw new Error(
        `The import of ${FILES} files finished before the page could be closed halfway: raise FILES in this test.`,
      );
    await page.close();
    expect(seen.total).toBe(FILES);
    expect(seen.label).toBe(`Đang ghi ${viCount(seen.done)}/${viCount(FILES)} tệp`);

    page = await ext.context.newPage();
    await page.goto(extensionUrl(ext.extensionId, 'options.html#admin/files'));
    await page.getByLabel(SUMMARY_INPUT).waitFor();
    const interrupted = await readStored(page);
    const kept = interrupted.submissions.length;
    expect(kept, `files kept when the page was closed: raise FILES if this is ${FILES}`).toBeLessThan(FILES);
    expect(kept, 'files kept when the page was closed').toBeGreaterThan(0);
    // What the bar had counted was committed before the page closed: it cannot be lost.
    expect(kept, `files kept, the bar had shown ${seen.done} written`).toBeGreaterThanOrEqual(seen.done);
    expect(
      interrupted.log.map((l) => l.outcome).filter((o) => o !== 'new'),
      'log lines other than new',
    ).toEqual([]);
    expect(checkWhole(interrupted, byId), 'files kept half, or without their log line').toEqual([]);
    // A transaction is a group of 100 consecutive files: each group is all kept or all absent.
    const groupsKept = new Map<number, number>();
    for (const row of interrupted.submissions) {
      const group = Math.floor(indexOf.get(row.fileName)! / GROUP);
      groupsKept.set(group, (groupsKept.get(group) ?? 0) + 1);
    }
    expect(
      [...groupsKept].filter(([, n]) => n !== GROUP).map(([g, n]) => `group ${g + 1}: ${n} of ${GROUP} files`),
      'groups written in part',
    ).toEqual([]);
    expect(kept % GROUP).toBe(0);

    // The same files again: the kept ones are unchanged duplicates, the rest new.
    const keptFiles = new Set(interrupted.submissions.map((s) => s.fileName));
    expect(await pickSummaryFiles(page, paths)).toBe(
      `Ghi vào dữ liệu (${viCount(FILES - kept)} tệp mới hoặc cập nhật)`,
    );
    const previewLine = await page
      .getByRole('status')
      .filter({ hasText: /^Xem trước / })
      .textContent();
    const previewCounts = outcomeCounts(previewLine!);
    expect(previewCounts, previewLine!).toEqual(
      Object.fromEntries(
        Object.keys(previewCounts).map((k) => [k, k === NEW ? FILES - kept : k === DUPLICATE ? kept : 0]),
      ),
    );
    const shown = await page
      .getByRole('table', { name: /^Kết quả kiểm tra từng tệp \(chưa ghi gì\)/ })
      .locator('tbody tr')
      .evaluateAll((rows) =>
        rows.map((tr) => ({ file: tr.children[0]?.textContent ?? '', outcome: tr.getAttribute('data-outcome') })),
      );
    expect(shown.length).toBeGreaterThan(0);
    expect(
      shown.filter((r) => r.outcome !== (keptFiles.has(r.file) ? 'duplicate' : 'new')),
      'preview rows with the wrong outcome',
    ).toEqual([]);

    const status = await commitPicked(page, FILES);
    const merged = outcomeCounts(status);
    expect(merged, status).toEqual(
      Object.fromEntries(Object.keys(merged).map((k) => [k, k === NEW ? FILES - kept : k === DUPLICATE ? kept : 0])),
    );
    await openAdmin(page, 'figures');
    await page.getByText(`Đang giữ tệp tổng hợp của ${viCount(FILES)} người.`).waitFor();

    const complete = await readStored(page);
    expect(complete.submissions, 'everyone kept once').toHaveLength(FILES);
    expect(checkWhole(complete, byId), 'files kept half, or without their log line').toEqual([]);
    const duplicates = complete.log
      .filter((l) => l.outcome === 'duplicate')
      .map((l) => l.fileName)
      .sort();
    expect(duplicates, 'a duplicate line for each file kept before').toEqual([...keptFiles].sort());
    expect(complete.log, 'log lines: one a file of each import').toHaveLength(FILES + kept);

    // The department table counts every person once.
    const submitted = await page.locator('tr[data-department] td[data-cell="submitted"]').allTextContents();
    expect(submitted.reduce((sum, n) => sum + Number(n.replace(/\./g, '')), 0)).toBe(FILES);
  }, 120_000);
});
