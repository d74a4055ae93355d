import { describe, expect, it } from 'vitest';
import { type CampaignDraft, draftFromCampaign, emptyDepartment, emptyPledge } from '@/storage/campaign/draft';
import {
  campaignFileName,
  campaignFileText,
  campaignFromDraft,
  checkDraft,
  isCampaignReadOnly,
  pathKey,
} from '@/storage/campaign/editor';
import { validateCampaign } from '@/storage/campaign/schema';
import { BUILT_IN_CAMPAIGN } from '@/storage/campaign/store';
import type { Campaign } from '@/storage/types';
import { validCampaignJson } from '@/tests/fixtures/campaign';

const fixture = () => {
  const result = validateCampaign(validCampaignJson());
  if (!result.ok) throw new Error('the fixture is valid');
  return result.campaign;
};

describe('a draft of a campaign', () => {
  it.each([
    ['the fixture', fixture()],
    ['the built-in campaign', (validateCampaign(BUILT_IN_CAMPAIGN) as { campaign: Campaign }).campaign],
  ])('gives back %s unchanged when nothing is edited', (_name, campaign) => {
    const result = checkDraft(draftFromCampaign(campaign));
    expect(result).toEqual({ ok: true, campaign });
  });

  it('leaves out empty English text, an empty unit, an empty impact and an empty headcount', () => {
    const draft = draftFromCampaign(fixture());
    draft.name.en = '  ';
    draft.departments[0]!.headcount = '';
    draft.pledges[1]!.unit = { vi: '', en: '' };
    draft.pledges[1]!.impact = { perUnit: '', unit: { vi: '', en: '' }, source: '' };
    const result = checkDraft(draft);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.campaign.name).toEqual({ vi: 'Chiến dịch thử' });
    expect(result.campaign.departments[0]).toEqual({ id: 'ldvp', name: { vi: 'Lãnh đạo Văn phòng' } });
    expect(result.campaign.pledges[1]).toEqual({
      id: 'tree-planting',
      kind: 'action',
      label: { vi: 'Trồng cây xanh', en: 'Plant trees' },
    });
  });

  it.each<[string, (d: CampaignDraft) => void, { path: string; rule: string }]>([
    ['an id with capitals', (d) => (d.id = 'Chien-Dich'), { path: 'id', rule: 'campaign-id' }],
    ['an empty Vietnamese name', (d) => (d.name.vi = ' '), { path: 'name.vi', rule: 'text-empty' }],
    ['an end before the start', (d) => (d.end = '2024-06-01'), { path: 'end', rule: 'end-before-start' }],
    ['no start date', (d) => (d.start = ''), { path: 'start', rule: 'date' }],
    ['a zone that does not exist', (d) => (d.timeZone = 'Asia/Hanoi'), { path: 'timeZone', rule: 'time-zone' }],
    ['no working day', (d) => (d.workingDays = []), { path: 'workingDays', rule: 'no-working-day' }],
    [
      'a holiday outside the window',
      (d) => d.holidays.push({ key: 'h', date: '2024-07-02' }),
      { path: 'holidays[0]', rule: 'holiday-outside' },
    ],
    ['a holiday left empty', (d) => d.holidays.push({ key: 'h', date: '' }), { path: 'holidays[0]', rule: 'date' }],
    ['no backfill', (d) => (d.backfillDays = ''), { path: 'backfillDays', rule: 'backfill' }],
    ['a backfill of 32 days', (d) => (d.backfillDays = '32'), { path: 'backfillDays', rule: 'backfill' }],
    [
      'a headcount of 2.5',
      (d) => (d.departments[1]!.headcount = '2.5'),
      { path: 'departments[1].headcount', rule: 'type-integer' },
    ],
    [
      'a new department left empty',
      (d) => d.departments.push(emptyDepartment()),
      { path: 'departments[2].id', rule: 'department-id' },
    ],
    ['no department', (d) => (d.departments = []), { path: 'departments', rule: 'departments-empty' }],
    [
      'two pledges with one id',
      (d) => (d.pledges[1]!.id = 'no-nylon-bags'),
      { path: 'pledges[1].id', rule: 'duplicate-id' },
    ],
    [
      'a new pledge without text',
      (d) => d.pledges.push({ ...emptyPledge(), id: 'new-one' }),
      { path: 'pledges[2].label.vi', rule: 'text-empty' },
    ],
    [
      'a unit only in English',
      (d) => (d.pledges[0]!.unit = { vi: '', en: 'bags' }),
      { path: 'pledges[0].unit.vi', rule: 'text-empty' },
    ],
    [
      'an impact without its number',
      (d) => (d.pledges[1]!.impact.perUnit = ''),
      { path: 'pledges[1].impact.perUnit', rule: 'type-number' },
    ],
    [
      'a negative impact',
      (d) => (d.pledges[1]!.impact.perUnit = '-1'),
      { path: 'pledges[1].impact.perUnit', rule: 'impact-negative' },
    ],
  ])('names the rule and the field for %s', (_name, edit, issue) => {
    const draft = draftFromCampaign(fixture());
    edit(draft);
    expect(checkDraft(draft)).toEqual({ ok: false, issue });
  });

  it('refuses the id of an ended campaign before anything else', () => {
    const draft = draftFromCampaign(fixture());
    draft.end = '2024-01-01';
    expect(checkDraft(draft, ['test-campaign-2024'])).toEqual({
      ok: false,
      issue: { path: 'id', rule: 'campaign-ended' },
    });
    draft.id = 'test-campaign-2025';
    expect(checkDraft(draft, ['test-campaign-2024'])).toEqual({
      ok: false,
      issue: { path: 'end', rule: 'end-before-start' },
    });
  });

  it('keeps the example mark of a department from the source file', () => {
    const draft = draftFromCampaign(BUILT_IN_CAMPAIGN);
    expect(draft.departments.find((d) => d.id === 'kinh-te')?.example).toBe(true);
    expect(
      (campaignFromDraft(draft).departments as { id: string; example?: boolean }[]).find((d) => d.id === 'kinh-te')
        ?.example,
    ).toBe(true);
  });

  it('sorts working days', () => {
    const draft = draftFromCampaign(fixture());
    draft.workingDays = [5, 1, 3];
    expect(campaignFromDraft(draft).workingDays).toEqual([1, 3, 5]);
  });
});

describe('the campaign file', () => {
  it('is pretty JSON named for the campaign, with format and version, holidays in order and once each', () => {
    const campaign = { ...fixture(), holidays: ['2024-06-20', '2024-06-10', '2024-06-20'] };
    const text = campaignFileText(campaign);
    expect(campaignFileName(campaign)).toBe('chien-dich_test-campaign-2024.json');
    expect(text).toMatch(/^\{\n {2}"format": "green-office\/campaign",\n {2}"version": 1,\n/);
    expect(text.endsWith('}\n')).toBe(true);
    const json = JSON.parse(text);
    expect(json.holidays).toEqual(['2024-06-10', '2024-06-20']);
    expect(validateCampaign(json)).toMatchObject({ ok: true });
  });
});

describe('an ended campaign', () => {
  const campaign = { end: '2024-06-30', timeZone: 'Asia/Ho_Chi_Minh' };

  it.each([
    ['during the campaign', '2024-06-12T03:00:00Z', false],
    ['on its last day, 23:59 in Vietnam', '2024-06-30T16:59:00Z', false],
    ['at midnight after its last day in Vietnam (still 30 June in UTC)', '2024-06-30T17:00:00Z', true],
    ['a year later', '2025-06-12T03:00:00Z', true],
  ])('is read-only %s: %s', (_when, instant, readOnly) => {
    expect(isCampaignReadOnly(campaign, Date.parse(instant))).toBe(readOnly);
  });

  it('ends by its own zone, not the computer’s', () => {
    const west = { end: '2024-06-30', timeZone: 'America/Los_Angeles' };
    // 1 July 03:00 UTC is still 30 June in Los Angeles, already 1 July in Vietnam.
    expect(isCampaignReadOnly(west, Date.parse('2024-07-01T03:00:00Z'))).toBe(false);
    expect(isCampaignReadOnly(campaign, Date.parse('2024-07-01T03:00:00Z'))).toBe(true);
  });
});

describe('the form field of a path', () => {
  it.each([
    ['id', 'id'],
    ['name.vi', 'name-vi'],
    ['pledges[2].id', 'pledges-2-id'],
    ['pledges[10].impact.unit.vi', 'pledges-10-impact-unit-vi'],
    ['holidays[0]', 'holidays-0'],
  ])('%s is %s', (path, key) => {
    expect(pathKey(path)).toBe(key);
  });
});
