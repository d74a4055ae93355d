import type { ComponentChildren } from 'preact';
import type { Block, ChartId } from '@/storage/report/document';

/** A document's numbered sections, tables and charts (the report's, the plan's), as the Word document has them. */
export function ReportBlocks({
  blocks,
  charts = {},
}: {
  blocks: Block[];
  charts?: Partial<Record<ChartId, ComponentChildren>>;
}) {
  return (
    <>
      {blocks.map((b, i) => {
        if (b.kind === 'heading') return b.level === 1 ? <h2 key={i}>{b.text}</h2> : <h3 key={i}>{b.text}</h3>;
        if (b.kind === 'paragraph')
          return (
            <p key={i} class={b.note ? 'italic small' : 'indent'}>
              {b.text}
            </p>
          );
        if (b.kind === 'chart') {
          return (
            <figure key={i} class="report-chart">
              {charts[b.chart]}
              <figcaption id={`report-chart-${b.chart}-caption`}>{b.caption}</figcaption>
            </figure>
          );
        }
        // On a narrow screen a wide table scrolls inside its own region, never the page (WCAG 1.4.10).
        return (
          <div key={i} class="figures-frame" role="region" tabIndex={0} aria-labelledby={`report-${b.id}-caption`}>
            <table class="figures" data-table={b.id}>
              <caption id={`report-${b.id}-caption`}>{b.caption}</caption>
              <thead>
                <tr>
                  {b.header.map((h, c) => (
                    <th key={c} scope="col">
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {b.rows.map((row, r) => (
                  <tr key={r} class={b.totals && r === b.rows.length - 1 ? 'totals' : undefined}>
                    {row.map((cell, c) => (
                      <td key={c} class={b.numeric[c] ? 'num' : undefined}>
                        {cell}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        );
      })}
    </>
  );
}
