import { useMemo, useState } from 'preact/hooks';
import { useNow } from '@/components/clock';
import { downloadFile } from '@/components/download';
import { useI18n } from '@/components/i18n/context';
import { planHash } from '@/entrypoints/options/routes';
import type { CampaignDraft } from '@/storage/campaign/draft';
import { campaignFromDraft } from '@/storage/campaign/editor';
import { validateCampaign } from '@/storage/campaign/schema';
import { readReportDetails } from '@/storage/report/store';
import { calendarDateIn } from '@/storage/time/calendar';
import { startingDetails } from '../report/report-document';
import { buildPlan, planDocxFile, planFileName } from './plan-document';

/**
 * The office's plan (KẾ HOẠCH) from the campaign being edited, as it stands: the Word file and
 * its print view. None while the form breaks a rule of the file; an ended campaign's plan can
 * still be had (only its file cannot be exported under the same id).
 */
export function PlanPart({ draft }: { draft: CampaignDraft }) {
  const campaign = useMemo(() => {
    const result = validateCampaign(campaignFromDraft(draft));
    return result.ok ? result.campaign : null;
  }, [draft]);
  const i18n = useI18n();
  const { t } = i18n;
  const now = useNow();
  const [number, setNumber] = useState('');
  // Until the campaign being edited is valid, its date line is today on this computer.
  const zone = campaign?.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const [date, setDate] = useState(() => calendarDateIn(now(), zone));
  const [message, setMessage] = useState('');
  const ready = Boolean(campaign);

  async function saveDocx() {
    if (!campaign) return;
    setMessage(t('plan.makingDocx'));
    // The header and signature the office keeps with its report's details, read when asked for.
    const header = (await readReportDetails(campaign.id)) ?? startingDetails(i18n, campaign);
    const name = planFileName(campaign);
    downloadFile(name, await planDocxFile(buildPlan(i18n, campaign, header, { date, number })));
    setMessage(t('admin.saved', { file: name }));
  }

  return (
    <section aria-labelledby="plan-title" class="plan-part">
      <h4 id="plan-title">{t('plan.partTitle')}</h4>
      <p class="muted small">{t('plan.partIntro')}</p>
      <div class="grid">
        <label>
          {t('plan.field.number')}
          <input id="plan-number" type="text" value={number} onInput={(e) => setNumber(e.currentTarget.value)} />
        </label>
        <label>
          {t('plan.field.date')}
          <input
            id="plan-date"
            type="date"
            value={date}
            onInput={(e) => e.currentTarget.value && setDate(e.currentTarget.value)}
          />
        </label>
      </div>
      {!campaign && <p class="notice warn">{t('plan.invalid')}</p>}
      <div class="row">
        <button type="button" class="primary" disabled={!ready} onClick={saveDocx}>
          {t('plan.saveDocx')}
        </button>
        <button
          type="button"
          disabled={!ready}
          onClick={() => window.open(planHash({ campaign: campaign!, date, number }), '_blank', 'noopener')}
        >
          {t('plan.openPrint')}
        </button>
      </div>
      <p role="status">{message}</p>
    </section>
  );
}
