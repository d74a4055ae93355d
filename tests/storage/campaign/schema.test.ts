import { describe, expect, it } from 'vitest';
import { enOptions as en } from '@/components/i18n/en/options';
import { viOptions as vi } from '@/components/i18n/vi/options';
import builtInJson from '@/storage/campaign/built-in/backan-vp-wed-2024.json';
import { type CampaignIssue, parseCampaignFile, validateCampaign } from '@/storage/campaign/schema';
import { validCampaignJson } from '@/tests/fixtures/campaign';

type Json = Record<string, any>;

/** The text of the valid fixture after one change, as an admin might have sent it. */
function fileWith(mutate: (c: Json) => void): string {
  const c = validCampaignJson();
  mutate(c);
  return JSON.stringify(c, null, 2);
}

function refusal(text: string): CampaignIssue | undefined {
  const result = parseCampaignFile(text);
  return result.ok ? undefined : result.issue;
}

describe('the built-in campaign file', () => {
  const result = validateCampaign(structuredClone(builtInJson));
  const campaign = result.ok ? result.campaign : undefined;

  it('keeps every rule of the campaign format', () => {
    expect(result).toMatchObject({ ok: true });
  });

  it('is the Bắc Kạn office plan for June 2024, counted in Vietnam time', () => {
    expect(campaign).toMatchObject({
      format: 'green-office/campaign',
      version: 1,
      id: 'backan-vp-wed-2024',
      start: '2024-06-05',
      end: '2024-06-30',
      timeZone: 'Asia/Ho_Chi_Minh',
      workingDays: [1, 2, 3, 4, 5],
      holidays: [],
      backfillDays: 3,
    });
  });

  it('has the eight pledges of the plan: three kept daily, five counted actions', () => {
    expect(campaign?.pledges.map((p) => [p.id, p.kind])).toEqual([
      ['no-nylon-bags', 'daily'],
      ['no-single-use-plastic', 'daily'],
      ['eco-products', 'daily'],
      ['waste-collection', 'action'],
      ['clean-up', 'action'],
      ['tree-planting', 'action'],
      ['share-campaign', 'action'],
      ['learn-env-law', 'action'],
    ]);
  });

  it('lists the office leadership and the department that collects the reports', () => {
    const ids = campaign?.departments.map((d) => d.id) ?? [];
    expect(ids).toEqual(expect.arrayContaining(['ldvp', 'hctc-qttv']));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('names every pledge and department in Vietnamese and English', () => {
    for (const item of [
      ...(campaign?.pledges.map((p) => p.label) ?? []),
      ...(campaign?.departments.map((d) => d.name) ?? []),
    ]) {
      expect(item.vi.trim()).not.toBe('');
      expect(item.en?.trim()).toBeTruthy();
    }
  });
});

describe('a valid campaign file', () => {
  it('is accepted as written (the fixture every refusal below starts from)', () => {
    const result = parseCampaignFile(fileWith(() => {}));
    expect(result).toMatchObject({ ok: true, campaign: { id: 'test-campaign-2024', backfillDays: 3 } });
  });

  it('is accepted with fields this version does not know, at every level', () => {
    const result = parseCampaignFile(
      fileWith((c) => {
        c.plan = { vi: 'Kế hoạch' };
        c.publishedBy = 'someone';
        c.departments[0].colour = 'green';
        c.pledges[0].icon = '🌱';
        c.pledges[1].impact.note = 'rounded';
        c.name.fr = 'Campagne test';
      }),
    );
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.campaign.departments.map((d) => d.id)).toEqual(['ldvp', 'hctc-qttv']);
      expect(result.campaign.pledges.map((p) => p.id)).toEqual(['no-nylon-bags', 'tree-planting']);
    }
  });

  it('is accepted when it starts with a UTF-8 byte order mark, as Windows Notepad writes it', () => {
    expect(parseCampaignFile(`\uFEFF${fileWith(() => {})}`)).toMatchObject({ ok: true });
  });

  it('counts every weekday as a working day and has no holidays when the file leaves them out', () => {
    const result = parseCampaignFile(
      fileWith((c) => {
        delete c.workingDays;
        delete c.holidays;
      }),
    );
    expect(result).toMatchObject({ ok: true, campaign: { workingDays: [1, 2, 3, 4, 5, 6, 7], holidays: [] } });
  });

  it.each([
    ['a one-day campaign', { start: '2024-06-05', end: '2024-06-05' }],
    ['a campaign of exactly 366 days over a leap year', { start: '2024-01-01', end: '2024-12-31' }],
    ['a campaign of exactly 366 days across 29 February', { start: '2023-03-01', end: '2024-02-29' }],
    ['holidays on its first and last day', { holidays: ['2024-06-05', '2024-06-28'] }],
    ['no backfill at all', { backfillDays: 0 }],
    ['the longest backfill of 31 days', { backfillDays: 31 }],
    ['a one-letter department id', { departments: [{ id: 'a', name: { vi: 'A' } }] }],
    ['a department of zero people', { departments: [{ id: 'a', name: { vi: 'A' }, headcount: 0 }] }],
    [
      'only a Saturday campaign with Saturday as its working day',
      { start: '2024-06-08', end: '2024-06-08', workingDays: [6] },
    ],
  ])('is accepted with %s', (_name, fields) => {
    expect(parseCampaignFile(fileWith((c) => Object.assign(c, fields)))).toMatchObject({ ok: true });
  });

  it('drops the spaces around labels, so a title typed with a stray space still reads well', () => {
    const result = parseCampaignFile(fileWith((c) => (c.name.vi = '  Chiến dịch thử  ')));
    expect(result).toMatchObject({ ok: true, campaign: { name: { vi: 'Chiến dịch thử' } } });
  });
});

/**
 * One row per rule: what the admin got wrong, and where and which rule the person is told.
 * Every row changes one thing of a valid file, so the rule named is the one broken.
 */
const REFUSALS: [string, string, CampaignIssue][] = [
  ['text that is not JSON', '{"format": "green-office/campaign",', { path: '', rule: 'json' }],
  ['an empty file', '', { path: '', rule: 'json' }],
  ['a JSON array instead of an object', JSON.stringify([validCampaignJson()]), { path: '', rule: 'type-object' }],
  ['JSON null', 'null', { path: '', rule: 'type-object' }],
  ['a JSON string', '"green-office/campaign"', { path: '', rule: 'type-object' }],
  [
    'a participation summary given as a campaign',
    fileWith((c) => (c.format = 'green-office/summary')),
    { path: 'format', rule: 'format' },
  ],
  ['no format at all', fileWith((c) => delete c.format), { path: 'format', rule: 'format' }],
  ['version 2, written by a newer app', fileWith((c) => (c.version = 2)), { path: 'version', rule: 'version-newer' }],
  ['version 0', fileWith((c) => (c.version = 0)), { path: 'version', rule: 'version' }],
  ['the version written as text', fileWith((c) => (c.version = '1')), { path: 'version', rule: 'version' }],
  ['an id with capitals and spaces', fileWith((c) => (c.id = 'Chien Dich 2024')), { path: 'id', rule: 'campaign-id' }],
  ['an id with Vietnamese letters', fileWith((c) => (c.id = 'tháng-6')), { path: 'id', rule: 'campaign-id' }],
  ['an id of two characters', fileWith((c) => (c.id = 'ab')), { path: 'id', rule: 'campaign-id' }],
  ['an id of 65 characters', fileWith((c) => (c.id = 'a'.repeat(65))), { path: 'id', rule: 'campaign-id' }],
  // A missing field has no rule of its own: the person is told the structure is wrong there.
  ['no name', fileWith((c) => delete c.name), { path: 'name', rule: 'required' }],
  ['no version', fileWith((c) => delete c.version), { path: 'version', rule: 'required' }],
  ['version 1.5', fileWith((c) => (c.version = 1.5)), { path: 'version', rule: 'version' }],
  ['no pledge kind', fileWith((c) => delete c.pledges[0].kind), { path: 'pledges[0].kind', rule: 'required' }],
  [
    'a name given as plain text instead of a label',
    fileWith((c) => (c.name = 'Chiến dịch')),
    { path: 'name', rule: 'type-label' },
  ],
  [
    'a name label without Vietnamese',
    fileWith((c) => (c.name = { en: 'Test campaign' })),
    { path: 'name.vi', rule: 'type-label' },
  ],
  [
    'an organisation label of blanks',
    fileWith((c) => (c.organisation.vi = '   ')),
    { path: 'organisation.vi', rule: 'text-empty' },
  ],
  [
    'a label of 501 characters',
    fileWith((c) => (c.reportTo.vi = 'x'.repeat(501))),
    { path: 'reportTo.vi', rule: 'text-long' },
  ],
  [
    'a label in another language that is not text',
    fileWith((c) => (c.name.fr = 3)),
    { path: 'name.fr', rule: 'type-string' },
  ],
  [
    'a start date written the Vietnamese way',
    fileWith((c) => (c.start = '05/06/2024')),
    { path: 'start', rule: 'date' },
  ],
  ['a start date given as a number', fileWith((c) => (c.start = 20240605)), { path: 'start', rule: 'type-date' }],
  ['an impossible date, 30 February', fileWith((c) => (c.start = '2024-02-30')), { path: 'start', rule: 'date' }],
  [
    '29 February of a year that is not a leap year',
    fileWith((c) => (c.end = '2023-02-29')),
    { path: 'end', rule: 'date' },
  ],
  ['month 13', fileWith((c) => (c.end = '2024-13-01')), { path: 'end', rule: 'date' }],
  ['an end before the start', fileWith((c) => (c.end = '2024-06-04')), { path: 'end', rule: 'end-before-start' }],
  [
    'a window of 367 days',
    fileWith((c) => Object.assign(c, { start: '2024-01-01', end: '2025-01-01' })),
    { path: 'end', rule: 'window-too-long' },
  ],
  ['an unknown time zone', fileWith((c) => (c.timeZone = 'Asia/Bac_Kan')), { path: 'timeZone', rule: 'time-zone' }],
  ['an empty time zone', fileWith((c) => (c.timeZone = '')), { path: 'timeZone', rule: 'time-zone' }],
  ['weekday 8', fileWith((c) => (c.workingDays = [1, 2, 3, 4, 5, 8])), { path: 'workingDays[5]', rule: 'weekday' }],
  [
    'weekday 0 (Sunday counted from zero)',
    fileWith((c) => (c.workingDays = [0, 1, 2])),
    { path: 'workingDays[0]', rule: 'weekday' },
  ],
  ['weekday 1.5', fileWith((c) => (c.workingDays = [1.5])), { path: 'workingDays[0]', rule: 'weekday' }],
  [
    'a weekday given twice',
    fileWith((c) => (c.workingDays = [1, 2, 2, 3])),
    { path: 'workingDays', rule: 'weekday-duplicate' },
  ],
  [
    'working days that are not a list',
    fileWith((c) => (c.workingDays = '1-5')),
    { path: 'workingDays', rule: 'type-array' },
  ],
  [
    'a holiday after the end',
    fileWith((c) => (c.holidays = ['2024-06-10', '2024-07-01'])),
    { path: 'holidays[1]', rule: 'holiday-outside' },
  ],
  [
    'a holiday before the start',
    fileWith((c) => (c.holidays = ['2024-06-04'])),
    { path: 'holidays[0]', rule: 'holiday-outside' },
  ],
  [
    'a holiday that is not a date',
    fileWith((c) => (c.holidays = ['2024-06-31'])),
    { path: 'holidays[0]', rule: 'date' },
  ],
  ['a backfill of 32 days', fileWith((c) => (c.backfillDays = 32)), { path: 'backfillDays', rule: 'backfill' }],
  ['a backfill of -1 days', fileWith((c) => (c.backfillDays = -1)), { path: 'backfillDays', rule: 'backfill' }],
  ['a backfill of 1.5 days', fileWith((c) => (c.backfillDays = 1.5)), { path: 'backfillDays', rule: 'backfill' }],
  ['a backfill written as text', fileWith((c) => (c.backfillDays = '3')), { path: 'backfillDays', rule: 'backfill' }],
  [
    'a department id with capitals',
    fileWith((c) => (c.departments[1].id = 'HCTC-QTTV')),
    { path: 'departments[1].id', rule: 'department-id' },
  ],
  [
    'an empty department id',
    fileWith((c) => (c.departments[0].id = '')),
    { path: 'departments[0].id', rule: 'department-id' },
  ],
  [
    'the same department twice',
    fileWith((c) => (c.departments[1].id = 'ldvp')),
    { path: 'departments[1].id', rule: 'duplicate-id' },
  ],
  [
    'a department name without Vietnamese',
    fileWith((c) => (c.departments[0].name = { en: 'Leaders' })),
    { path: 'departments[0].name.vi', rule: 'type-label' },
  ],
  [
    'a negative headcount',
    fileWith((c) => (c.departments[0].headcount = -1)),
    { path: 'departments[0].headcount', rule: 'headcount' },
  ],
  [
    'a headcount of 2.5 people',
    fileWith((c) => (c.departments[0].headcount = 2.5)),
    { path: 'departments[0].headcount', rule: 'type-integer' },
  ],
  [
    'an example flag that is not true or false',
    fileWith((c) => (c.departments[0].example = 'yes')),
    { path: 'departments[0].example', rule: 'type-boolean' },
  ],
  ['no departments', fileWith((c) => (c.departments = [])), { path: 'departments', rule: 'departments-empty' }],
  [
    'the same pledge twice',
    fileWith((c) => (c.pledges[1].id = 'no-nylon-bags')),
    { path: 'pledges[1].id', rule: 'duplicate-id' },
  ],
  [
    'a pledge id with an underscore',
    fileWith((c) => (c.pledges[0].id = 'no_nylon_bags')),
    { path: 'pledges[0].id', rule: 'pledge-id' },
  ],
  [
    'a pledge kind that is neither daily nor action',
    fileWith((c) => (c.pledges[0].kind = 'weekly')),
    { path: 'pledges[0].kind', rule: 'pledge-kind' },
  ],
  [
    'a negative impact per unit',
    fileWith((c) => (c.pledges[1].impact.perUnit = -22)),
    { path: 'pledges[1].impact.perUnit', rule: 'impact-negative' },
  ],
  [
    'an impact per unit written as text',
    fileWith((c) => (c.pledges[1].impact.perUnit = '22')),
    { path: 'pledges[1].impact.perUnit', rule: 'type-number' },
  ],
  ['no pledges', fileWith((c) => (c.pledges = [])), { path: 'pledges', rule: 'pledges-empty' }],
  [
    'a weekend campaign whose working days are Monday to Friday',
    fileWith((c) => Object.assign(c, { start: '2024-06-08', end: '2024-06-09' })),
    { path: 'workingDays', rule: 'no-working-day' },
  ],
  [
    'an empty list of working days',
    fileWith((c) => (c.workingDays = [])),
    { path: 'workingDays', rule: 'no-working-day' },
  ],
];

describe('a broken campaign file', () => {
  it.each(REFUSALS)('is refused for %s, naming the field and the broken rule', (_name, text, expected) => {
    expect(parseCampaignFile(text)).toEqual({ ok: false, issue: expected });
  });

  it('is refused for the first broken rule in file order when several are broken', () => {
    const text = fileWith((c) => {
      c.id = 'X';
      c.backfillDays = 99;
      c.pledges = [];
    });
    expect(refusal(text)).toEqual({ path: 'id', rule: 'campaign-id' });
  });

  it('is refused as newer before anything else is checked, so the person is told to update', () => {
    const text = fileWith((c) => {
      c.version = 2;
      c.start = 'some new date syntax';
      c.pledges = { new: 'shape' };
    });
    expect(refusal(text)).toEqual({ path: 'version', rule: 'version-newer' });
  });

  // The rule "no working day in the window" exists so that a campaign can be recorded on at
  // least one day; a window whose only working days are holidays has none either.
  it('is refused when every working day of the window is a holiday', () => {
    const text = fileWith((c) =>
      Object.assign(c, { start: '2024-06-10', end: '2024-06-10', holidays: ['2024-06-10'] }),
    );
    expect(refusal(text)).toEqual({ path: 'workingDays', rule: 'no-working-day' });
  });
});

describe('the reason for a refusal', () => {
  const rules = new Set([...REFUSALS.map(([, , issue]) => issue.rule), 'too-large']);

  it('covers a wide range of rules (the table is not testing one rule many times)', () => {
    expect(rules.size).toBeGreaterThanOrEqual(30);
  });

  it.each([...rules])('"%s" reads in Vietnamese and in English', (rule) => {
    const key = `rule.${rule}`;
    expect((vi as Record<string, string>)[key]?.trim()).toBeTruthy();
    expect((en as Record<string, string>)[key]?.trim()).toBeTruthy();
  });

  it('is, for every refusal in the table, a rule the pages can translate', () => {
    const untranslated = REFUSALS.map(([, text]) => refusal(text)?.rule).filter(
      (rule) => !rule || !(`rule.${rule}` in vi) || !(`rule.${rule}` in en),
    );
    expect(untranslated).toEqual([]);
  });
});
