import type { ReportDetails } from '@/storage/report/details';
import { type Block, type OfficialDocument, paragraphs } from '@/storage/report/document';

/**
 * The office's plan (KẾ HOẠCH) as one plain document, in the same Decree 30/2020 layout as its
 * report (the same header, `Nơi nhận` and signature, the same Word and print code): the title,
 * the line naming the plan it carries out, then I. Mục đích, yêu cầu; II. Nội dung (time, the
 * pledges staff are asked for, the office's own tasks); III. Tổ chức thực hiện.
 */

/** The header and signature lines the office keeps with its report's details. */
export type PlanHeader = Pick<
  ReportDetails,
  'bodyAbove' | 'issuingBody' | 'place' | 'authority' | 'position' | 'signer'
>;

/** The plan's fixed lines in one language, dates and numbers already in words. */
export interface PlanWords {
  nation: string;
  motto: string;
  /** `Số: ……/KH-VP` */
  number: string;
  dateLine: string;
  title: string;
  subject: string;
  /** "Thực hiện Kế hoạch …, <cơ quan> xây dựng Kế hoạch thực hiện như sau:" */
  lead: string;
  purposeTitle: string;
  contentTitle: string;
  /** "1. Thời gian: Từ ngày 05/6/2024 đến ngày 30/6/2024 …" */
  time: string;
  tasksTitle: string;
  pledgesLead: string;
  /** One line a pledge, each with its unit. */
  pledges: string[];
  implementationTitle: string;
  closing: string;
  recipientsTitle: string;
  recipients: string[];
  /** The signer's position when the office has not given one. */
  position: string;
}

/** The plan's three parts in one language: the office's text where it wrote one, else the drafted. */
export interface PlanParagraphs {
  purpose: string;
  tasks: string;
  implementation: string;
}

export function planDocument(header: PlanHeader, w: PlanWords, text: PlanParagraphs): OfficialDocument {
  const blocks: Block[] = [
    { kind: 'paragraph', text: w.lead },
    { kind: 'heading', level: 1, text: w.purposeTitle },
    ...paragraphs(text.purpose),
    { kind: 'heading', level: 1, text: w.contentTitle },
    { kind: 'paragraph', text: w.time },
    { kind: 'heading', level: 2, text: w.tasksTitle },
    { kind: 'paragraph', text: w.pledgesLead },
    ...w.pledges.map((line): Block => ({ kind: 'paragraph', text: line })),
    ...paragraphs(text.tasks),
    { kind: 'heading', level: 1, text: w.implementationTitle },
    ...paragraphs(text.implementation),
    { kind: 'paragraph', text: w.closing },
  ];
  return {
    bodyAbove: header.bodyAbove,
    issuingBody: header.issuingBody,
    number: w.number,
    nation: w.nation,
    motto: w.motto,
    dateLine: w.dateLine,
    title: w.title,
    subject: w.subject,
    blocks,
    recipientsTitle: w.recipientsTitle,
    recipients: w.recipients,
    authority: header.authority,
    position: header.position.trim() || w.position,
    signer: header.signer,
  };
}
