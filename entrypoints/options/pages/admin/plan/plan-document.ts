import type { I18n } from '@/components/i18n/format';
import { type PlanHeader, planDocument } from '@/storage/plan/document';
import type { OfficialDocument } from '@/storage/report/document';
import type { CalendarDate, Campaign } from '@/storage/types';
import { planParagraphs, planWords } from './plan-words';

/** The plan the Word file and the print lay out, in the page's language. */
export function buildPlan(
  i18n: I18n,
  campaign: Campaign,
  header: PlanHeader,
  at: { date: CalendarDate; number: string },
): OfficialDocument {
  const words = planWords(i18n, campaign, { place: header.place, ...at });
  return planDocument(header, words, planParagraphs(i18n, campaign));
}

/** The Word file of a plan; the `docx` library is loaded only now. */
export async function planDocxFile(doc: OfficialDocument): Promise<Blob> {
  const { documentDocx } = await import('@/storage/report/docx');
  return documentDocx(doc, {});
}

export const planFileName = (campaign: Pick<Campaign, 'id'>) => `ke-hoach_${campaign.id}.docx`;
