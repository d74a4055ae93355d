import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { deeperThan, firstIssue } from '@/storage/files/file-issues';
import { MAX_JSON_DEPTH } from '@/storage/files/limits';
import { headIssue } from '@/storage/files/schema-parts';
import { checkReport } from '@/storage/report-file/check';
import { validateReport } from '@/storage/report-file/read';
import { reportSchema } from '@/storage/report-file/schema';
import { type OfficeReport, REPORT_FORMAT, REPORT_VERSION } from '@/storage/report-file/types';
import { baseReport, levelAbove } from '@/tests/fixtures/bad-reports';
import { generateReports, levelAboveCampaign } from '@/tests/fixtures/reports.js';
import { mulberry32 } from '@/tests/fixtures/summaries.js';

// The reader checks a report's days by hand (storage/report-file/fast.ts, for speed); the level
// above must be told the same thing as the whole valibot schema and checkReport would tell it.

/** The reading as it was before the fast path: two walks, the whole schema, then the rules. */
function throughSchema(input: unknown, campaign: { id: string }) {
  const head = headIssue(input, REPORT_FORMAT, REPORT_VERSION, 'report-format');
  if (head) return { ok: false, issue: head };
  const deep = deeperThan(input, MAX_JSON_DEPTH);
  if (deep !== null) return { ok: false, issue: { path: deep, rule: 'too-deep' } };
  const result = v.safeParse(reportSchema, input, { abortEarly: true });
  if (!result.success) return { ok: false, issue: firstIssue(result.issues) };
  const problem = checkReport(result.output as OfficeReport, campaign);
  return problem ? { ok: false, issue: problem } : { ok: true, report: result.output };
}

type Json = Record<string, unknown> | unknown[];
const nested = (n: number): unknown => (n === 0 ? {} : [nested(n - 1)]);
const VALUES: unknown[] = [
  null,
  0,
  -1,
  2.5,
  1e12,
  3,
  40,
  true,
  '',
  ' ',
  'x',
  'LDVP',
  'ldvp',
  'Asia/Bac_Kan',
  '2024-06-31',
  '2024-06-04',
  '2024-06-10',
  '2024-06-30',
  '2024-07-02',
  '2024-07-01T09:00:00Z',
  '2024-06-12T08:00:00+07:00',
  [],
  [1],
  {},
  { vi: ' ' },
  { vi: 'Phòng' },
  { en: 'Office' },
  'agency',
  'department',
  'ES256',
  nested(70),
  { 'no-nylon-bags': -2 },
  { 'Bad Key': 1 },
];

/** Changes to the head that random ones rarely make: days after the file was made, dates swapped, a signature. */
const HEAD_CHANGES: ((r: OfficeReport) => Partial<OfficeReport>)[] = [
  () => ({ generatedAt: '2024-06-12T08:00:00+07:00' }),
  () => ({ generatedAt: '2024-06-05T23:30:00Z' }),
  (r) => ({ campaign: { ...r.campaign, end: '2024-06-04' } }),
  (r) => ({ period: { ...r.period, end: '2024-06-20' } }),
  (r) => ({ period: { start: r.period.end, end: r.period.start } }),
  () => ({ signature: { alg: 'ES256', publicKey: {}, value: 'abc' } }),
  () => ({ signature: { alg: 'ES384', publicKey: {}, value: 'abc' } as never }),
  () => ({ signature: { alg: 'ES256', publicKey: [], value: 'a+b' } as never }),
];

/** Every object and array in a report with where it is, to pick one to change. */
function containers(root: Json): Json[] {
  const out: Json[] = [];
  const walk = (x: unknown) => {
    if (typeof x !== 'object' || x === null) return;
    out.push(x as Json);
    for (const child of Object.values(x)) walk(child);
  };
  walk(root);
  return out;
}

/** One to three random changes: a field dropped, replaced, duplicated, or a key added (`__proto__` too). */
function mutate(report: OfficeReport, random: () => number): string {
  const copy = JSON.parse(JSON.stringify(report)) as Json;
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const value = () => structuredClone(pick(VALUES));
  if (random() < 0.2) Object.assign(copy, pick(HEAD_CHANGES)(copy as unknown as OfficeReport));
  for (let n = 1 + Math.floor(random() * 3); n > 0; n--) {
    const place = pick(containers(copy));
    const keys = Object.keys(place);
    const what = random();
    if (Array.isArray(place)) {
      if (what < 0.3 && place.length > 0) place.push(JSON.parse(JSON.stringify(pick(place))));
      else if (what < 0.5 && place.length > 0) place.splice(Math.floor(random() * place.length), 1);
      else if (place.length > 0) place[Math.floor(random() * place.length)] = value();
    } else if (what < 0.2 && keys.length > 0) delete place[pick(keys)];
    else if (what < 0.3) place[pick(['note', 'sneaky', 'tree-planting', 'Bad Key'])] = value();
    else if (keys.length > 0) {
      const key = pick(keys);
      const was = place[key];
      place[key] = typeof was === 'number' && random() < 0.5 ? was + pick([1, 5, -1, 1000]) : value();
    }
  }
  const text = JSON.stringify(copy);
  return random() < 0.05 ? text.replace('"sneaky":', '"__proto__":').replace('"note":', '"constructor":') : text;
}

describe('the fast reader of report files', () => {
  const campaign = levelAboveCampaign({ agencies: 6, silent: 0 });
  const { reports } = generateReports({ campaign, agencies: 6, departments: 3, days: 6, seed: 15 });

  it('tells the level above the same as the whole schema on 3,000 changed files, good and bad', () => {
    const random = mulberry32(15);
    const rules = new Set<string>();
    let good = 0;
    const bases: [OfficeReport, { id: string }][] = [
      [baseReport(), levelAbove],
      ...reports.map((r) => [r, campaign] as [OfficeReport, { id: string }]),
    ];
    for (let i = 0; i < 3000; i++) {
      const [base, reader] = bases[i % bases.length]!;
      const text = mutate(base, random);
      const expected = throughSchema(JSON.parse(text), reader);
      expect(validateReport(JSON.parse(text), reader), text).toEqual(expected);
      if (expected.ok) good++;
      else rules.add(expected.issue!.rule);
    }
    expect(good).toBeGreaterThan(200);
    // Every rule of the format is broken by some of them (the walk's, the schema's and checkReport's).
    const EVERY =
      'campaign-id date date-after-export date-duplicate date-outside-period duplicate-id end-before-start ' +
      'forbidden-key organisation-id participants-over period-outside pledge-id report-campaign report-figure ' +
      'report-format required signature text-empty time-zone timestamp too-deep took-part-over type-array ' +
      'type-date type-label type-object type-string unit-id unit-kind version version-newer';
    expect([...rules].sort()).toEqual(EVERY.split(' '));
  });

  it('accepts the generated reports as the whole schema does, dropping the same unknown fields', () => {
    for (const report of reports) {
      const withExtra = { ...report, units: report.units.map((u) => ({ ...u, note: 'x', days: u.days })) };
      withExtra.units[0]!.days = withExtra.units[0]!.days.map((d) => ({ ...d, note: 'y' }));
      const text = JSON.stringify(withExtra);
      const read = validateReport(JSON.parse(text), campaign);
      expect(read).toEqual({ ok: true, report });
      expect(read).toEqual(throughSchema(JSON.parse(text), campaign));
    }
  });
});
