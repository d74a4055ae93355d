import { useI18n } from '@/components/i18n/context';
import type { DateRange } from '@/storage/time/range';

/** The period a page's documents are for, chosen on the figures page (one period for all). */
export function PeriodLine({ range }: { range: DateRange }) {
  const { t, date } = useI18n();
  return (
    <p class="period-line">
      {t('period.shown', { from: date(range.from), to: date(range.to) })}{' '}
      <a href="#admin/figures">{t('period.change')}</a>
    </p>
  );
}
