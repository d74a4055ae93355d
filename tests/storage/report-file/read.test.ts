import { describe, expect, it } from 'vitest';
import { enOptions as en } from '@/components/i18n/en/options';
import { viOptions as vi } from '@/components/i18n/vi/options';
import { readReportFile, readReportFiles, readReportText, validateReport } from '@/storage/report-file/read';
import { signFile } from '@/storage/summary/signing';
import {
  badReports,
  baseReport,
  GENERATED_AT,
  levelAbove,
  reportFile,
  tooLargeReport,
} from '@/tests/fixtures/bad-reports';

// The level above (plan 1345/STNMT-MT) reads the report files its agencies send.
const corpus = badReports();

describe('an office report file the level above receives', () => {
  it('is accepted when it keeps every rule, unsigned and marked so', async () => {
    const read = await readReportFile(reportFile(baseReport()), levelAbove);
    expect(read).toEqual({ ok: true, report: baseReport(), signed: false });
  });

  it.each(corpus.map((b) => [b.name, b.rule, b.file] as const))('is refused: %s (rule.%s)', async (_, rule, file) => {
    const read = await readReportFile(file, levelAbove);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.reason.rule).toBe(rule);
  });

  it('over 5 MB is refused without being read whole', async () => {
    const file = tooLargeReport();
    const read = await readReportFile(file, levelAbove);
    expect(read).toMatchObject({ ok: false, reason: { rule: 'too-large' } });
    expect(file.bytesRead).toBeLessThan(6 * 1024 * 1024);
  });

  it('says where the first broken rule is', async () => {
    const r = baseReport();
    r.units[1]!.days[1]!.participants = 9;
    expect(validateReport(r, levelAbove)).toEqual({
      ok: false,
      issue: { path: 'units[1].days[1].participants', rule: 'participants-over' },
    });
  });

  it('keeps pledges the level above does not know, under their id', async () => {
    const r = baseReport();
    r.units[0]!.days[0]!.pledges['trong-rung-ngap-man'] = 40;
    const read = await readReportFile(reportFile(r), levelAbove);
    expect(read.ok && read.report.units[0]!.days[0]!.pledges).toEqual({
      'no-nylon-bags': 3,
      'tree-planting': 4,
      'trong-rung-ngap-man': 40,
    });
  });

  it('of the level above’s own campaign, naming no plan, is accepted', async () => {
    const r = baseReport();
    delete r.campaign.implements;
    r.campaign = { ...r.campaign, id: levelAbove.id };
    expect((await readReportText(JSON.stringify(r), levelAbove)).ok).toBe(true);
  });

  it('of a level above (agencies as units) is accepted by the level above it', async () => {
    const r = baseReport();
    r.organisation = { id: 'so-nnmt-backan', name: { vi: 'Sở Nông nghiệp và Môi trường' } };
    r.campaign = { id: levelAbove.id, start: levelAbove.start, end: levelAbove.end, timeZone: levelAbove.timeZone };
    r.campaign.implements = { id: 'bo-nnmt-2024' };
    r.units = r.units.map((u) => ({ ...u, kind: 'agency' }));
    expect((await readReportText(JSON.stringify(r), { id: 'bo-nnmt-2024' })).ok).toBe(true);
  });

  it('keeps only the fields of the format: whatever else the file holds is dropped', async () => {
    const r = { ...baseReport(), comment: 'xin chào', units: baseReport().units.map((u) => ({ ...u, note: 'x' })) };
    const read = await readReportFile(reportFile(r), levelAbove);
    expect(read).toEqual({ ok: true, report: baseReport(), signed: false });
  });

  it('signed with an install’s key is accepted and marked signed; changed after signing it is refused', async () => {
    const signed = await signFile(baseReport(), GENERATED_AT);
    const received = JSON.parse(JSON.stringify(signed, null, 2));
    expect(await readReportText(JSON.stringify(received), levelAbove)).toMatchObject({ ok: true, signed: true });
    received.units[0].days[0].pledges['tree-planting'] = 400;
    expect(await readReportText(JSON.stringify(received), levelAbove)).toEqual({
      ok: false,
      reason: { path: 'signature', rule: 'signature-invalid' },
    });
  });

  it('in a batch, each file is read on its own, in the batch’s order', async () => {
    const bad = corpus.find((b) => b.rule === 'took-part-over')!.file;
    const reads = await readReportFiles([reportFile(baseReport()), bad, reportFile(baseReport())], levelAbove);
    expect(reads.map((r) => r.ok)).toEqual([true, false, true]);
  });
});

describe('the corpus of bad report files', () => {
  it('covers every rule of docs/formats.md §4 and of reading a file', () => {
    const rules = new Set(corpus.map((b) => b.rule));
    for (const rule of [
      'report-format',
      'version-newer',
      'version',
      'required',
      'organisation-id',
      'type-label',
      'text-empty',
      'campaign-id',
      'date',
      'end-before-start',
      'time-zone',
      'report-campaign',
      'period-outside',
      'timestamp',
      'type-array',
      'unit-id',
      'duplicate-id',
      'unit-kind',
      'report-figure',
      'took-part-over',
      'type-date',
      'date-duplicate',
      'date-outside-period',
      'date-after-export',
      'participants-over',
      'pledge-id',
      'type-object',
      'signature',
      'signature-invalid',
      'forbidden-key',
      'too-deep',
      'json',
      'encoding',
      'bom',
      'too-large',
    ]) {
      expect(rules).toContain(rule);
    }
  });

  it.each([...new Set(corpus.map((b) => b.rule))])('is explained in Vietnamese and in English for rule.%s', (rule) => {
    expect((vi as Record<string, string>)[`rule.${rule}`]?.trim()).toBeTruthy();
    expect((en as Record<string, string>)[`rule.${rule}`]?.trim()).toBeTruthy();
  });
});
