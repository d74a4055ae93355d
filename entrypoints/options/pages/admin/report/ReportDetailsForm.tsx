import { useI18n } from '@/components/i18n/context';
import { DETAIL_LINES, type DetailLine, type ReportDetails, recipientLines } from '@/storage/report/details';
import type { CalendarDate } from '@/storage/types';

const LABELS = {
  number: 'report.field.number',
  place: 'report.field.place',
  bodyAbove: 'report.field.bodyAbove',
  issuingBody: 'report.field.issuingBody',
  authority: 'report.field.authority',
  position: 'report.field.position',
  signer: 'report.field.signer',
} as const satisfies Record<DetailLine, string>;

interface Props {
  details: ReportDetails;
  date: CalendarDate;
  draft: string;
  onChange: (details: ReportDetails) => void;
  onDate: (date: CalendarDate) => void;
}

/** The report's details, filled once per campaign, and its parts II and III. Field ids: `rd-<field>`. */
export function ReportDetailsForm({ details, date, draft, onChange, onDate }: Props) {
  const { t } = useI18n();
  const set = (patch: Partial<ReportDetails>) => onChange({ ...details, ...patch });
  return (
    <fieldset class="report-details editor-group">
      <legend>{t('report.detailsTitle')}</legend>
      <p class="muted small">{t('report.detailsIntro')}</p>
      <div class="grid">
        {DETAIL_LINES.map((field) => (
          <label key={field}>
            {t(LABELS[field])}
            <input
              id={`rd-${field}`}
              type="text"
              value={details[field]}
              onInput={(e) => set({ [field]: e.currentTarget.value })}
            />
          </label>
        ))}
        <label>
          {t('report.field.date')}
          <input type="date" value={date} onInput={(e) => e.currentTarget.value && onDate(e.currentTarget.value)} />
        </label>
      </div>
      <label>
        {t('report.field.recipients')}
        <textarea
          id="rd-recipients"
          rows={4}
          value={details.recipients.join('\n')}
          onInput={(e) => set({ recipients: e.currentTarget.value.split('\n') })}
          onBlur={(e) => set({ recipients: recipientLines(e.currentTarget.value) })}
        />
      </label>
      <label>
        {t('report.field.assessment')}
        <textarea
          id="rd-assessment"
          rows={6}
          value={details.assessment ?? draft}
          onInput={(e) => set({ assessment: e.currentTarget.value })}
        />
      </label>
      <p>
        <button type="button" onClick={() => set({ assessment: undefined })}>
          {t('report.redraft')}
        </button>
      </p>
      <label>
        {t('report.field.direction')}
        <textarea
          id="rd-direction"
          rows={4}
          value={details.direction}
          onInput={(e) => set({ direction: e.currentTarget.value })}
        />
      </label>
    </fieldset>
  );
}
