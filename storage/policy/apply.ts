import canonicalize from 'canonicalize';
import { isCampaignReadOnly } from '@/storage/campaign/editor';
import { db, type ManagedSettings, type SettingsRow } from '@/storage/db/database';
import type { FileIssue } from '@/storage/files/file-issues';
import { defaultSettings } from '@/storage/staff/settings';
import type { Policy } from './read';

export type PolicyApplied = { ok: true; changed: boolean } | { ok: false; issue: FileIssue };

/**
 * Applies what the organisation set, in one transaction. The policy's campaign is
 * stored as the organisation's and made active: the person cannot remove it, nor switch away,
 * while the policy holds it. Who collects the reports is enforced. The reminder settings are
 * defaults: applied when the organisation changes them, then the person may change them again.
 * A campaign that breaks a rule of loading (an ended campaign rewritten) changes nothing.
 */
export async function applyPolicy(policy: Policy, at: string): Promise<PolicyApplied> {
  return db.transaction('rw', db.campaigns, db.settings, async () => {
    const current = await db.settings.get('me');
    // Nothing set and nothing stored yet: there is nothing to apply.
    if (!current && Object.keys(policy).length === 0) return { ok: true, changed: false };
    const settings: SettingsRow = current ?? defaultSettings(policy.campaign?.id ?? '', at);
    const before = settings.managed ?? {};
    const next: SettingsRow = { ...settings };
    const { campaign } = policy;
    if (campaign) {
      const stored = await db.campaigns.get(campaign.id);
      const changed = !stored || canonicalize(stored.campaign) !== canonicalize(campaign);
      if (stored && changed && isCampaignReadOnly(stored.campaign, Date.parse(at)))
        return { ok: false, issue: { path: 'campaign.id', rule: 'campaign-ended' } };
      if (changed || stored?.source !== 'policy')
        await db.campaigns.put({ id: campaign.id, campaign, source: 'policy', loadedAt: at });
      next.activeCampaignId = campaign.id;
    }
    // A campaign the policy no longer sets goes back to the person, as if loaded from a file.
    if (before.campaignId && before.campaignId !== campaign?.id) {
      const released = await db.campaigns.get(before.campaignId);
      if (released?.source === 'policy') await db.campaigns.put({ ...released, source: 'file' });
    }
    if (policy.collectsReports !== undefined) next.adminMode = policy.collectsReports;
    if (policy.reminderOn !== undefined && policy.reminderOn !== before.reminderOn) next.reminderOn = policy.reminderOn;
    if (policy.reminderTime !== undefined && policy.reminderTime !== before.reminderTime)
      next.reminderTime = policy.reminderTime;
    const managed: ManagedSettings = {
      campaignId: campaign?.id,
      collectsReports: policy.collectsReports,
      reminderOn: policy.reminderOn,
      reminderTime: policy.reminderTime,
    };
    for (const key of Object.keys(managed) as (keyof ManagedSettings)[])
      if (managed[key] === undefined) delete managed[key];
    if (Object.keys(managed).length > 0) next.managed = managed;
    else delete next.managed;
    const changed =
      !current || canonicalize({ ...current, updatedAt: '' }) !== canonicalize({ ...next, updatedAt: '' });
    if (changed) await db.settings.put({ ...next, updatedAt: at });
    return { ok: true, changed };
  });
}
