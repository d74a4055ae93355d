import { useMemo, useState } from 'preact/hooks';
import { useNow, useToday } from '@/components/clock';
import { downloadFile } from '@/components/download';
import { useI18n } from '@/components/i18n/context';
import { ruleText } from '@/components/i18n/format';
import { Notice } from '@/components/Notice';
import { useObserved } from '@/components/useObserved';
import { notifyBackground } from '@/entrypoints/background/protocol';
import { campaignFileName, campaignFileText } from '@/storage/campaign/editor';
import { campaignIdFor, checkNewCampaign, newCampaignForm } from '@/storage/campaign/new-campaign';
import { listCampaigns, loadCampaign } from '@/storage/campaign/store';
import { ENVIRONMENT_MONTH, TEMPLATES } from '@/storage/campaign/templates';
import type { Campaign } from '@/storage/types';
import { useSpokenIssue } from '../spoken-issue';
import { DepartmentLines } from './DepartmentLines';
import { FormFields } from './FormFields';
import type { SetForm } from './form-types';
import { issueAt } from './issue-words';
import { PledgePicks } from './PledgePicks';
import { StaffMessage } from './StaffMessage';

/**
 * "Tạo chiến dịch mới", first in the admin section: an office's campaign from a
 * template in one form, checked as typed by the rules the staff's app applies. One button uses
 * it here; one downloads the file for staff with a message to paste into Zalo or an e-mail.
 */
export function CreateCampaign() {
  const now = useNow();
  const { t, label } = useI18n();
  const stored = useObserved(() => listCampaigns(), []);
  const today = useToday(ENVIRONMENT_MONTH.campaign);
  const [form, setFormState] = useState(() => newCampaignForm(ENVIRONMENT_MONTH, today));
  const [made, setMade] = useState<{ id: string; file?: string } | null>(null);
  const [notice, setNotice] = useState('');
  const template = TEMPLATES.find((tpl) => tpl.id === form.templateId) ?? ENVIRONMENT_MONTH;
  // Every campaign kept here, ended or not, keeps its id; the one this form made is its own.
  const taken = (stored ?? []).map((row) => row.id).filter((id) => id !== made?.id);
  const id = campaignIdFor(form.name, taken);
  const result = useMemo(() => checkNewCampaign(form, template, id), [form, template, id]);
  const spoken = useSpokenIssue('cn-');
  const broken = result.ok ? null : issueAt(result.issue.path, form);
  // The rule is shown once its field was left or a button pressed, not on arrival.
  const issue = broken && spoken.speaks([`cn-${broken.field}`]) ? broken : null;

  const setForm: SetForm = (change) => {
    setFormState(change);
    setNotice('');
  };
  const at = () => new Date(now()).toISOString();

  function pickTemplate(templateId: string) {
    const next = TEMPLATES.find((tpl) => tpl.id === templateId);
    if (!next) return;
    // What the officer typed about the office stays; the template's name, dates and pledges come in.
    setForm((f) => ({ ...newCampaignForm(next, today), organisation: f.organisation, reportTo: f.reportTo }));
  }

  async function use(campaign: Campaign) {
    const loaded = await loadCampaign(campaign, at());
    if (!loaded.ok) return setNotice(ruleText(t, loaded.issue.rule));
    setMade((m) => ({ ...m, id: campaign.id }));
    await notifyBackground({ type: 'settings-changed' });
    setNotice(t('create.used', { campaign: label(campaign.name) }));
  }

  function download(campaign: Campaign) {
    const file = campaignFileName(campaign);
    downloadFile(file, campaignFileText(campaign));
    setMade((m) => ({ ...m, id: campaign.id, file }));
    setNotice(t('create.downloaded', { file }));
  }

  const field = (key: string) =>
    issue?.field === key
      ? { id: `cn-${key}`, 'aria-invalid': 'true' as const, 'aria-describedby': 'cn-issue' }
      : { id: `cn-${key}` };
  const parts = { form, setForm, field };
  // With the rule not shown yet, the buttons wait for a press: it shows the rule and takes the
  // keyboard to its field.
  const ready = stored !== undefined && (result.ok || !issue);
  function act(then: (campaign: Campaign) => void) {
    if (result.ok) return then(result.campaign);
    spoken.press();
    if (broken) document.getElementById(`cn-${broken.field}`)?.focus();
  }

  return (
    <section aria-labelledby="create-title" class="editor create" onFocusOut={spoken.onFocusOut}>
      <h3 id="create-title">{t('create.title')}</h3>
      <p class="muted">{t('create.intro')}</p>
      <div class="field">
        <label for="cn-template">{t('create.template')}</label>
        <select id="cn-template" value={form.templateId} onChange={(e) => pickTemplate(e.currentTarget.value)}>
          {TEMPLATES.map((tpl) => (
            <option key={tpl.id} value={tpl.id}>
              {label(tpl.campaign.name)}
            </option>
          ))}
        </select>
      </div>
      <FormFields {...parts} />
      <DepartmentLines {...parts} />
      <PledgePicks {...parts} template={template} />
      <p class="muted" data-campaign-id={id}>
        {t('create.id', { id })}
      </p>
      <div class="editor-footer">
        <p
          id="cn-issue"
          role="status"
          class={result.ok ? 'notice' : issue ? 'notice error' : undefined}
          data-rule={issue && !result.ok ? result.issue.rule : undefined}
        >
          {issue && !result.ok
            ? t('create.invalid', { field: issue.words(t), rule: ruleText(t, result.issue.rule) })
            : result.ok && t('create.valid')}
        </p>
        <div class="row">
          {issue && !result.ok && (
            // The buttons wait while the form is wrong; this takes the keyboard to the field.
            <button type="button" class="link" onClick={() => document.getElementById(`cn-${issue.field}`)?.focus()}>
              {t('editor.goToField')}
            </button>
          )}
          <button type="button" class="primary" disabled={!ready} onClick={() => act(use)}>
            {t('create.use')}
          </button>
          <button type="button" disabled={!ready} onClick={() => act(download)}>
            {t('create.download')}
          </button>
        </div>
        <Notice notice={notice ? { text: notice, error: false } : null} />
      </div>
      {result.ok && made?.file && <StaffMessage campaign={result.campaign} file={made.file} />}
    </section>
  );
}
