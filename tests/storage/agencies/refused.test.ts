import { describe, expect, it } from 'vitest';
import { reportFormat } from '@/storage/agencies/reports';
import { db } from '@/storage/db/database';
import { previewFiles } from '@/storage/rollup/preview';
import { commitFiles } from '@/storage/rollup/write';
import { badReports, baseReport, levelAbove, reportFile } from '@/tests/fixtures/bad-reports';
import { everyRow } from '@/tests/fixtures/damaged-files';

// Every bad report of the corpus (one a rule of docs/formats.md §4), merged by the level above
// after a good report was kept: each is refused with its rule, and only its log line is written.
const AT = '2024-07-02T09:00:00+07:00';

describe('the level above refuses every bad report with nothing written', () => {
  it.each(badReports().map((bad) => [bad.name, bad] as const))('refuses %s', async (_name, bad) => {
    const kept = baseReport();
    kept.organisation.id = 'so-tai-chinh';
    await commitFiles(
      reportFormat,
      await previewFiles(reportFormat, [reportFile(kept)], levelAbove),
      levelAbove.id,
      AT,
    );
    const { agencyLog: logBefore, ...before } = await everyRow();

    const verdicts = await previewFiles(reportFormat, [bad.file], levelAbove);
    expect(verdicts.map((v) => [v.outcome, v.reason?.rule])).toEqual([['refused', bad.rule]]);
    const log = await commitFiles(reportFormat, verdicts, levelAbove.id, '2024-07-03T09:00:00+07:00');

    const { agencyLog, ...after } = await everyRow();
    expect(after).toEqual(before);
    expect(agencyLog).toHaveLength(logBefore!.length + 1);
    expect(log).toEqual([expect.objectContaining({ fileName: bad.file.name, outcome: 'refused' })]);
    expect(log[0]!.reason?.rule).toBe(bad.rule);
    expect(log[0]!.organisationId).toBeUndefined();
  });

  it('keeps the good files of a batch that holds bad ones', async () => {
    const good = baseReport();
    const [bad] = badReports();
    const log = await commitFiles(
      reportFormat,
      await previewFiles(reportFormat, [bad!.file, reportFile(good, 'tot.json')], levelAbove),
      levelAbove.id,
      AT,
    );
    expect(log.map((l) => l.outcome)).toEqual(['refused', 'new']);
    expect((await db.agencyReports.toArray()).map((r) => r.report)).toEqual([good]);
  });
});
