import * as v from 'valibot';
import { type FileIssue, firstIssue, keysOrDepth, type RuleCode } from '@/storage/files/file-issues';
import { MAX_JSON_DEPTH } from '@/storage/files/limits';
import { type Checked, type IncomingFile, type OnRead, readMany } from '@/storage/files/read-many';
import { checkSigned } from '@/storage/summary/signature';
import type { Campaign } from '@/storage/types';
import { checkHead, lastDayOf } from './check';
import { readUnits } from './fast';
import { checkIndicators } from './indicator-check';
import { reportHeadSchema, reportTailSchema } from './schema';
import { type OfficeReport, REPORT_FORMAT, REPORT_VERSION } from './types';

/**
 * Reading office report files (docs/formats.md §4) against every rule of the format and
 * of "Rules for reading a file": pure work on their bytes, nothing stored. The level above's merge
 * (`storage/agencies/reports.ts`) reads with this; the office's own export is checked by it in tests.
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
  const read = await checkReportText(text, campaign);
  return read.ok ? { ok: true, report: read.file, signed: read.signed } : read;
}

/** The same check, as every format that rolls up answers it (storage/files/read-many.ts). */
export const checkReportText = (text: string, campaign: Pick<Campaign, 'id'>): Promise<Checked<OfficeReport>> =>
  checkSigned(text, (json) => {
    const result = validateReport(json, campaign);
    return result.ok ? { ok: true, file: result.report } : result;
  });

/** One picked file, size first: a file over 5 MB is never parsed; strict UTF-8 without a byte order mark. */
export async function readReportFile(file: IncomingFile, campaign: Pick<Campaign, 'id'>): Promise<ReportRead> {
  const [read] = await readReportFiles([file], campaign);
  return read!;
}

/** How many report files are read at once (as for summaries: busy reads, bounded memory). */
const REPORTS_AT_ONCE = 64;

/** Reads and checks many report files; results in the files' order. `onRead(done, total)` follows it. */
export async function readReportFiles(
  files: readonly IncomingFile[],
  campaign: Pick<Campaign, 'id'>,
  onRead: OnRead = () => {},
): Promise<ReportRead[]> {
  const reads = await readMany(files, REPORTS_AT_ONCE, (text) => checkReportText(text, campaign), onRead);
  return reads.map((read) => (read.ok ? { ok: true, report: read.file, signed: read.signed } : read));
}
