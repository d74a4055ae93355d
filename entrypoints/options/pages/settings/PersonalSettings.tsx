import { useState } from 'preact/hooks';
import { useNow } from '@/components/clock';
import { LANGUAGES, useI18n } from '@/components/i18n/context';
import { withLimits } from '@/components/i18n/format';
import { notifyBackground } from '@/entrypoints/background/protocol';
import { setAdminMode } from '@/storage/admin/office';
import { hasDepartment } from '@/storage/campaign/departments';
import { MAX_NAME } from '@/storage/files/limits';
import type { DashboardData } from '@/storage/staff/dashboard-data';
import { checkProfile, saveProfile } from '@/storage/staff/profile';
import { type SettingsPatch, updateSettings } from '@/storage/staff/settings';
import type { Language } from '@/storage/types';

const LANGUAGE_NAMES: Record<Language, string> = { vi: 'Tiếng Việt', en: 'English' };

/** Name, department, language and the daily reminder. */
export function PersonalSettings({ data }: { data: DashboardData }) {
  const now = useNow();
  const { t, label } = useI18n();
  const settings = data.settings!;
  const campaign = data.campaigns.find((c) => c.id === settings.activeCampaignId)?.campaign;
  const [name, setName] = useState(data.profile?.name ?? '');
  const [department, setDepartment] = useState(data.profile?.department ?? '');
  const [message, setMessage] = useState('');
  // The time as typed: were it the stored one, a save still under way when the next digit is typed
  // would put the older time back and restart the part being typed (by keyboard).
  const [reminderTime, setReminderTime] = useState(settings.reminderTime);
  const at = () => new Date(now()).toISOString();

  async function saveMe(event: Event) {
    event.preventDefault();
    if (!campaign) return;
    const problem = checkProfile(name, department, campaign);
    if (problem) return setMessage(t(`profile.${problem}`, withLimits()));
    await saveProfile({ name, department }, campaign, at());
    setMessage(t('common.saved'));
  }

  async function change(patch: SettingsPatch) {
    await updateSettings(patch, at());
    await notifyBackground({ type: 'settings-changed' });
  }

  return (
    <section id="settings" aria-labelledby="settings-title">
      <h2 id="settings-title">{t('options.profile')}</h2>
      {campaign && data.profile && !hasDepartment(campaign, data.profile.department) && (
        <p class="notice warn" data-rule="department-unknown">
          {t('setup.againIntro', { campaign: label(campaign.name) })}
        </p>
      )}
      <form onSubmit={saveMe}>
        <div class="field">
          <label for="me-name">{t('setup.name')}</label>
          <input id="me-name" value={name} maxLength={MAX_NAME} onInput={(e) => setName(e.currentTarget.value)} />
        </div>
        <div class="field">
          <label for="me-department">{t('setup.department')}</label>
          <select id="me-department" value={department} onChange={(e) => setDepartment(e.currentTarget.value)}>
            <option value="">{t('setup.departmentPick')}</option>
            {campaign?.departments.map((d) => (
              <option key={d.id} value={d.id}>
                {label(d.name)}
              </option>
            ))}
          </select>
        </div>
        <div class="row">
          <button type="submit" class="primary">
            {t('common.save')}
          </button>
          <span role="status">{message}</span>
        </div>
      </form>
      <div class="field">
        <label for="language">{t('options.language')}</label>
        <select
          id="language"
          value={settings.language}
          onChange={(e) => change({ language: e.currentTarget.value as Language })}
        >
          {LANGUAGES.map((lang) => (
            <option key={lang} value={lang} lang={lang}>
              {LANGUAGE_NAMES[lang]}
            </option>
          ))}
        </select>
      </div>
      <h2>{t('options.reminder')}</h2>
      <label class="row">
        <input
          type="checkbox"
          checked={settings.reminderOn}
          onChange={(e) => change({ reminderOn: e.currentTarget.checked })}
        />
        {t('options.reminderOn')}
      </label>
      <div class="field">
        <label for="reminder-time">{t('options.reminderTime')}</label>
        <input
          id="reminder-time"
          type="time"
          value={reminderTime}
          disabled={!settings.reminderOn}
          onInput={(e) => setReminderTime(e.currentTarget.value)}
          onChange={(e) => e.currentTarget.value && change({ reminderTime: e.currentTarget.value })}
        />
      </div>
      <h2>{t('options.adminTitle')}</h2>
      <label class="row">
        <input
          type="checkbox"
          checked={settings.adminMode ?? false}
          disabled={settings.managed?.collectsReports !== undefined}
          onChange={(e) => setAdminMode(e.currentTarget.checked, at())}
        />
        {t('options.adminMode')}
        {settings.managed?.collectsReports !== undefined && <span class="muted"> ({t('policy.byOrganisation')})</span>}
      </label>
      <p class="muted small">{t('options.adminHint')}</p>
    </section>
  );
}
