import canonicalize from 'canonicalize';
import { describe, expect, it } from 'vitest';
import { draftFromCampaign } from '@/storage/campaign/draft';
import { campaignFileText, campaignFromDraft } from '@/storage/campaign/editor';
import {
  campaignIdFor,
  checkNewCampaign,
  departmentLines,
  type NewCampaignForm,
  newCampaignForm,
} from '@/storage/campaign/new-campaign';
import { parseCampaignFile } from '@/storage/campaign/schema';
import { BUILT_IN_CAMPAIGN } from '@/storage/campaign/store';
import { ENVIRONMENT_MONTH, THIRTY_DAYS } from '@/storage/campaign/templates';
import { validCampaignJson } from '@/tests/fixtures/campaign';

const filled = (change: Partial<NewCampaignForm> = {}): NewCampaignForm => ({
  ...newCampaignForm(ENVIRONMENT_MONTH, '2026-12-01'),
  organisation: 'Sở Tài nguyên và Môi trường',
  reportTo: 'Văn phòng Sở',
  departments: 'Phòng Tổng hợp; 12\nPhòng Kế hoạch – Tài chính; 8\nThanh tra Sở',
  ...change,
});

describe('the form of a new campaign (issue #9 §3)', () => {
  it('is prefilled from the template and the date: its name and year, June next year, every pledge', () => {
    const form = newCampaignForm(ENVIRONMENT_MONTH, '2026-12-01');
    expect(form).toMatchObject({
      name: 'Tháng hành động vì môi trường 2027',
      organisation: '',
      start: '2027-06-01',
      end: '2027-06-30',
      workingDays: [1, 2, 3, 4, 5],
    });
    expect(form.pledges).toHaveLength(8);
    expect(newCampaignForm(THIRTY_DAYS, '2026-12-01')).toMatchObject({ start: '2026-12-01', end: '2026-12-30' });
  });

  it('reads pasted lines as departments with an optional headcount and ids made from the names', () => {
    expect(departmentLines('Phòng Tổng hợp; 12\n\n  Phòng Kế hoạch – Tài chính\t8 \nPhòng Tổng hợp\n')).toEqual([
      { name: 'Phòng Tổng hợp', headcount: '12', id: 'phong-tong-hop' },
      { name: 'Phòng Kế hoạch – Tài chính', headcount: '8', id: 'phong-ke-hoach-tai-chinh' },
      { name: 'Phòng Tổng hợp', headcount: '', id: 'phong-tong-hop-2' },
    ]);
  });

  it('keeps an id the officer typed over the made one', () => {
    expect(departmentLines('Phòng Tổng hợp\nThanh tra Sở', { 1: 'thanh-tra' }).map((d) => d.id)).toEqual([
      'phong-tong-hop',
      'thanh-tra',
    ]);
  });

  it('makes a valid campaign file from the filled form, which the staff app accepts', () => {
    const result = checkNewCampaign(filled(), ENVIRONMENT_MONTH, 'thang-hanh-dong-vi-moi-truong-2027');
    if (!result.ok) throw new Error(JSON.stringify(result.issue));
    expect(result.campaign).toMatchObject({
      id: 'thang-hanh-dong-vi-moi-truong-2027',
      name: { vi: 'Tháng hành động vì môi trường 2027', en: 'Environment Action Month 2027' },
      organisation: { vi: 'Sở Tài nguyên và Môi trường' },
      start: '2027-06-01',
      end: '2027-06-30',
      departments: [
        { id: 'phong-tong-hop', name: { vi: 'Phòng Tổng hợp' }, headcount: 12 },
        { id: 'phong-ke-hoach-tai-chinh', name: { vi: 'Phòng Kế hoạch – Tài chính' }, headcount: 8 },
        { id: 'thanh-tra-so', name: { vi: 'Thanh tra Sở' } },
      ],
    });
    expect(parseCampaignFile(campaignFileText(result.campaign))).toEqual(result);
  });

  it('takes the ticked pledges and a custom one', () => {
    const form = filled({
      pledges: ['no-nylon-bags', 'tree-planting'],
      custom: [{ key: 'k', label: 'Tắt đèn khi ra khỏi phòng', kind: 'daily', unit: '' }],
    });
    const result = checkNewCampaign(form, ENVIRONMENT_MONTH, 'x-2027');
    expect(result.ok && result.campaign.pledges.map((p) => p.id)).toEqual([
      'no-nylon-bags',
      'tree-planting',
      'tat-den-khi-ra-khoi-phong',
    ]);
  });

  it.each([
    ['no organisation', { organisation: '' }, 'organisation.vi', 'text-empty'],
    ['an end before the start', { end: '2027-05-31' }, 'end', 'end-before-start'],
    ['no working day ticked', { workingDays: [] }, 'workingDays', 'no-working-day'],
    ['no department', { departments: '\n \n' }, 'departments', 'departments-empty'],
    [
      'a headcount that is not a number',
      { departments: 'Phòng A\nPhòng B; mười' },
      'departments[1].headcount',
      'type-integer',
    ],
    ['an id typed with capitals', { idEdits: { 0: 'Phong A' } }, 'departments[0].id', 'department-id'],
    ['no pledge ticked', { pledges: [] }, 'pledges', 'pledges-empty'],
  ])('names the first broken rule when there is %s', (_what, change, path, rule) => {
    expect(checkNewCampaign(filled(change), ENVIRONMENT_MONTH, 'x-2027')).toEqual({ ok: false, issue: { path, rule } });
  });

  it('makes the campaign id from the name, never one of a campaign kept here (ended or not)', () => {
    const name = 'Tháng hành động vì môi trường 2024';
    expect(campaignIdFor(name, [BUILT_IN_CAMPAIGN.id])).toBe('thang-hanh-dong-vi-moi-truong-2024');
    expect(campaignIdFor(name, ['thang-hanh-dong-vi-moi-truong-2024'])).toBe('thang-hanh-dong-vi-moi-truong-2024-2');
    expect(campaignIdFor('Xe', [])).toBe('chien-dich');
  });
});

describe('the full editor keeps what it does not edit (issue #9 §3)', () => {
  const canonical = (text: string) => canonicalize(JSON.parse(text));
  const roundTrip = (text: string) => {
    const loaded = parseCampaignFile(text);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.issue));
    const again = parseCampaignFile(JSON.stringify(campaignFromDraft(draftFromCampaign(loaded.campaign))));
    if (!again.ok) throw new Error(JSON.stringify(again.issue));
    return campaignFileText(again.campaign);
  };

  it('exports a loaded file, unchanged, as the same file: plan, notes, other languages, unknown fields', () => {
    const file: Record<string, any> = {
      ...validCampaignJson(),
      plan: { vi: 'Kế hoạch số 12/KH', en: 'Plan 12', fr: 'Plan no 12' },
      departmentsNote: { vi: 'Ghi chú về các phòng', en: 'A note on departments' },
      futureField: { nested: [1, 'two', { three: true }] },
      name: { vi: 'Chiến dịch thử', en: 'Test campaign', fr: 'Campagne d’essai', km: 'យុទ្ធនាការ' },
      organisationId: 'so-tnmt',
      implements: { id: '1345-stnmt-mt', name: { vi: 'Kế hoạch 1345/STNMT-MT', fr: 'Plan 1345' } },
      agencies: [{ id: 'ubnd-xa', name: { vi: 'UBND xã' }, code: 7 }],
      hashtag: '#VanPhongXanh',
    };
    file.departments[0].color = 'green';
    file.departments[1].name.zh = '行政';
    file.pledges[0].icon = 'bag';
    file.pledges[0].label.fr = 'Pas de sacs';
    const text = JSON.stringify(file, null, 2);
    expect(canonical(roundTrip(text))).toBe(canonical(text));
  });

  it('exports the built-in 2024 file, unchanged, as the same file', () => {
    const text = JSON.stringify(BUILT_IN_CAMPAIGN);
    expect(canonical(roundTrip(text))).toBe(canonical(text));
  });

  it('edits the new optional fields: organisationId, implements, agencies, hashtag', () => {
    const loaded = parseCampaignFile(JSON.stringify(validCampaignJson()));
    if (!loaded.ok) throw new Error('fixture');
    const draft = draftFromCampaign(loaded.campaign);
    draft.organisationId = 'so-tnmt';
    draft.implementsId = '1345-stnmt-mt';
    draft.implementsName = { vi: 'Kế hoạch 1345', en: '' };
    draft.agencies = [{ key: 'a', id: 'xa-a', name: { vi: 'Xã A', en: 'Commune A' } }];
    draft.hashtag = ' #XanhMoiNgay ';
    const result = parseCampaignFile(JSON.stringify(campaignFromDraft(draft)));
    expect(result.ok && result.campaign).toMatchObject({
      organisationId: 'so-tnmt',
      implements: { id: '1345-stnmt-mt', name: { vi: 'Kế hoạch 1345' } },
      agencies: [{ id: 'xa-a', name: { vi: 'Xã A', en: 'Commune A' } }],
      hashtag: '#XanhMoiNgay',
    });
    draft.agencies = [...draft.agencies, { key: 'b', id: 'xa-a', name: { vi: 'Xã B', en: '' } }];
    expect(parseCampaignFile(JSON.stringify(campaignFromDraft(draft)))).toEqual({
      ok: false,
      issue: { path: 'agencies[1].id', rule: 'duplicate-id' },
    });
    draft.organisationId = 'Sở TNMT';
    expect(parseCampaignFile(JSON.stringify(campaignFromDraft(draft)))).toMatchObject({
      issue: { path: 'organisationId', rule: 'organisation-id' },
    });
  });
});
