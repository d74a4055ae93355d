import type { Block, ChartId, OfficialDocument } from './document';
import { appendixSection, type PhotoAppendix } from './photo-appendix';

/**
 * The office's report or plan as a Word document, in the layout of Decree 30/2020/NĐ-CP,
 * Appendix I: A4, margins 20 mm top and bottom, 30 mm left, 15 mm right, Times New Roman, the
 * two-column header, the document type and subject centred, `Nơi nhận:` bottom left and the
 * signer bottom right.
 * The `docx` library is loaded only when the office asks for the file, as the workbook's is.
 */

/** A chart as a picture: PNG bytes and its size on the page in pixels (96 a inch). */
export interface ChartPicture {
  png: Uint8Array;
  width: number;
  height: number;
  alt: string;
}

const FONT = 'Times New Roman';
/** Sizes in half-points: 13 and 14 pt are the decree's body sizes, 12 pt its recipients. */
const BODY = 28;
const SMALL = 24;
// Rounded up: a margin is never under the millimetres the decree asks for.
const mm = (n: number) => Math.ceil((n * 1440) / 25.4);
const PAGE = { width: 11906, height: 16838, top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) };
const pageOf = (d: typeof import('docx')) => ({
  size: { width: PAGE.width, height: PAGE.height, orientation: d.PageOrientation.PORTRAIT },
  margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right },
});

export async function documentDocx(
  doc: OfficialDocument,
  charts: Partial<Record<ChartId, ChartPicture>>,
  appendix?: PhotoAppendix,
): Promise<Blob> {
  const d = await import('docx');
  type RunOptions = { bold?: boolean; italics?: boolean; size?: number; allCaps?: boolean; underline?: boolean };
  const run = (text: string, { underline, ...o }: RunOptions = {}) =>
    new d.TextRun({ text, font: FONT, size: o.size ?? BODY, ...o, underline: underline ? {} : undefined });
  const line = (
    text: string,
    o: RunOptions & {
      align?: 'left' | 'center' | 'right' | 'both';
      indent?: boolean;
      after?: number;
      /** Kept on the page of what follows (a heading with its table, a table's header with its first row). */
      keepNext?: boolean;
    } = {},
  ) =>
    new d.Paragraph({
      alignment: o.align ?? 'both',
      keepNext: o.keepNext,
      spacing: { before: 0, after: o.after ?? 60 },
      indent: o.indent ? { firstLine: mm(12.7) } : undefined,
      children: [run(text, o)],
    });
  const none = d.TableBorders.NONE;
  const cell = (children: InstanceType<typeof d.Paragraph>[], width: number) =>
    new d.TableCell({ children, width: { size: width, type: d.WidthType.PERCENTAGE }, borders: none });
  const twoColumns = (
    left: InstanceType<typeof d.Paragraph>[],
    right: InstanceType<typeof d.Paragraph>[],
    split = 40,
  ) =>
    new d.Table({
      width: { size: 100, type: d.WidthType.PERCENTAGE },
      borders: none,
      rows: [new d.TableRow({ children: [cell(left, split), cell(right, 100 - split)] })],
    });

  const header = twoColumns(
    [
      ...(doc.bodyAbove ? [line(doc.bodyAbove, { align: 'center', allCaps: true, size: SMALL + 2, after: 0 })] : []),
      line(doc.issuingBody, {
        align: 'center',
        allCaps: true,
        bold: true,
        underline: true,
        size: SMALL + 2,
        after: 120,
      }),
      line(doc.number, { align: 'center', size: SMALL + 2 }),
    ],
    [
      line(doc.nation, { align: 'center', bold: true, size: SMALL, after: 0 }),
      line(doc.motto, { align: 'center', bold: true, underline: true, after: 120 }),
      line(doc.dateLine, { align: 'center', italics: true }),
    ],
  );

  const textWidth = PAGE.width - PAGE.left - PAGE.right;
  const table = (b: Extract<Block, { kind: 'table' }>) =>
    new d.Table({
      width: { size: textWidth, type: d.WidthType.DXA },
      columnWidths: b.widths.map((w) => Math.floor((w * textWidth) / 100)),
      rows: [b.header, ...b.rows].map(
        (cells, r) =>
          new d.TableRow({
            tableHeader: r === 0,
            cantSplit: true,
            children: cells.map(
              (text, c) =>
                new d.TableCell({
                  width: { size: Math.floor(((b.widths[c] ?? 0) * textWidth) / 100), type: d.WidthType.DXA },
                  margins: { left: 60, right: 60 },
                  children: [
                    line(text, {
                      size: SMALL,
                      bold: r === 0 || (b.totals && r === b.rows.length),
                      align: r === 0 ? 'center' : b.numeric[c] ? 'right' : 'left',
                      after: 0,
                      keepNext: r === 0,
                    }),
                  ],
                }),
            ),
          }),
      ),
    });
  const picture = (id: ChartId, caption: string) => {
    const chart = charts[id];
    if (!chart) return [];
    return [
      new d.Paragraph({
        alignment: 'center',
        keepNext: true,
        children: [
          new d.ImageRun({
            type: 'png',
            data: chart.png,
            transformation: { width: chart.width, height: chart.height },
            altText: { name: id, title: caption, description: chart.alt },
          }),
        ],
      }),
      line(caption, { align: 'center', italics: true, size: SMALL }),
    ];
  };
  const body = doc.blocks.flatMap((b) => {
    if (b.kind === 'heading') return [line(b.text, { bold: true, align: 'left', after: 120, keepNext: true })];
    if (b.kind === 'paragraph')
      return [line(b.text, { indent: !b.note, italics: b.note, size: b.note ? SMALL : BODY })];
    if (b.kind === 'chart') return picture(b.chart, b.caption);
    return [table(b), line('', { size: SMALL })];
  });
  const footer = twoColumns(
    [
      line(doc.recipientsTitle, { bold: true, italics: true, size: SMALL, align: 'left', after: 0 }),
      ...doc.recipients.map((r, i) =>
        line(`- ${r}${i === doc.recipients.length - 1 ? '.' : ';'}`, { size: 22, align: 'left', after: 0 }),
      ),
    ],
    [
      ...(doc.authority ? [line(doc.authority, { align: 'center', bold: true, allCaps: true, after: 0 })] : []),
      line(doc.position, { align: 'center', bold: true, allCaps: true, after: 1400 }),
      line(doc.signer, { align: 'center', bold: true }),
    ],
    50,
  );

  const file = new d.Document({
    creator: doc.issuingBody,
    title: `${doc.title} ${doc.subject}`,
    styles: { default: { document: { run: { font: FONT, size: BODY } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height, orientation: d.PageOrientation.PORTRAIT },
            margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right },
          },
        },
        children: [
          header,
          line('', { after: 120 }),
          line(doc.title, { align: 'center', bold: true, after: 0 }),
          line(doc.subject, { align: 'center', bold: true, after: 0 }),
          ...(doc.period
            ? [line(doc.period, { align: 'center', italics: true, after: 240 })]
            : [line('', { after: 120 })]),
          ...body,
          line(''),
          footer,
        ],
      },
      ...(appendix?.photos.length ? [appendixSection(d, appendix, pageOf(d), FONT)] : []),
    ],
  });
  return d.Packer.toBlob(file);
}
