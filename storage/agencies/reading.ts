import canonicalize from 'canonicalize';
import type { FileIssue } from '@/storage/files/file-issues';
import { readText } from '@/storage/files/read-text';
import { type OfficeReport, REPORT_FORMAT } from '@/storage/report-file/types';
import { eachAtMost, type IncomingFile, type OnRead } from '@/storage/summary/read';
import { ALGORITHM, SIGNING } from '@/storage/summary/signature';
import type { Campaign } from '@/storage/types';

/**
 * Reading office report files for the level above (docs/formats.md §4). TEMPORARY: the rules of
 * §4 belong to the reader of `storage/report-file/` (issue #15 part A); this stands in for it until
 * it is merged, and keeps only the checks the merge needs.
 */

export type ReportRead = { ok: true; report: OfficeReport; signed: boolean } | { ok: false; reason: FileIssue };

const refuse = (rule: FileIssue['rule'], path = ''): ReportRead => ({ ok: false, reason: { path, rule } });

function fromBase64url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

async function verify(report: OfficeReport): Promise<boolean> {
  const { signature, ...rest } = report;
  if (!signature) return false;
  try {
    const key = await crypto.subtle.importKey('jwk', signature.publicKey as JsonWebKey, ALGORITHM, false, ['verify']);
    const bytes = new TextEncoder().encode(canonicalize(rest)!);
    return await crypto.subtle.verify(SIGNING, key, fromBase64url(signature.value) as BufferSource, bytes);
  } catch {
    return false;
  }
}

async function readReportFile(file: IncomingFile, campaign: Campaign): Promise<ReportRead> {
  const read = await readText({ stream: () => file.stream() }, { bom: 'refuse' });
  if (!read.ok) return { ok: false, reason: read.issue };
  let json: OfficeReport;
  try {
    json = JSON.parse(read.text);
  } catch {
    return refuse('json');
  }
  if (typeof json !== 'object' || json === null) return refuse('type-object');
  if (json.format !== REPORT_FORMAT) return refuse('format', 'format');
  if (json.campaign?.id !== campaign.id && json.campaign?.implements?.id !== campaign.id)
    return refuse('campaign-mismatch', 'campaign.id');
  if (!json.signature) return { ok: true, report: json, signed: false };
  if (!(await verify(json))) return refuse('signature-invalid', 'signature');
  return { ok: true, report: json, signed: true };
}

/** Reads and checks files a few at a time; results in the files' order. */
export function readReportFiles(
  files: readonly IncomingFile[],
  campaign: Campaign,
  onRead: OnRead = () => {},
): Promise<ReportRead[]> {
  let done = 0;
  return eachAtMost(files, 256, async (file) => {
    const read = await readReportFile(file, campaign);
    onRead(++done, files.length);
    return read;
  });
}
