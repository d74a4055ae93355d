// The year-round case of `npm run bench` (tests/bench/merge.mjs, size "year"): a movement made from
// the year-round template (reports every month) over the leap year 2028, 366 days. After the merge of
// 300 staff × 366 days, in the same page with the year kept (the merge and the figures page opened
// afresh are measured by merge.mjs): the office report file and the Word report, for the year and for
// the last whole month (the period the report page starts on), click → the file handed to the browser,
// against floors that sum the kept summaries bare, then serialise and sign the same file, or deflate
// the docx's own parts (tests/bench/file-floors.mjs). A year in the popup: tests/bench/year-popup.mjs.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MB, startProfile, stopProfile } from './browser.mjs';
import {
  clickToFile,
  docxFloor,
  keepSubmissionsForSums,
  medianOf,
  signedJsonFloor,
  watchDownloads,
} from './file-floors.mjs';

const TEMPLATE = new URL('../../storage/campaign/templates/phong-trao-ca-nam.json', import.meta.url);
const yearRound = JSON.parse(await readFile(TEMPLATE, 'utf8'));
const campaign = {
  ...yearRound.campaign,
  id: 'phong-trao-van-phong-xanh-2028',
  organisationId: 'co-quan-thu-nghiem',
  organisation: { vi: 'Cơ quan thử nghiệm' },
  reportTo: { vi: 'Bộ phận tổng hợp' },
  start: '2028-01-01',
  end: '2028-12-31',
  departments: yearRound.campaign.departments.map(({ example: _example, ...department }) => department),
};

export const YEAR = {
  people: 300,
  campaign,
  /** Tuesday 2 January 2029, 10:00 in Vietnam: the report page starts on December 2028. */
  adminDay: Date.parse('2029-01-02T03:00:00Z'),
  /** Sunday 31 December 2028, 10:00 in Vietnam: the 366th day of the movement. */
  popupDay: Date.parse('2028-12-31T03:00:00Z'),
  periods: [
    { key: 'year', what: 'the year', from: '2028-01-01', to: '2028-12-31', query: '?from=2028-01-01&to=2028-12-31' },
    { key: 'month', what: 'last whole month (default)', from: '2028-12-01', to: '2028-12-31', query: '' },
  ],
};
const GOALS = { firstPaint: 1.2, interactive: 1.5, reportFile: 3, docx: 3, summary: 3 };
/** A file handed over within this many ms of the click meets its goal whatever its ratio: it is instant to a person. */
const INSTANT_MS = 100;
export const ROUNDS = 5;

export async function writeYearCampaign(scratch) {
  const file = join(scratch, 'phong-trao-2028.json');
  await writeFile(file, JSON.stringify(campaign, null, 2));
  return file;
}

/** After the merge, in its page with the year kept: the report file and the Word report for each period. */
export async function measureYearReports({ page, browser, cdp, profile = false }) {
  const out = {};
  for (const period of YEAR.periods) {
    try {
      out[period.key] = await measurePeriod(page, browser, period, profile, cdp);
    } catch (error) {
      console.error(`  ${period.what}: the reports could not be measured: ${error?.message ?? error}`);
    }
  }
  return out;
}

/** The report file and the Word report for one period, each against its floor. */
async function measurePeriod(page, browser, period, profile, cdp) {
  await page.goto('about:blank');
  await page.goto(browser.url(`options.html#admin/report${period.query}`));
  const fileButton = page.getByRole('button', { name: 'Tải tệp báo cáo gửi cấp trên (.json)' });
  await fileButton.waitFor({ timeout: 60_000 });
  await watchDownloads(page);
  await keepSubmissionsForSums(page, campaign.id);
  const file = await medianOf(ROUNDS, () => clickToFile(page, 'Tải tệp báo cáo gửi cấp trên (.json)'));
  const expected = `${campaign.organisationId}-${period.from}_${period.to}.json`;
  if (file.last.name !== expected) throw new Error(`report file «${file.last.name}», not «${expected}»`);
  const text = file.last.bytes.toString('utf8');
  const fileFloor = await medianOf(ROUNDS, () => signedJsonFloor(page, text, { sums: period }));
  const docx = await medianOf(ROUNDS, () => clickToFile(page, 'Tải báo cáo Word (.docx)'));
  if (!docx.last.name.endsWith(`_${period.from}_${period.to}.docx`)) throw new Error(`Word «${docx.last.name}»`);
  const docxFloorMs = await medianOf(ROUNDS, () => docxFloor(page, docx.last.bytes, period));
  if (profile) {
    // One more click of each, profiled: where a click's time goes.
    await startProfile(cdp);
    await clickToFile(page, 'Tải tệp báo cáo gửi cấp trên (.json)');
    await stopProfile(cdp, `year-report-file-${period.key}`);
    await startProfile(cdp);
    await clickToFile(page, 'Tải báo cáo Word (.docx)');
    await stopProfile(cdp, `year-docx-${period.key}`);
  }
  const measured = {
    period,
    reportFile: { ms: file.ms, samples: file.samples, bytes: file.last.bytes.length, floor: fileFloor },
    docx: { ms: docx.ms, samples: docx.samples, bytes: docx.last.bytes.length, floor: docxFloorMs },
  };
  console.log(
    `  ${period.what}: report file ${file.ms.toFixed(0)} ms (${(file.last.bytes.length / 1000).toFixed(0)} kB; floor ${fileFloor.ms.toFixed(0)} ms), ` +
      `Word ${docx.ms.toFixed(0)} ms (${(docx.last.bytes.length / 1000).toFixed(0)} kB; floor ${docxFloorMs.ms.toFixed(0)} ms)`,
  );
  return measured;
}

/** The year's rows of the merge table; a goal missed is added to `missed`. */
export function yearRows(r, missed) {
  const ms = (x) => (x === null || x === undefined ? '–' : `${x.toFixed(0)} ms`);
  const rows = [];
  const row = (what, value, base, baseWhat, goal, instant = false) => {
    const ratio = value / base;
    const met = ratio <= goal || (instant && value <= INSTANT_MS);
    if (!met) missed.push(`year: ${what.trim()} ${ratio.toFixed(2)}× its floor`);
    rows.push([
      what,
      ms(value),
      `${ms(base)} (${baseWhat})`,
      `${ratio.toFixed(2)}×`,
      instant ? `≤ ${goal}× or ${INSTANT_MS} ms` : `≤ ${goal}×`,
      met ? 'ok' : 'MISSED',
    ]);
  };
  for (const period of YEAR.periods) {
    const p = r.year?.[period.key];
    if (!p) {
      rows.push([`   reports for ${period.what}`, '–', '', '', '', 'NOT RUN']);
      missed.push(`year: the reports for ${period.what} were not measured`);
      continue;
    }
    row(
      `   report file, ${period.what}: click → file`,
      p.reportFile.ms,
      p.reportFile.floor.ms,
      'sum + sign + stringify + save',
      GOALS.reportFile,
      true,
    );
    row(
      `   Word report, ${period.what}: click → file`,
      p.docx.ms,
      p.docx.floor.ms,
      'sum + deflate its parts + save',
      GOALS.docx,
      true,
    );
  }
  const popup = r.popup;
  if (!popup?.medians) {
    rows.push(['   popup with 366 days recorded', '–', '', '', '', popup?.failed ? 'FAILED' : 'NOT RUN']);
    missed.push(`year: the popup was not measured${popup?.failed ? ` (${popup.failed})` : ''}`);
    return rows;
  }
  const m = popup.medians;
  row('   popup first paint, 366 days recorded', m.firstPaint, m.blank, 'blank page', GOALS.firstPaint);
  row("   today's pledges interactive, 366 days", m.interactive, m.blank, 'blank page', GOALS.interactive);
  const s = popup.summary;
  row(
    `   staff summary export (${s.days} days): save → file`,
    s.ms,
    s.floor.ms,
    'read + sign + save',
    GOALS.summary,
    true,
  );
  const none = popup.withoutDays;
  rows.push([
    '   … the same popup with no day recorded, in turn',
    `${ms(none.firstPaint)}, ${ms(none.interactive)}`,
    `${ms(none.blank)} (blank page)`,
    `${(none.firstPaint / none.blank).toFixed(2)}×, ${(none.interactive / none.blank).toFixed(2)}×`,
    '(info)',
    '',
  ]);
  rows.push(['   … its preview (click → 366 days listed)', ms(s.previewMs), '', '', '(info)', '']);
  rows.push([`   … file size`, `${(s.bytes / MB).toFixed(2)} MB`, '', '', '(info)', '']);
  return rows;
}
