import { formatNumber, type I18n } from '@/components/i18n/format';
import { indicatorName, indicatorUnit, resultsLine } from '@/components/indicator-words';
import { reportPhotos } from '@/storage/activities/store';
import { officeParts } from '@/storage/admin/activity-rows';
import type { ActivityRow } from '@/storage/db/rows/activities';
import { type ActivityWords, activityBlocks, withActivityBlocks } from '@/storage/report/activity-blocks';
import type { ReportContent } from '@/storage/report/content';
import type { ReportDocument } from '@/storage/report/document';
import type { PhotoAppendix } from '@/storage/report/photo-appendix';
import { type DateRange, within } from '@/storage/time/range';
import type { Campaign } from '@/storage/types';

/** The words of the activities' tables in the page's language. */
export function activityWords(i18n: I18n): ActivityWords {
  const { t } = i18n;
  return {
    activitiesTitle: (n) => t('activitiesReport.title', { n }),
    activitiesTable: t('activitiesReport.table'),
    activitiesHeader: [
      t('activitiesReport.no'),
      t('activitiesReport.date'),
      t('activitiesReport.activity'),
      t('activitiesReport.participants'),
      t('activitiesReport.results'),
    ],
    none: t('activitiesReport.none'),
    indicatorsTitle: (n) => t('indicatorsReport.title', { n }),
    indicatorsTable: t('indicatorsReport.table'),
    indicatorsHeader: [
      t('indicatorsReport.indicator'),
      t('indicatorsReport.unit'),
      t('indicatorsReport.fromActivities'),
      t('indicatorsReport.fromPledges'),
      t('indicatorsReport.total'),
    ],
    date: (d) => i18n.date(d),
    kind: (kind) => t(`activityKind.${kind}` as 'activityKind.other'),
    results: (r) => resultsLine(i18n, r),
    name: (code) => indicatorName(t, code),
    unit: (code) => indicatorUnit(t, code),
    count: (n) => formatNumber(i18n.lang, n),
    number: (n) => formatNumber(i18n.lang, n),
  };
}

/** The report with what the office organised in the range added to its part I. */
export function withActivities(
  i18n: I18n,
  campaign: Campaign,
  content: ReportContent,
  doc: ReportDocument,
  activities: readonly ActivityRow[],
): ReportDocument {
  const range = content.range;
  const inRange = activities.filter((a) => within(a.date, range));
  const counts = Object.fromEntries(content.pledges.map((p) => [p.id, p.total]));
  const parts = officeParts(campaign, counts, inRange, range);
  return withActivityBlocks(doc, (first) => activityBlocks(inRange, parts, first, activityWords(i18n)));
}

/** The photos ticked for the report, of the range's activities, as the Word appendix takes them. */
export async function photoAppendix(i18n: I18n, campaignId: string, range: DateRange): Promise<PhotoAppendix> {
  const chosen = await reportPhotos(campaignId, range);
  return {
    title: i18n.t('photosAppendix.title'),
    photos: chosen.map(({ activity, photo }) => ({
      jpeg: new Uint8Array(photo.jpeg),
      width: photo.width,
      height: photo.height,
      caption: photo.caption || activity.title,
      alt: i18n.t('photosAppendix.alt', {
        activity: activity.title,
        date: i18n.date(activity.date),
        caption: photo.caption,
      }),
    })),
  };
}
