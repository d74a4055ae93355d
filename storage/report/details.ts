import type { ReportDetailsRow } from '@/storage/db/database';
import { charCount, MAX_RECIPIENTS, MAX_REPORT_LINE, MAX_REPORT_TEXT } from '@/storage/files/limits';
import type { Campaign, Label } from '@/storage/types';

/**
 * What the office writes on its report, kept per campaign: the number and symbol,
 * the place of the date line, the header's two bodies, the signer and the recipients. Nothing
 * about one office is written here: the defaults come from the campaign file.
 */
export type ReportDetails = Omit<ReportDetailsRow, 'campaignId' | 'updatedAt'>;

/** The fields of one line each, in the order the form shows them. */
export const DETAIL_LINES = ['number', 'place', 'bodyAbove', 'issuingBody', 'authority', 'position', 'signer'] as const;
export type DetailLine = (typeof DETAIL_LINES)[number];

/**
 * A report before the officer fills anything: the issuing body is the campaign's organisation
 * and the report goes to the campaign's `reportTo`; `archive` is the closing line of every
 * recipients list (Decree 30/2020: "Lưu: VT"), given in the page's language.
 */
export function defaultDetails(campaign: Campaign, label: (l: Label) => string, archive: string): ReportDetails {
  return {
    number: '',
    place: '',
    bodyAbove: '',
    issuingBody: label(campaign.organisation),
    authority: '',
    position: '',
    signer: '',
    recipients: [label(campaign.reportTo), archive].filter(Boolean),
    direction: '',
  };
}

/** Recipients as the officer types them, one a line: blank lines dropped, spaces trimmed. */
export function recipientLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

export type DetailsProblem =
  | { field: DetailLine | 'recipients'; rule: 'too-long' }
  | { field: 'recipients'; rule: 'too-many' }
  | { field: 'assessment' | 'direction'; rule: 'too-long' };

/** The first field over its limit, or null when the details can be kept as they are. */
export function checkDetails(details: ReportDetails): DetailsProblem | null {
  for (const field of DETAIL_LINES) if (charCount(details[field]) > MAX_REPORT_LINE) return { field, rule: 'too-long' };
  if (details.recipients.length > MAX_RECIPIENTS) return { field: 'recipients', rule: 'too-many' };
  if (details.recipients.some((r) => charCount(r) > MAX_REPORT_LINE)) return { field: 'recipients', rule: 'too-long' };
  for (const field of ['assessment', 'direction'] as const) {
    if (charCount(details[field] ?? '') > MAX_REPORT_TEXT) return { field, rule: 'too-long' };
  }
  return null;
}
