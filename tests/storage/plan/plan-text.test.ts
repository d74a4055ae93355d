import { describe, expect, it } from 'vitest';
import { draftFromCampaign } from '@/storage/campaign/draft';
import { campaignFileText, checkDraft } from '@/storage/campaign/editor';
import { campaignFromForm, newCampaignForm } from '@/storage/campaign/new-campaign';
import { parseCampaignFile, validateCampaign } from '@/storage/campaign/schema';
import { BUILT_IN_CAMPAIGN } from '@/storage/campaign/store';
import { TEMPLATES } from '@/storage/campaign/templates';
import type { Campaign } from '@/storage/types';

// The plan's paragraphs travel in the campaign file (`planText`): what the office wrote there is
// what staff load and what the plan it signs says.

const withPlan = (): Campaign => ({
  ...BUILT_IN_CAMPAIGN,
  planText: {
    purpose: { vi: 'Mục đích của văn phòng.\nYêu cầu: đúng hạn.', en: 'Our purpose.' },
    implementation: { vi: 'Phòng HCTC-QTTV tổng hợp.', 'zh-Hant': '綜合' },
    // A part a later version may add is kept as it came.
    annex: { vi: 'Phụ lục' },
  } as Campaign['planText'],
});

describe('the plan’s paragraphs in the campaign file', () => {
  it('come back unchanged through the editor and the file', () => {
    const campaign = withPlan();
    const result = checkDraft(draftFromCampaign(campaign));
    expect(result).toEqual({ ok: true, campaign });
    if (!result.ok) return;
    const again = parseCampaignFile(campaignFileText(result.campaign));
    expect(again).toEqual({ ok: true, campaign });
  });

  it('are left out of the file for the parts the editor leaves to the draft', () => {
    const draft = draftFromCampaign(withPlan());
    draft.planText.purpose = null;
    draft.planText.tasks = { vi: 'Tuyên truyền trên Cổng TTĐT tỉnh.', en: '' };
    const result = checkDraft(draft);
    expect(result.ok && result.campaign.planText).toEqual({
      tasks: { vi: 'Tuyên truyền trên Cổng TTĐT tỉnh.' },
      implementation: { vi: 'Phòng HCTC-QTTV tổng hợp.', 'zh-Hant': '綜合' },
      annex: { vi: 'Phụ lục' },
    });
  });

  it('keep the plan’s title as the file gives it, and leave it out when emptied', () => {
    const draft = draftFromCampaign(BUILT_IN_CAMPAIGN);
    expect(checkDraft(draft).ok && (checkDraft(draft) as { campaign: Campaign }).campaign.plan).toEqual(
      BUILT_IN_CAMPAIGN.plan,
    );
    draft.plan = { vi: '', en: '' };
    const result = checkDraft(draft);
    expect(result.ok && 'plan' in result.campaign).toBe(false);
  });

  it('are refused over 5,000 characters, counted as people count them', () => {
    const at = (text: string) => validateCampaign({ ...BUILT_IN_CAMPAIGN, planText: { tasks: { vi: text } } });
    expect(at('🌳'.repeat(5000)).ok).toBe(true);
    expect(at('a'.repeat(5001))).toEqual({ ok: false, issue: { path: 'planText.tasks.vi', rule: 'plan-text-long' } });
    expect(at('')).toMatchObject({ ok: false, issue: { rule: 'text-empty' } });
    expect(validateCampaign({ ...BUILT_IN_CAMPAIGN, planText: 'x' })).toMatchObject({ ok: false });
    expect(validateCampaign({ ...BUILT_IN_CAMPAIGN, plan: { en: 'no vi' } })).toMatchObject({ ok: false });
  });
});

describe('a campaign made from a template', () => {
  it.each(TEMPLATES.map((t) => [t.id, t] as const))('carries the template’s purpose: %s', (_id, template) => {
    expect(template.planPurpose?.vi).toMatch(/^Nhằm /);
    expect(template.planPurpose?.en).toMatch(/^To /);
    // A template names no office: only "cơ quan, đơn vị".
    expect(JSON.stringify(template.planPurpose)).not.toMatch(/Văn phòng|Bắc Kạn|UBND|Sở /);
    const form = { ...newCampaignForm(template, '2027-03-01'), organisation: 'Sở Tư pháp', reportTo: 'Văn phòng Sở' };
    const result = validateCampaign(campaignFromForm(form, template, 'so-tu-phap-2027'));
    expect(result.ok && result.campaign.planText).toEqual({ purpose: template.planPurpose });
  });
});
