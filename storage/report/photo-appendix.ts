/**
 * The report's appendix "Hình ảnh hoạt động": the photos the officer ticked, with their captions,
 * two to a row on A4, on a page of its own after the signature (as reports sent up close).
 * Built with the `docx` module the report already loaded.
 */

export interface AppendixPhoto {
  jpeg: Uint8Array;
  width: number;
  height: number;
  caption: string;
  /** Said to a screen reader: the activity and the caption. */
  alt: string;
}

export interface PhotoAppendix {
  title: string;
  photos: AppendixPhoto[];
}

/** The width of a photo in the Word file, in pixels (96 an inch): two fit the A4 text width (165 mm). */
const PHOTO_WIDTH = 290;

/** A photo's size on the page: PHOTO_WIDTH wide, its height in proportion, at most 1.1 times the width (a tall photo is drawn narrower). */
export function photoBox(width: number, height: number): { width: number; height: number } {
  const h = Math.round((PHOTO_WIDTH * height) / Math.max(1, width));
  const max = Math.round(PHOTO_WIDTH * 1.1);
  return h <= max ? { width: PHOTO_WIDTH, height: h } : { width: Math.round((PHOTO_WIDTH * max) / h), height: max };
}

/** The photos in rows of two. */
export const pairs = <T>(items: readonly T[]): T[][] =>
  Array.from({ length: Math.ceil(items.length / 2) }, (_, r) => items.slice(2 * r, 2 * r + 2));

type Docx = typeof import('docx');

/** The appendix's section: a title, then a borderless table of photos two a row, each with its caption. */
export function appendixSection(d: Docx, appendix: PhotoAppendix, page: object, font: string) {
  const none = d.TableBorders.NONE;
  const caption = (text: string) =>
    new d.Paragraph({
      alignment: 'center',
      spacing: { after: 200 },
      children: [new d.TextRun({ text, italics: true, font, size: 24 })],
    });
  const cell = (p: AppendixPhoto | undefined, i: number) =>
    new d.TableCell({
      width: { size: 50, type: d.WidthType.PERCENTAGE },
      borders: none,
      children: p
        ? [
            new d.Paragraph({
              alignment: 'center',
              children: [
                new d.ImageRun({
                  type: 'jpg',
                  data: p.jpeg,
                  transformation: photoBox(p.width, p.height),
                  altText: { name: `photo-${i + 1}`, title: p.caption, description: p.alt },
                }),
              ],
            }),
            caption(p.caption),
          ]
        : [new d.Paragraph({ children: [] })],
    });
  const rows = pairs(appendix.photos).map(
    (two, r) => new d.TableRow({ cantSplit: true, children: [cell(two[0], 2 * r), cell(two[1], 2 * r + 1)] }),
  );
  return {
    properties: { page },
    children: [
      new d.Paragraph({
        alignment: 'center',
        spacing: { after: 240 },
        children: [new d.TextRun({ text: appendix.title, bold: true, allCaps: true, font, size: 28 })],
      }),
      new d.Table({ width: { size: 100, type: d.WidthType.PERCENTAGE }, borders: none, rows }),
    ],
  };
}
