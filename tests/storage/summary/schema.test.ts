import { describe, expect, it } from 'vitest';
import { enOptions as en } from '@/components/i18n/en/options';
import { viOptions as vi } from '@/components/i18n/vi/options';
import type { FileIssue } from '@/storage/files/file-issues';
import { validateSummary } from '@/storage/summary/schema';
import { campaignOf } from '@/tests/fixtures/campaign';
import { summaryWith, validSummaryJson } from '@/tests/fixtures/summary';

// The admin's campaign: the test campaign the summary fixture was written for (no-nylon-bags
// daily, tree-planting counted; departments ldvp and hctc-qttv; 5–30 June 2024 in Vietnam).
const campaign = campaignOf();
const TREES = 'days[0].pledges.tree-planting';

describe('a valid summary', () => {
  it('is accepted as written, with and without the admin’s campaign', () => {
    expect(validateSummary(validSummaryJson())).toEqual({ ok: true, summary: validSummaryJson() });
    expect(validateSummary(validSummaryJson(), campaign)).toEqual({ ok: true, summary: validSummaryJson() });
  });

  it('is accepted after a round trip through the JSON text of the file', () => {
    expect(validateSummary(JSON.parse(JSON.stringify(validSummaryJson())), campaign)).toMatchObject({ ok: true });
  });

  it.each([
    ['no days at all', (s: any) => (s.days = [])],
    [
      'a day with a note and no pledge',
      (s: any) => (s.days[1] = { date: '2024-06-11', pledges: {}, note: 'Nghỉ ốm.' }),
    ],
    [
      'a day recorded on the first and on the last day',
      (s: any) => {
        s.exportedAt = '2024-07-01T08:00:00+07:00';
        s.days = [
          { date: '2024-06-05', pledges: { 'no-nylon-bags': 1 } },
          { date: '2024-06-30', pledges: { 'tree-planting': 1 } },
        ];
      },
    ],
    ['a count of 1000', (s: any) => (s.days[0].pledges['tree-planting'] = 1000)],
    [
      'a note of 500 emoji (each one character, though two UTF-16 units)',
      (s: any) => (s.days[0].note = '🌱'.repeat(500)),
    ],
    ['a note of 500 Vietnamese letters', (s: any) => (s.days[0].note = 'ệ'.repeat(500))],
    ['a name of 100 Vietnamese letters', (s: any) => (s.participant.name = 'Ư'.repeat(100))],
    ['a name of one letter', (s: any) => (s.participant.name = 'L')],
    ['a participant id in capitals', (s: any) => (s.participant.id = s.participant.id.toUpperCase())],
    ['an export time in UTC with fractions of a second', (s: any) => (s.exportedAt = '2024-06-12T03:00:00.123Z')],
    // 17:00 UTC on 11 June is midnight on 12 June in Vietnam: the 12th has begun there.
    [
      'a 12 June day exported at midnight on 12 June in Vietnam',
      (s: any) => {
        s.exportedAt = '2024-06-11T17:00:00Z';
        s.days[1].date = '2024-06-12';
      },
    ],
    [
      'a signature',
      (s: any) =>
        (s.signature = { alg: 'ES256', publicKey: { kty: 'EC', crv: 'P-256', x: 'AA', y: 'BB' }, value: 'MEUCIQ_x-9' }),
    ],
    ['a revision of 1', (s: any) => (s.revision = 1)],
  ])('is accepted with %s', (_name, mutate) => {
    expect(validateSummary(summaryWith(mutate), campaign)).toMatchObject({ ok: true });
  });

  it('is accepted with fields this version does not know, at every level, and reads without them', () => {
    const result = validateSummary(
      summaryWith((s) => {
        s.comment = 'exported by a newer app';
        s.campaign.name = { vi: 'Chiến dịch thử' };
        s.participant.email = 'lan@example.vn';
        s.days[0].mood = '🙂';
      }),
      campaign,
    );
    expect(result).toEqual({ ok: true, summary: validSummaryJson() });
  });
});

/**
 * One row per rule of docs/formats.md §2: what is wrong, the file (each row changes one thing of
 * the valid summary), the place and rule the admin is told, and whether only the admin's
 * campaign can tell (a rule the file alone does not break).
 */
const REFUSALS: [string, unknown, FileIssue, 'file' | 'campaign'][] = [
  ['a JSON array instead of an object', [validSummaryJson()], { path: '', rule: 'type-object' }, 'file'],
  ['JSON null', null, { path: '', rule: 'type-object' }, 'file'],
  ['a JSON string', 'green-office/summary', { path: '', rule: 'type-object' }, 'file'],
  [
    'a campaign file given as a summary',
    summaryWith((s) => (s.format = 'green-office/campaign')),
    { path: 'format', rule: 'summary-format' },
    'file',
  ],
  ['no format at all', summaryWith((s) => delete s.format), { path: 'format', rule: 'summary-format' }, 'file'],
  [
    'version 2, written by a newer app',
    summaryWith((s) => (s.version = 2)),
    { path: 'version', rule: 'version-newer' },
    'file',
  ],
  ['version 0', summaryWith((s) => (s.version = 0)), { path: 'version', rule: 'version' }, 'file'],
  ['the version written as text', summaryWith((s) => (s.version = '1')), { path: 'version', rule: 'version' }, 'file'],
  ['no campaign', summaryWith((s) => delete s.campaign), { path: 'campaign', rule: 'required' }, 'file'],
  [
    'a campaign start that is not a date',
    summaryWith((s) => (s.campaign.start = '05/06/2024')),
    { path: 'campaign.start', rule: 'date' },
    'file',
  ],
  [
    'a participant id that is not a UUID',
    summaryWith((s) => (s.participant.id = 'nguyen-thi-lan')),
    { path: 'participant.id', rule: 'participant-id' },
    'file',
  ],
  [
    'no participant id',
    summaryWith((s) => delete s.participant.id),
    { path: 'participant.id', rule: 'required' },
    'file',
  ],
  [
    'an empty name',
    summaryWith((s) => (s.participant.name = '')),
    { path: 'participant.name', rule: 'participant-name' },
    'file',
  ],
  [
    'a name of blanks',
    summaryWith((s) => (s.participant.name = '   ')),
    { path: 'participant.name', rule: 'participant-name' },
    'file',
  ],
  [
    'a name of 101 characters',
    summaryWith((s) => (s.participant.name = 'a'.repeat(101))),
    { path: 'participant.name', rule: 'participant-name' },
    'file',
  ],
  [
    'a name with a new line',
    summaryWith((s) => (s.participant.name = 'Nguyễn\nThị Lan')),
    { path: 'participant.name', rule: 'participant-name' },
    'file',
  ],
  [
    'a name with a bell character',
    summaryWith((s) => (s.participant.name = 'Lan\u0007')),
    { path: 'participant.name', rule: 'participant-name' },
    'file',
  ],
  [
    'a name with a C1 control character',
    summaryWith((s) => (s.participant.name = 'Lan\u0085')),
    { path: 'participant.name', rule: 'participant-name' },
    'file',
  ],
  [
    'a department the campaign does not have',
    summaryWith((s) => (s.participant.department = 'phong-ma')),
    { path: 'participant.department', rule: 'department-unknown' },
    'campaign',
  ],
  ['revision 0', summaryWith((s) => (s.revision = 0)), { path: 'revision', rule: 'revision' }, 'file'],
  ['revision 1.5', summaryWith((s) => (s.revision = 1.5)), { path: 'revision', rule: 'revision' }, 'file'],
  [
    'a revision written as text',
    summaryWith((s) => (s.revision = '3')),
    { path: 'revision', rule: 'revision' },
    'file',
  ],
  [
    'an export time without its offset',
    summaryWith((s) => (s.exportedAt = '2024-06-12T10:00:00')),
    { path: 'exportedAt', rule: 'timestamp' },
    'file',
  ],
  [
    'an export time written the Vietnamese way',
    summaryWith((s) => (s.exportedAt = '12/06/2024 10:00')),
    { path: 'exportedAt', rule: 'timestamp' },
    'file',
  ],
  [
    'an export time at hour 25',
    summaryWith((s) => (s.exportedAt = '2024-06-12T25:00:00Z')),
    { path: 'exportedAt', rule: 'timestamp' },
    'file',
  ],
  ['an empty app name', summaryWith((s) => (s.app = '')), { path: 'app', rule: 'text-empty' }, 'file'],
  ['days that are not a list', summaryWith((s) => (s.days = {})), { path: 'days', rule: 'type-array' }, 'file'],
  [
    'a date that is not a date',
    summaryWith((s) => (s.days[0].date = '2024-06-31')),
    { path: 'days[0].date', rule: 'date' },
    'file',
  ],
  [
    'a date written the Vietnamese way',
    summaryWith((s) => (s.days[1].date = '11/06/2024')),
    { path: 'days[1].date', rule: 'date' },
    'file',
  ],
  [
    'a date given as a number',
    summaryWith((s) => (s.days[0].date = 20240610)),
    { path: 'days[0].date', rule: 'type-date' },
    'file',
  ],
  [
    'the same date twice',
    summaryWith((s) => (s.days[1].date = '2024-06-10')),
    { path: 'days[1].date', rule: 'date-duplicate' },
    'file',
  ],
  [
    'a date before the campaign',
    summaryWith((s) => (s.days[0].date = '2024-06-04')),
    { path: 'days[0].date', rule: 'date-outside' },
    'file',
  ],
  [
    'a date after the campaign',
    summaryWith((s) =>
      Object.assign(s, { exportedAt: '2024-07-02T10:00:00+07:00' }).days.push({
        date: '2024-07-01',
        pledges: { 'no-nylon-bags': 1 },
      }),
    ),
    { path: 'days[2].date', rule: 'date-outside' },
    'file',
  ],
  [
    'a date after the export (12 June, exported at 23:00 on 11 June in Vietnam)',
    summaryWith((s) => (Object.assign(s, { exportedAt: '2024-06-11T16:00:00Z' }).days[1].date = '2024-06-12')),
    { path: 'days[1].date', rule: 'date-after-export' },
    'file',
  ],
  [
    'a count of 0',
    summaryWith((s) => (s.days[0].pledges['tree-planting'] = 0)),
    { path: TREES, rule: 'count' },
    'file',
  ],
  [
    'a count of 1001',
    summaryWith((s) => (s.days[0].pledges['tree-planting'] = 1001)),
    { path: TREES, rule: 'count' },
    'file',
  ],
  [
    'a count of 2.5',
    summaryWith((s) => (s.days[0].pledges['tree-planting'] = 2.5)),
    { path: TREES, rule: 'count' },
    'file',
  ],
  [
    'a negative count',
    summaryWith((s) => (s.days[0].pledges['tree-planting'] = -3)),
    { path: TREES, rule: 'count' },
    'file',
  ],
  [
    'a count written as text',
    summaryWith((s) => (s.days[0].pledges['tree-planting'] = '3')),
    { path: TREES, rule: 'count' },
    'file',
  ],
  [
    'a daily pledge counted twice',
    summaryWith((s) => (s.days[0].pledges['no-nylon-bags'] = 2)),
    { path: 'days[0].pledges.no-nylon-bags', rule: 'daily-count' },
    'campaign',
  ],
  [
    'a pledge the campaign does not have',
    summaryWith((s) => (s.days[1].pledges['plant-a-forest'] = 1)),
    { path: 'days[1].pledges.plant-a-forest', rule: 'pledge-unknown' },
    'campaign',
  ],
  [
    'a pledge id with capitals',
    summaryWith((s) => (s.days[0].pledges = { 'Tree-Planting': 1 })),
    { path: 'days[0].pledges.Tree-Planting', rule: 'pledge-id' },
    'file',
  ],
  [
    'pledges that are not an object',
    summaryWith((s) => (s.days[0].pledges = 'tree-planting')),
    { path: 'days[0].pledges', rule: 'type-object' },
    'file',
  ],
  [
    'a note of 501 characters',
    summaryWith((s) => (s.days[0].note = 'x'.repeat(501))),
    { path: 'days[0].note', rule: 'note-long' },
    'file',
  ],
  [
    'a note that is not text',
    summaryWith((s) => (s.days[0].note = 42)),
    { path: 'days[0].note', rule: 'type-string' },
    'file',
  ],
  [
    'another campaign’s id',
    summaryWith((s) => (s.campaign.id = 'other-campaign-2024')),
    { path: 'campaign', rule: 'campaign-mismatch' },
    'campaign',
  ],
  [
    'the campaign with another start',
    summaryWith((s) => (s.campaign.start = '2024-06-01')),
    { path: 'campaign', rule: 'campaign-mismatch' },
    'campaign',
  ],
  [
    'the campaign counted in another time zone',
    summaryWith((s) => (s.campaign.timeZone = 'Asia/Bangkok')),
    { path: 'campaign', rule: 'campaign-mismatch' },
    'campaign',
  ],
  [
    'a signature with another algorithm',
    summaryWith((s) => (s.signature = { alg: 'RS256', publicKey: { kty: 'RSA' }, value: 'abc' })),
    { path: 'signature.alg', rule: 'signature' },
    'file',
  ],
  [
    'a signature value that is not base64url',
    summaryWith((s) => (s.signature = { alg: 'ES256', publicKey: { kty: 'EC' }, value: 'a+b/c=' })),
    { path: 'signature.value', rule: 'signature' },
    'file',
  ],
];

describe('a broken summary', () => {
  it.each(REFUSALS)('is refused for %s, naming the field and the broken rule', (_name, input, expected) => {
    expect(validateSummary(input, campaign)).toEqual({ ok: false, issue: expected });
  });

  it.each(REFUSALS.filter(([, , , needs]) => needs === 'file'))(
    'is refused for %s even without the admin’s campaign',
    (_name, input, expected) => {
      expect(validateSummary(input)).toEqual({ ok: false, issue: expected });
    },
  );

  it.each(REFUSALS.filter(([, , , needs]) => needs === 'campaign'))(
    'is only refused for %s once the admin’s campaign is given',
    (_name, input) => {
      expect(validateSummary(input)).toMatchObject({ ok: true });
    },
  );

  it('is refused as newer before anything else is checked, so the admin is told to update', () => {
    const input = summaryWith((s) => {
      s.version = 2;
      s.days = 'a new shape';
      s.participant = null;
    });
    expect(validateSummary(input, campaign)).toEqual({ ok: false, issue: { path: 'version', rule: 'version-newer' } });
  });

  it('does not let a `__proto__` key change the prototype of what it returns', () => {
    const result = validateSummary(
      summaryWith((s) => (s.days[0].pledges = JSON.parse('{"__proto__": {"polluted": 1}, "tree-planting": 2}'))),
    );
    const pledges = result.ok ? result.summary.days[0]!.pledges : {};
    expect(Object.getPrototypeOf(pledges)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  // valibot's `record` silently skips `__proto__`, `prototype` and `constructor` keys, so such a
  // key is refused before the schema runs rather than read as if it were not there.
  it.each(['__proto__', 'constructor', 'prototype'])('is refused for a `%s` key given as a pledge id', (key) => {
    const input = summaryWith((s) => (s.days[0].pledges = JSON.parse(`{"${key}": 1}`)));
    expect(validateSummary(input, campaign)).toEqual({
      ok: false,
      issue: { path: `days[0].pledges.${key}`, rule: 'forbidden-key' },
    });
  });

  // checkDays turns exportedAt into a date with Intl in the file's own `campaign.timeZone`,
  // which the schema only checks to be a string: an unknown zone throws a RangeError out of
  // validateSummary instead of refusing the file with a rule the admin can read.
  it('is refused, not crashed on, for a campaign time zone that does not exist', () => {
    const input = summaryWith((s) => (s.campaign.timeZone = 'Asia/Bac_Kan'));
    let result: unknown;
    expect(() => (result = validateSummary(input))).not.toThrow();
    expect(result).toMatchObject({ ok: false });
  });

  // The timestamp check is a regular expression and `Date.parse`, which rolls 31 June over
  // to 1 July instead of refusing it; docs/formats.md asks for RFC 3339.
  it('is refused for an export time on a date that does not exist (31 June)', () => {
    const input = summaryWith((s) => (s.exportedAt = '2024-06-31T10:00:00+07:00'));
    expect(validateSummary(input, campaign)).toEqual({ ok: false, issue: { path: 'exportedAt', rule: 'timestamp' } });
  });
});

describe('the reason for a refusal', () => {
  const rules = new Set(REFUSALS.map(([, , issue]) => issue.rule));

  it('covers the rules of the summary format (the table is not testing one rule many times)', () => {
    expect(rules.size).toBeGreaterThanOrEqual(20);
  });

  it.each([...rules])('"%s" reads in Vietnamese and in English', (rule) => {
    const key = `rule.${rule}`;
    expect((vi as Record<string, string>)[key]?.trim()).toBeTruthy();
    expect((en as Record<string, string>)[key]?.trim()).toBeTruthy();
  });

  it('is, for every refusal in the table, a rule the pages can translate', () => {
    const untranslated = REFUSALS.map(([, input]) => {
      const result = validateSummary(input, campaign);
      return result.ok ? 'accepted' : result.issue.rule;
    }).filter((rule) => !(`rule.${rule}` in vi) || !(`rule.${rule}` in en));
    expect(untranslated).toEqual([]);
  });
});
