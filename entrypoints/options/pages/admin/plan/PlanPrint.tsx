import { useI18n } from '@/components/i18n/context';
import { useObserved } from '@/components/useObserved';
import { parsePlanQuery } from '@/entrypoints/options/routes';
import { readReportDetails } from '@/storage/report/store';
import { OfficialPrint } from '../report/OfficialPrint';
import { ReportBlocks } from '../report/ReportBlocks';
import { startingDetails } from '../report/report-document';
import { buildPlan } from './plan-document';

/** The office's plan on A4: the same document as the Word plan, laid out for print and PDF. */
export function PlanPrint({ query }: { query: string }) {
  const i18n = useI18n();
  const address = parsePlanQuery(query);
  const id = address?.campaign.id;
  // The header and signature the office keeps with its report's details, as the Word plan has them.
  const header = useObserved(async () => (id ? ((await readReportDetails(id)) ?? null) : null), [id]);
  if (!address) return <p class="notice error">{i18n.t('plan.badAddress')}</p>;
  if (header === undefined) return <p>{i18n.t('common.loading')}</p>;
  const { campaign, date, number } = address;
  const doc = buildPlan(i18n, campaign, header ?? startingDetails(i18n, campaign), { date, number });
  return (
    <OfficialPrint doc={doc}>
      <ReportBlocks blocks={doc.blocks} />
    </OfficialPrint>
  );
}
