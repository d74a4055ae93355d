import type { ComponentChildren } from 'preact';

/** One column of a table: its heading, and what each row shows in it. */
export interface Column<R> {
  head: ComponentChildren;
  cell: (row: R) => ComponentChildren;
  /** Figures, aligned to the right. */
  num?: boolean;
  /** The cell that names the row (a header cell). */
  rowHead?: boolean;
  /** Attributes of the cell (`data-cell`, `data-pledge`): what the tests and styles find. */
  attrs?: Record<string, string>;
}

interface Props<R> {
  caption: ComponentChildren;
  /** The scrolling region's name; without it, the region is named by the caption (`captionId`). */
  label?: string;
  captionId?: string;
  columns: readonly Column<R>[];
  rows: readonly R[];
  rowKey: (row: R, index: number) => string | number;
  rowAttrs?: (row: R) => Record<string, string>;
  tableAttrs?: Record<string, string | undefined>;
}

/** A table in a region that scrolls on its own and takes the keyboard's focus: previews, logs, figures. */
export function Table<R>({ caption, label, captionId, columns, rows, rowKey, rowAttrs, tableAttrs }: Props<R>) {
  return (
    <div class="scroll" tabIndex={0} role="region" aria-label={label} aria-labelledby={label ? undefined : captionId}>
      <table {...tableAttrs}>
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c, i) => (
              <th key={i} scope="col" class={c.num ? 'num' : undefined}>
                {c.head}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={rowKey(row, i)} {...rowAttrs?.(row)}>
              {columns.map((c, j) =>
                c.rowHead ? (
                  <th key={j} scope="row" {...c.attrs}>
                    {c.cell(row)}
                  </th>
                ) : (
                  <td key={j} class={c.num ? 'num' : undefined} {...c.attrs}>
                    {c.cell(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
