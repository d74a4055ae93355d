import { describe, expect, it } from 'vitest';
import { commitImport } from '@/storage/admin/commit';
import { departmentFigures } from '@/storage/admin/figures';
import { previewImport } from '@/storage/admin/import';
import { readAdmin } from '@/storage/admin/office';
import { BUILT_IN_CAMPAIGN } from '@/storage/campaign/store';
import { db } from '@/storage/db/database';
import type { Summary } from '@/storage/summary/schema';
import { generateSummaries, mulberry32, summaryFile, summaryTotals, textFile } from '@/tests/fixtures/summaries.js';

// Issue #16: whatever the order and mix of files merged, the figures the admin office is shown
// equal a full recount of the files it kept, worked out by the generator's arithmetic alone.
const campaign = BUILT_IN_CAMPAIGN;
const ID = campaign.id;
const PEOPLE = 40;

/** Revision `revision` of each person: the same people, other days. */
const revisionOf = (revision: number) =>
  generateSummaries({ campaign, people: PEOPLE, seed: 7 }).summaries.map((s, i) => ({
    ...s,
    revision,
    exportedAt: `2024-07-01T0${revision}:00:00+07:00`,
    days: generateSummaries({ campaign, people: PEOPLE, seed: 100 + revision }).summaries[i]!.days,
  })) as Summary[];

describe('the admin office’s figures after random imports', () => {
  it.each([1, 2, 3])('equal a full recount of the latest file of each person (seed %i)', async (seed) => {
    const random = mulberry32(seed);
    const revisions = [1, 2, 3, 4].map(revisionOf);
    /** The file kept for each person, by the rules of docs/formats.md §2: the highest revision wins. */
    const kept = new Map<string, Summary>();
    let logLines = 0;
    for (let round = 0; round < 6; round++) {
      // Some people each round, each at a random revision: new, newer, the same again, or older.
      const files = [];
      for (let person = 0; person < PEOPLE; person++) {
        if (random() < 0.5) continue;
        const summary = revisions[Math.floor(random() * revisions.length)]![person]!;
        files.push(summaryFile(summary));
        const top = kept.get(summary.participant.id);
        if (!top || summary.revision > top.revision) kept.set(summary.participant.id, summary);
      }
      // And a broken file now and then: refused, it writes only its log line.
      if (random() < 0.5) files.push(textFile(`hong-${round}.json`, '{"format": "green-office/summary",'));
      logLines += files.length;
      const preview = await previewImport(files, campaign);
      await commitImport(preview, ID, `2024-07-0${round + 1}T09:00:00+07:00`);

      const { submissions, headcounts, roster } = await readAdmin(ID);
      expect(submissions).toHaveLength(kept.size);
      const figures = departmentFigures(campaign, submissions, headcounts, roster);
      const recount = summaryTotals([...kept.values()], campaign).departments;
      for (const f of figures) {
        const t = recount[f.id]!;
        expect({ id: f.id, submitted: f.submitted, tookPart: f.tookPart, pledges: f.pledgeTotals }).toEqual({
          id: f.id,
          submitted: t.people,
          tookPart: t.tookPart,
          pledges: t.pledges,
        });
        expect(f.days.map((d) => d.participants)).toEqual(Object.values(t.byDate).map((d) => d.participants));
      }
    }
    expect(await db.mergeLog.count()).toBe(logLines);
  });
});
