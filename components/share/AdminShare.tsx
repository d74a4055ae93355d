import { useMemo } from 'preact/hooks';
import { useToday } from '@/components/clock';
import { departmentFigures } from '@/storage/admin/figures';
import type { AdminData } from '@/storage/admin/office';
import { standingsFromFigures } from '@/storage/share/standings';
import type { DateRange } from '@/storage/time/range';
import type { Campaign } from '@/storage/types';
import { OfficeShare } from './OfficeShare';

/** The admin section's share, poster and estimates per department, over the range the figures show. */
export function AdminShare(props: { campaign: Campaign; admin: AdminData; range: DateRange }) {
  const { campaign, admin, range } = props;
  const asOf = useToday(campaign);
  const { standings, totals } = useMemo(() => {
    const figures = departmentFigures(campaign, admin.submissions, admin.headcounts, admin.roster, range);
    return {
      standings: standingsFromFigures(campaign, figures, range, asOf),
      totals: new Map(figures.map((f) => [f.id, f.pledgeTotals])),
    };
  }, [campaign, admin, range, asOf]);
  return (
    <OfficeShare
      campaign={campaign}
      standings={standings}
      totals={totals}
      poster={`office/${range.from}/${range.to}/${asOf}`}
    />
  );
}
