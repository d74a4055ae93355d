import * as v from 'valibot';
import { type FileIssue, firstIssue, keysOrDepth, type RuleCode } from '@/storage/files/file-issues';
import { MAX_JSON_DEPTH } from '@/storage/files/limits';
import { readText } from '@/storage/files/read-text';
import { eachAtMost, type IncomingFile, type OnRead } from '@/storage/summary/read';
import { verifyFile } from '@/storage/summary/signature';
import type { Campaign } from '@/storage/types';
import { checkHead, lastDayOf } from './check';
import { readUnits } from './fast';
import { checkIndicators } from './indicator-check';
import { reportHeadSchema, reportTailSchema } from './schema';
import { type OfficeReport, REPORT_FORMAT, REPORT_VERSION } from './types';

/**
 * Reading office report files (docs/formats.md §4, issue #15) against every rule of the format and
 * of "Rules for reading a file": pure work on their bytes, nothing stored. The level above's merge
 * (`storage/agencies/`) reads with this; the office's own export is checked by it in tests.
 */

export type ReportResult = { ok: true; report: OfficeReport } | { ok: false; issue: FileIssue };

const ABORT = { abortEarly: true } as const;
const refused = (path: string, rule: RuleCode): ReportResult => ({ ok: false, issue: { path, rule } });

/** A file that passed every rule; `signed` when it carries a valid signature. */
export type ReportRead = { ok: true; report: OfficeReport; signed: boolean } | { ok: false; reason: FileIssue };

/**
 * Parsed JSON against docs/formats.md §4. With the reader's campaign (the level above's) it also
 * checks the report is for it: its campaign, or the plan its campaign `implements`. Pledge ids the
 * campaign does not know are kept, not refused.
 */
export function validateReport(input: unknown, campaign?: Pick<Campaign, 'id'>): ReportResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return refused('', 'type-object');
  const file = input as Record<string, unknown>;
  if (file.format !== REPORT_FORMAT) return refused('format', 'report-format');
  if (Number.isInteger(file.version) && (file.version as number) > REPORT_VERSION)
    return refused('version', 'version-newer');
  const walked = keysOrDepth(input, MAX_JSON_DEPTH);
  if (walked) return { ok: false, issue: walked };
  // The schema in three pieces, in the file's order: head, units (by hand, `./fast.ts`), signature.
  const head = v.safeParse(reportHeadSchema, input, ABORT);
  if (!head.success) return { ok: false, issue: firstIssue(head.issues) };
  if (!('units' in file)) return refused('units', 'required');
  const units = readUnits(file.units, {
    ...head.output.period,
    lastDay: lastDayOf(head.output),
    calendarDates: new Set<string>(),
  });
  if (!units.ok) return units;
  const tail = v.safeParse(reportTailSchema, input, ABORT);
  if (!tail.success) return { ok: false, issue: firstIssue(tail.issues) };
  const report = { ...head.output, units: units.units, ...tail.output } as OfficeReport;
  const problem = checkHead(report, campaign) ?? units.broken ?? checkIndicators(report, lastDayOf(report));
  return problem ? { ok: false, issue: problem } : { ok: true, report };
}

/** A report's text against every rule, its signature checked: an unsigned report is accepted and marked so. */
export async function readReportText(text: string, campaign: Pick<Campaign, 'id'>): Promise<ReportRead> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, reason: { path: '', rule: 'json' } };
  }
  const result = validateReport(json, campaign);
  if (!result.ok) return { ok: false, reason: result.issue };
  if (!result.report.signature) return { ok: true, report: result.report, signed: false };
  if (!(await verifyFile(result.report)))
    return { ok: false, reason: { path: 'signature', rule: 'signature-invalid' } };
  return { ok: true, report: result.report, signed: true };
}

/** One picked file, size first: a file over 5 MB is never parsed; strict UTF-8 without a byte order mark. */
export async function readReportFile(file: IncomingFile, campaign: Pick<Campaign, 'id'>): Promise<ReportRead> {
  const read = await readText({ stream: () => file.stream() }, { bom: 'refuse' });
  if (!read.ok) return { ok: false, reason: read.issue };
  return readReportText(read.text, campaign);
}

/** How many report files are read at once (as for summaries: busy reads, bounded memory). */
const READING_AT_ONCE = 64;

/** Reads and checks many report files; results in the files' order. `onRead(done, total)` follows it. */
export async function readReportFiles(
  files: readonly IncomingFile[],
  campaign: Pick<Campaign, 'id'>,
  onRead: OnRead = () => {},
): Promise<ReportRead[]> {
  let done = 0;
  return eachAtMost(files, READING_AT_ONCE, async (file) => {
    const read = await readReportFile(file, campaign);
    onRead(++done, files.length);
    return read;
  });
}
