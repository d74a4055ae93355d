import type { ComponentChildren } from 'preact';
import { useI18n } from '@/components/i18n/context';
import type { OfficialDocument } from '@/storage/report/document';

/**
 * An office's document on A4, as its Word file lays it out (the report, the plan): the two-column
 * header, the title and subject, the body given as children, `Nơi nhận` and the signature.
 */
export function OfficialPrint({
  doc,
  children,
  after,
}: {
  doc: OfficialDocument;
  children: ComponentChildren;
  /** What follows the signature on pages of its own (the report's photo appendix). */
  after?: ComponentChildren;
}) {
  const { t } = useI18n();
  return (
    <article class="report">
      <header class="report-head">
        <div>
          {doc.bodyAbove && <p class="upper">{doc.bodyAbove}</p>}
          <p class="upper strong underline">{doc.issuingBody}</p>
          <p>{doc.number}</p>
        </div>
        <div>
          <p class="upper strong">{doc.nation}</p>
          <p class="strong underline">{doc.motto}</p>
          <p class="italic">{doc.dateLine}</p>
        </div>
      </header>
      <h1>{doc.title}</h1>
      <p class="subtitle">{doc.subject}</p>
      {doc.period && <p class="period">{doc.period}</p>}
      {children}
      <footer class="signatures">
        <div>
          <p class="strong italic">{doc.recipientsTitle}</p>
          {doc.recipients.map((r, i) => (
            <p key={i} class="small">
              - {r}
              {i === doc.recipients.length - 1 ? '.' : ';'}
            </p>
          ))}
        </div>
        <div class="sign">
          {doc.authority && <p class="upper strong">{doc.authority}</p>}
          <p class="upper strong">{doc.position}</p>
          <p class="sign-space" />
          <p class="strong">{doc.signer}</p>
        </div>
      </footer>
      {after}
      <p class="no-print">
        <button type="button" class="primary" onClick={() => window.print()}>
          {t('report.print')}
        </button>
      </p>
    </article>
  );
}
