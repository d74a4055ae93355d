import { describe, expect, it } from 'vitest';
import { departmentFigures } from '@/storage/admin/figures';
import { firstFigures } from '@/storage/admin/first-figures';
import { readAdmin, readFirst } from '@/storage/admin/office';
import { summaryFormat } from '@/storage/admin/summaries';
import { BUILT_IN_CAMPAIGN } from '@/storage/campaign/store';
import { db } from '@/storage/db/database';
import { digestOf } from '@/storage/db/digest';
import { acceptHeld } from '@/storage/rollup/held';
import { previewFiles } from '@/storage/rollup/preview';
import { commitFiles } from '@/storage/rollup/write';
import type { Summary } from '@/storage/summary/schema';
import { signSummary } from '@/storage/summary/signing';
import { weeksOf } from '@/storage/time/calendar';
import { type DateRange, wholeCampaign } from '@/storage/time/range';
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

/**
 * Issue #16: the first figures the admin page paints, from the digests alone, equal the full
 * figures' over the whole campaign, each week and a random range; and each kept submission has
 * exactly its digest.
 */
async function expectFirstFiguresEqualFull(random: () => number) {
  const [admin, first] = await Promise.all([readAdmin(ID), readFirst(ID)]);
  const byKey = (a: { participantId: string }, b: { participantId: string }) =>
    a.participantId.localeCompare(b.participantId);
  expect([...first.digests].sort(byKey)).toEqual(admin.submissions.map(digestOf).sort(byKey));
  const days = admin.submissions.flatMap((s) => s.days.map((d) => d.date)).sort();
  const a = days[Math.floor(random() * days.length)] ?? campaign.start;
  const b = days[Math.floor(random() * days.length)] ?? campaign.end;
  const ranges: DateRange[] = [
    wholeCampaign(campaign),
    ...weeksOf(campaign),
    { from: [a, b].sort()[0]!, to: [a, b].sort()[1]! },
  ];
  for (const range of ranges) {
    const full = departmentFigures(campaign, admin.submissions, admin.headcounts, admin.roster, range);
    const early = firstFigures(campaign, first.digests, first.headcounts, first.roster, range);
    expect(early).toEqual(full.map(({ pledgeTotals: _p, impacts: _i, days: _d, ...firstOnes }) => firstOnes));
  }
}

/** A staff list with some who submit (one with other case and spacing) and some who never do; one headcount. */
async function keepStaffList(summaries: readonly Summary[]) {
  const rows = summaries.slice(0, 6).map((s, i) => ({
    campaignId: ID,
    id: `r${i}`,
    name: i === 0 ? `  ${s.participant.name.toUpperCase()} ` : s.participant.name,
    department: s.participant.department,
  }));
  const departments = campaign.departments.map((d) => d.id);
  for (const [i, department] of departments.entries())
    rows.push({ campaignId: ID, id: `x${i}`, name: `Người chưa gửi ${i}`, department });
  await db.roster.bulkPut(rows);
  await db.headcounts.put({ campaignId: ID, department: departments[0]!, headcount: 7 });
}

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
      const preview = await previewFiles(summaryFormat, files, campaign);
      await commitFiles(summaryFormat, preview, ID, `2024-07-0${round + 1}T09:00:00+07:00`);

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
      await expectFirstFiguresEqualFull(random);
    }
    expect(await db.mergeLog.count()).toBe(logLines);
  });

  it.each([4, 5])(
    'show first figures, from the digests, equal to the full ones with a staff list, headcounts and re-imports (seed %i)',
    async (seed) => {
      const random = mulberry32(seed);
      const revisions = [1, 2, 3].map(revisionOf);
      await keepStaffList(revisions[0]!);
      for (let round = 0; round < 4; round++) {
        // Re-imports: the same files again, newer and older ones, in a random order.
        const files = revisions
          .flatMap((people) => people.filter(() => random() < 0.3))
          .sort(() => random() - 0.5)
          .map((summary) => summaryFile(summary));
        await commitFiles(
          summaryFormat,
          await previewFiles(summaryFormat, files, campaign),
          ID,
          `2024-07-0${round + 1}T09:00:00+07:00`,
        );
        await expectFirstFiguresEqualFull(random);
      }
    },
  );

  it('show first figures equal to the full ones after a held file is accepted', async () => {
    const random = mulberry32(9);
    const [one, two] = revisionOf(1);
    const at = '2024-06-12T10:00:00+07:00';
    const first = [await signSummary(one!, at), await signSummary(two!, at)];
    await commitFiles(
      summaryFormat,
      await previewFiles(
        summaryFormat,
        first.map((s) => summaryFile(s)),
        campaign,
      ),
      ID,
      '2024-07-01T09:00:00Z',
    );
    await expectFirstFiguresEqualFull(random);
    // Another install (another key) sends a newer file for the first person, with other days.
    await db.keys.clear();
    const newer = await signSummary({ ...revisionOf(2)[0]!, revision: 2 }, at);
    await commitFiles(
      summaryFormat,
      await previewFiles(summaryFormat, [summaryFile(newer)], campaign),
      ID,
      '2024-07-02T09:00:00Z',
    );
    const [held] = await db.held.toArray();
    await expectFirstFiguresEqualFull(random);
    expect(await acceptHeld(summaryFormat, held!.id, '2024-07-03T09:00:00Z')).toMatchObject({ outcome: 'updated' });
    expect((await readFirst(ID)).digests.find((d) => d.participantId === one!.participant.id)?.signed).toBe(true);
    await expectFirstFiguresEqualFull(random);
  });
});
