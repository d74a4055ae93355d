import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { firstIssue } from '@/storage/files/file-issues';
import { headIssue } from '@/storage/files/schema-parts';
import { fastDays } from '@/storage/summary/fast-days';
import { SUMMARY_FORMAT, SUMMARY_VERSION, summarySchema, validateSummary } from '@/storage/summary/schema';
import type { Campaign } from '@/storage/types';
import { campaignOf } from '@/tests/fixtures/campaign';
import { generateSummaries, mulberry32 } from '@/tests/fixtures/summaries.js';

// A year's summary is mostly days: they are checked by hand in one pass (fast-days.ts), the rest
// of the file by the schema. Whatever a file holds, the admin is told the same as the whole schema
// tells, and keeps the same summary.

const campaign = campaignOf() as Campaign;

/** What the whole schema alone says of a file (after the same look at its head), then the same rules between fields. */
function whole(json: unknown) {
  const head = headIssue(json, SUMMARY_FORMAT, SUMMARY_VERSION, 'summary-format');
  if (head) return { ok: false, issue: head };
  const result = v.safeParse(summarySchema, json, { abortEarly: true });
  if (!result.success) return { ok: false, issue: firstIssue(result.issues) };
  return validateSummary(result.output, campaign);
}

const changes: ((day: any, random: () => number) => void)[] = [
  (d) => (d.date = '2024-02-30'),
  (d) => (d.date = 20240610),
  (d) => delete d.date,
  (d) => (d.pledges = []),
  (d) => (d.pledges = null),
  (d) => delete d.pledges,
  (d) => (d.pledges['no-nylon-bags'] = 0),
  (d) => (d.pledges['tree-planting'] = 1.5),
  (d) => (d.pledges['tree-planting'] = '2'),
  (d) => (d.pledges['tree-planting'] = 1001),
  (d) => (d.pledges.Trees = 1),
  (d) => (d.pledges.constructor = 1),
  (d) => Object.defineProperty(d.pledges, '__proto__', { value: 1, enumerable: true }),
  (d) => (d.note = 12),
  (d) => (d.note = undefined),
  (d) => (d.note = 'x'.repeat(2001)),
  (d) => (d.note = 'Mang túi vải.'),
  (d) => (d.extra = true),
  (d) => (d.date = '2024-06-31'),
];

describe('the days of a summary, checked by hand', () => {
  it('tell the admin the same as the whole schema, and keep the same summary, on 3,000 changed files', () => {
    const random = mulberry32(2028);
    const { summaries } = generateSummaries({ campaign, people: 300, seed: 366 });
    let checked = 0;
    for (let round = 0; round < 10; round++)
      for (const summary of summaries) {
        const json: any = structuredClone(summary);
        for (let k = Math.floor(random() * 3); k > 0 && json.days.length > 0; k--) {
          const change = changes[Math.floor(random() * changes.length)]!;
          const day = json.days[Math.floor(random() * json.days.length)];
          change(day, random);
        }
        if (random() < 0.02) json.days[0] = random() < 0.5 ? null : [json.days[0]];
        if (random() < 0.02) json.days = {};
        if (random() < 0.02) json.app = '';
        const fast = validateSummary(json, campaign);
        expect(JSON.stringify(fast)).toBe(JSON.stringify(whole(json)));
        checked++;
      }
    expect(checked).toBe(3000);
  });

  it('hand a day with a field the schema drops to the schema', () => {
    expect(fastDays([{ date: '2024-06-10', pledges: { 'no-nylon-bags': 1 }, mood: 'tốt' }])).toBeNull();
    expect(fastDays([{ date: '2024-06-10', pledges: { 'no-nylon-bags': 1 }, note: 'Mang túi vải.' }])).toEqual([
      { date: '2024-06-10', pledges: { 'no-nylon-bags': 1 }, note: 'Mang túi vải.' },
    ]);
  });
});
