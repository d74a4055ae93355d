import { useState } from 'preact/hooks';
import { useToday } from '@/components/clock';
import { downloadFile } from '@/components/download';
import { useI18n } from '@/components/i18n/context';
import { photoAppendix } from '@/entrypoints/options/pages/admin/report/activity-report';
import { PhotoAppendixChoice } from '@/entrypoints/options/pages/admin/report/PhotoAppendixChoice';
import { startingDetails } from '@/entrypoints/options/pages/admin/report/report-document';
import { reportDocxFile } from '@/entrypoints/options/pages/admin/report/report-docx';
import { agencyReportHash } from '@/entrypoints/options/routes';
import { readActivities } from '@/storage/activities/store';
import type { AgencyTotalsRow } from '@/storage/db/database';
import { readReportDetails } from '@/storage/report/store';
import { isCalendarDate } from '@/storage/time/calendar';
import type { DateRange } from '@/storage/time/range';
import type { Campaign } from '@/storage/types';
import { agencyI18n, buildAgencyReport } from './agency-report';

interface Props {
  campaign: Campaign;
  totals: readonly AgencyTotalsRow[];
  range: DateRange;
}

/**
 * The level above's report of its agencies: the Word file, the print and the poster,
 * over the period chosen above, with the report details kept in the office's Reports part.
 */
export function AgencyReportButtons({ campaign, totals, range }: Props) {
  const today = useToday(campaign);
  const i18n = useI18n();
  const { t } = i18n;
  const [date, setDate] = useState(today);
  const [message, setMessage] = useState('');
  const [withPhotos, setWithPhotos] = useState(true);
  const poster = (size: string) => `#poster/${size}/agencies/${range.from}/${range.to}/${date}`;

  async function saveDocx() {
    setMessage(t('report.makingDocx'));
    const details = (await readReportDetails(campaign.id)) ?? startingDetails(i18n, campaign);
    const { content, doc } = buildAgencyReport(
      i18n,
      campaign,
      totals,
      range,
      details,
      date,
      await readActivities(campaign.id),
    );
    const name = `bao-cao-tong-hop_${campaign.id}_${range.from}_${range.to}.docx`;
    // The photos of the activities the level above organised itself, as an office's report has them.
    const appendix = withPhotos ? await photoAppendix(i18n, campaign.id, range) : undefined;
    downloadFile(name, await reportDocxFile(agencyI18n(i18n), content, doc, appendix));
    setMessage(t('admin.saved', { file: name }));
  }

  return (
    <div role="group" aria-labelledby="agency-report-title">
      <h4 id="agency-report-title">{t('agencyReport.title')}</h4>
      <p>{t('agencyReport.intro')}</p>
      <label>
        {t('agencyReport.date')}{' '}
        <input
          type="date"
          value={date}
          onInput={(e) => isCalendarDate(e.currentTarget.value) && setDate(e.currentTarget.value)}
        />
      </label>
      <PhotoAppendixChoice campaignId={campaign.id} range={range} checked={withPhotos} onChange={setWithPhotos} />
      <div class="row">
        <button type="button" class="primary" onClick={saveDocx}>
          {t('agencyReport.saveDocx')}
        </button>
        <button type="button" onClick={() => window.open(agencyReportHash({ range, date }), '_blank', 'noopener')}>
          {t('agencyReport.openPrint')}
        </button>
        {(['a4', 'a3'] as const).map((size) => (
          <a key={size} class="button" href={poster(size)} target="_blank" rel="noopener">
            {t('agencyReport.poster', { size: size.toUpperCase() })}
          </a>
        ))}
      </div>
      <p role="status">{message}</p>
    </div>
  );
}
