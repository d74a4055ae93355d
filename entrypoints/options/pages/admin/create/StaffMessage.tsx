import { useI18n } from '@/components/i18n/context';
import type { Campaign } from '@/storage/types';

/**
 * The short text that goes with the file, to paste into Zalo or an e-mail: what the campaign is
 * and how staff load it. Shown in a text box to copy (no clipboard permission is asked).
 */
export function StaffMessage({ campaign, file }: { campaign: Campaign; file: string }) {
  const { t, label, date } = useI18n();
  const text = t('create.messageText', {
    organisation: label(campaign.organisation),
    campaign: label(campaign.name),
    start: date(campaign.start),
    end: date(campaign.end),
    file,
    reportTo: label(campaign.reportTo),
  });
  return (
    <div class="field wide">
      <label for="cn-message">{t('create.message')}</label>
      <textarea id="cn-message" readOnly rows={6} value={text} onFocus={(e) => e.currentTarget.select()} />
    </div>
  );
}
