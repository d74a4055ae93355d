import { useRef, useState } from 'preact/hooks';
import { useNow } from '@/components/clock';
import { useI18n } from '@/components/i18n/context';
import { ruleText } from '@/components/i18n/format';
import { Notice, type NoticeText } from '@/components/Notice';
import { notifyBackground } from '@/entrypoints/background/protocol';
import { readCampaignFile } from '@/storage/campaign/file';
import { loadCampaign, setActiveCampaign } from '@/storage/campaign/store';
import { readCarryOver } from '@/storage/staff/carry-over';
import type { DashboardData } from '@/storage/staff/dashboard-data';
import { type CarryOffer, CarryOverOffer } from './CarryOverOffer';

/** Which campaign is recorded into, and loading a campaign file sent by the admin office. */
export function CampaignSettings({ data }: { data: DashboardData }) {
  const now = useNow();
  const { t, label, date } = useI18n();
  const [notice, setNotice] = useState<NoticeText | null>(null);
  const [offer, setOffer] = useState<CarryOffer | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const at = () => new Date(now()).toISOString();
  // A campaign set by the organisation's policy stays the one recorded into.
  const managed = data.settings?.managed?.campaignId;

  async function pick(event: Event) {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const result = await readCampaignFile(file);
    if (!result.ok) {
      const rule = ruleText(t, result.issue.rule);
      const where = result.issue.path ? t('options.rulePath', { rule, path: result.issue.path }) : rule;
      return setNotice({ text: t('options.campaignRefused', { file: file.name, rule: where }), error: true });
    }
    // Days of a personal challenge that overlap the office campaign may come along.
    const previous = data.campaigns.find((c) => c.id === data.settings?.activeCampaignId);
    const loaded = await loadCampaign(result.campaign, at());
    if (!loaded.ok) {
      return setNotice({
        text: t('options.campaignRefused', { file: file.name, rule: ruleText(t, loaded.issue.rule) }),
        error: true,
      });
    }
    await notifyBackground({ type: 'settings-changed' });
    setNotice({ text: t('options.campaignLoaded', { campaign: label(result.campaign.name) }), error: false });
    if (previous?.source === 'personal' && previous.id !== result.campaign.id) {
      const plan = await readCarryOver(previous.campaign, result.campaign);
      setOffer(plan.dates.length ? { from: previous.campaign, to: result.campaign, plan } : null);
    }
  }

  async function activate(id: string) {
    await setActiveCampaign(id, at());
    await notifyBackground({ type: 'settings-changed' });
  }

  return (
    <section id="campaign" aria-labelledby="campaign-title">
      <h2 id="campaign-title">{t('options.campaign')}</h2>
      <fieldset>
        <legend>{t('options.activeCampaign')}</legend>
        {data.campaigns.map(({ id, campaign }) => (
          <label key={id} class="row">
            <input
              type="radio"
              name="active-campaign"
              checked={id === data.settings?.activeCampaignId}
              disabled={managed !== undefined}
              onChange={() => activate(id)}
            />
            {label(campaign.name)} (
            {t('options.campaignPeriod', { start: date(campaign.start), end: date(campaign.end) })})
            {id === managed && <span class="muted"> — {t('policy.byOrganisation')}</span>}
          </label>
        ))}
      </fieldset>
      <div class="field">
        <label for="campaign-file">{t('options.loadCampaign')}</label>
        <input ref={fileInput} id="campaign-file" type="file" accept=".json,application/json" onChange={pick} />
      </div>
      <Notice notice={notice} focus />
      {offer && (
        <CarryOverOffer
          offer={offer}
          onDone={() => {
            setOffer(null);
            // Declined: the focus goes back to the file input the offer followed.
            fileInput.current?.focus();
          }}
        />
      )}
    </section>
  );
}
