import * as v from 'valibot';
import { parseCampaignFile } from '@/storage/campaign/schema';
import type { FileIssue } from '@/storage/files/file-issues';
import { MAX_FILE_BYTES } from '@/storage/files/limits';
import { isClockTime } from '@/storage/time/zone-checks';
import type { Campaign } from '@/storage/types';

/**
 * What an organisation sets by browser policy (`public/managed-schema.json`, the
 * `3rdparty` policy of Chrome, Edge and Cốc Cốc, `policies.json` of Firefox): pure checks of the
 * raw values, each as strict as the file or the setting it stands for.
 */
export interface Policy {
  campaign?: Campaign;
  collectsReports?: boolean;
  reminderOn?: boolean;
  reminderTime?: string;
}

const POLICY_SETTINGS = ['campaign', 'collectsReports', 'reminderOn', 'reminderTime'] as const;
export type PolicySetting = (typeof POLICY_SETTINGS)[number];

export type PolicyRead = { ok: true; policy: Policy } | { ok: false; setting: PolicySetting; issue: FileIssue };

const settings = v.object({
  collectsReports: v.optional(v.boolean()),
  reminderOn: v.optional(v.boolean()),
  reminderTime: v.optional(v.pipe(v.string(), v.check(isClockTime))),
});

/**
 * Reads the managed settings. A campaign is given as the campaign file's text (a registry value
 * is a string) or, in Firefox's policies.json, as the object itself; either is read exactly as
 * a loaded file. The first broken setting refuses the whole policy, so nothing half-applies.
 */
export function readPolicy(raw: Record<string, unknown>): PolicyRead {
  const checked = v.safeParse(settings, raw);
  if (!checked.success) {
    const setting = String(checked.issues[0]?.path?.[0]?.key ?? 'reminderTime') as PolicySetting;
    return { ok: false, setting, issue: { path: setting, rule: 'policy-value' } };
  }
  const policy: Policy = { ...checked.output };
  for (const key of Object.keys(policy) as (keyof Policy)[]) if (policy[key] === undefined) delete policy[key];
  if (raw.campaign === undefined) return { ok: true, policy };
  const text = typeof raw.campaign === 'string' ? raw.campaign : JSON.stringify(raw.campaign);
  if (text === undefined || typeof raw.campaign === 'number' || typeof raw.campaign === 'boolean')
    return { ok: false, setting: 'campaign', issue: { path: 'campaign', rule: 'policy-value' } };
  if (text.length > MAX_FILE_BYTES) return { ok: false, setting: 'campaign', issue: { path: '', rule: 'too-large' } };
  const campaign = parseCampaignFile(text);
  if (!campaign.ok) return { ok: false, setting: 'campaign', issue: campaign.issue };
  return { ok: true, policy: { ...policy, campaign: campaign.campaign } };
}
