import { describe, expect, it } from 'vitest';
import { reportFormat } from '@/storage/agencies/reports';
import { type AgencyLogRow, db } from '@/storage/db/database';
import type { OfficeReport } from '@/storage/report-file/types';
import { acceptHeld, refuseHeld } from '@/storage/rollup/held';
import { previewFiles } from '@/storage/rollup/preview';
import { commitFiles } from '@/storage/rollup/write';
import type { Campaign } from '@/storage/types';
import {
  generateReports,
  levelAboveCampaign,
  reportFile,
  reportKeyPair,
  signReport,
  UNKNOWN_PLEDGE,
} from '@/tests/fixtures/reports.js';
import { textFile } from '@/tests/fixtures/summaries.js';

// A provincial department (June 2024, 3 agencies listed, 2 of them report) merges office reports.
const campaign: Campaign = levelAboveCampaign({ agencies: 2, silent: 1 });
const AT = '2024-07-01T09:00:00+07:00';
const LATER = '2024-07-02T09:00:00+07:00';

const generated = () => generateReports({ campaign, departments: 3, days: 5, seed: 3, unknownEvery: 2 });

async function merge(files: ReturnType<typeof reportFile>[], at = AT) {
  return commitFiles(reportFormat, await previewFiles(reportFormat, files, campaign), campaign.id, at);
}

/** The same report written again later, with one more tree so its figures differ. */
function laterOf(report: OfficeReport, generatedAt: string): OfficeReport {
  const copy = structuredClone(report);
  copy.generatedAt = generatedAt;
  copy.units[0]!.days[0]!.pledges['tree-planting'] = 99;
  return copy;
}

const everyTable = async () => ({
  reports: await db.agencyReports.toArray(),
  pins: await db.agencyPins.toArray(),
  held: await db.agencyHeld.toArray(),
});

describe('merging office reports at the level above', () => {
  it('keeps each agency’s report and logs it as new', async () => {
    const { reports } = generated();
    const log = await merge(reports.map((r) => reportFile(r)));
    expect(log.map((l) => [l.organisationId, l.outcome])).toEqual([
      ['agency-001', 'new'],
      ['agency-002', 'new'],
    ]);
    expect((await db.agencyReports.toArray()).map((r) => r.report)).toEqual(reports);
    expect(await db.agencyLog.count()).toBe(2);
  });

  it('keeps the latest generatedAt per organisation and period, and tells an older one as such', async () => {
    const [first] = generated().reports;
    const later = laterOf(first!, '2024-07-01T08:00:00+07:00');
    const log = await merge([reportFile(later, 'later.json'), reportFile(first!, 'first.json')]);
    expect(log.map((l) => l.outcome)).toEqual(['new', 'older']);
    expect((await db.agencyReports.toArray()).map((r) => r.report)).toEqual([later]);
    // Sent again the next day: the kept one stays, the old one is older again.
    const again = await merge([reportFile(first!, 'first.json')], LATER);
    expect(again.map((l) => [l.outcome, l.generatedAt])).toEqual([['older', first!.generatedAt]]);
    expect((await db.agencyReports.toArray()).map((r) => r.report)).toEqual([later]);
  });

  it('replaces the kept report with a later one of the same period (updated)', async () => {
    const [first] = generated().reports;
    await merge([reportFile(first!)]);
    const later = laterOf(first!, '2024-07-01T08:00:00+07:00');
    expect((await merge([reportFile(later)], LATER)).map((l) => l.outcome)).toEqual(['updated']);
    expect((await db.agencyReports.toArray()).map((r) => r.report)).toEqual([later]);
  });

  it('compares generatedAt as instants: 01:00Z is later than 07:30+07:00 of the same day', async () => {
    const [first] = generated().reports;
    const early = laterOf(first!, '2024-07-01T07:30:00+07:00');
    const late = laterOf(first!, '2024-07-01T01:00:00Z');
    late.units[0]!.days[0]!.participants = 0;
    expect((await merge([reportFile(late), reportFile(early)])).map((l) => l.outcome)).toEqual(['new', 'older']);
  });

  it('keeps reports of other periods of the same agency side by side', async () => {
    const month = generated().reports[0]!;
    const week = generateReports({ campaign, period: { start: '2024-06-03', end: '2024-06-09' }, seed: 4 }).reports[0]!;
    await merge([reportFile(month), reportFile(week)]);
    expect(await db.agencyReports.count()).toBe(2);
  });

  it('tells the same file twice as a duplicate, and refuses other figures at the same instant', async () => {
    const [first] = generated().reports;
    await merge([reportFile(first!)]);
    const changed = laterOf(first!, first!.generatedAt);
    const log = await merge([reportFile(first!), reportFile(changed)], LATER);
    expect(log.map((l) => [l.outcome, l.reason?.rule])).toEqual([
      ['duplicate', undefined],
      ['refused', 'report-conflict'],
    ]);
    expect((await db.agencyReports.toArray()).map((r) => r.report)).toEqual([first]);
  });

  it('refuses a file of another campaign, and writes only its log line', async () => {
    const [first] = generated().reports;
    const foreign = structuredClone(first!);
    foreign.campaign.implements = { id: 'another-province-2024' };
    const before = await everyTable();
    const log = await merge([reportFile(foreign, 'foreign.json'), textFile('broken.json', '{')]);
    expect(log.map((l) => [l.fileName, l.outcome, l.reason?.rule])).toEqual([
      ['foreign.json', 'refused', 'report-campaign'],
      ['broken.json', 'refused', 'json'],
    ]);
    expect(await everyTable()).toEqual(before);
    expect(await db.agencyLog.count()).toBe(2);
  });

  it('keeps pledge ids the level above does not know, under their id', async () => {
    const { reports } = generated();
    await merge(reports.map((r) => reportFile(r)));
    const kept = (await db.agencyReports.get([campaign.id, 'agency-002', campaign.start, campaign.end]))!;
    const counted = (kept.report as OfficeReport).units.flatMap((u) => u.days.map((d) => d.pledges[UNKNOWN_PLEDGE]));
    expect(counted.some((n) => (n ?? 0) > 0)).toBe(true);
  });
});

describe('signed reports and pinned keys per organisation', () => {
  it('pins the first key of an organisation, and holds a report signed with another', async () => {
    const [first] = generated().reports;
    const signed = await signReport(first!, await reportKeyPair());
    expect((await merge([reportFile(signed)])).map((l) => [l.outcome, l.signed])).toEqual([['new', true]]);
    expect((await db.agencyPins.toArray()).map((p) => p.organisationId)).toEqual(['agency-001']);
    const other = await signReport(laterOf(first!, '2024-07-01T08:00:00+07:00'), await reportKeyPair());
    const log = await merge([reportFile(other)], LATER);
    expect(log.map((l) => [l.outcome, l.reason?.rule])).toEqual([['held', 'key-changed']]);
    expect((await db.agencyReports.toArray()).map((r) => r.report)).toEqual([signed]);
    expect((await db.agencyHeld.toArray()).map((h) => h.report)).toEqual([other]);
  });

  it('merges a held report once the new key is trusted, and pins that key', async () => {
    const [first] = generated().reports;
    await merge([reportFile(await signReport(first!, await reportKeyPair()))]);
    const other = await signReport(laterOf(first!, '2024-07-01T08:00:00+07:00'), await reportKeyPair());
    await merge([reportFile(other)], LATER);
    const [held] = await db.agencyHeld.toArray();
    expect((await acceptHeld(reportFormat, held!.id, LATER))?.outcome).toBe('updated');
    expect((await db.agencyReports.toArray()).map((r) => r.report)).toEqual([other]);
    expect(await db.agencyHeld.count()).toBe(0);
    expect((await db.agencyPins.get('agency-001'))?.publicKey).toEqual(other.signature!.publicKey);
  });

  it('refuses a held report on the admin’s word: nothing kept, the log says why', async () => {
    const [first] = generated().reports;
    const signed = await signReport(first!, await reportKeyPair());
    await merge([reportFile(signed)]);
    await merge([reportFile(await signReport(laterOf(first!, LATER), await reportKeyPair()))], LATER);
    const [held] = await db.agencyHeld.toArray();
    await refuseHeld(reportFormat, held!.id, LATER);
    expect(await db.agencyHeld.count()).toBe(0);
    expect((await db.agencyReports.toArray()).map((r) => r.report)).toEqual([signed]);
    const lines = await db.agencyLog.toArray();
    expect(lines.filter((l) => l.outcome === 'refused').map((l) => l.reason?.rule)).toEqual(['key-changed']);
  });

  it('refuses a report whose signature does not fit its figures, with nothing written', async () => {
    const [first] = generated().reports;
    const signed = await signReport(first!, await reportKeyPair());
    signed.units[0]!.submitted += 1;
    const log = await merge([reportFile(signed)]);
    expect(log.map((l) => [l.outcome, l.reason?.rule])).toEqual([['refused', 'signature-invalid']]);
    expect(await everyTable()).toEqual({ reports: [], pins: [], held: [] });
  });
});

describe('a report the browser’s storage will not take', () => {
  it('is logged as not written, nothing of it kept, and the other files of its transaction are kept', async () => {
    const many = levelAboveCampaign({ agencies: 12, silent: 0 });
    const { reports } = generateReports({ campaign: many, agencies: 12, departments: 2, days: 3, seed: 8 });
    const refusing = reports[5]!.organisation.id;
    // The store throws when asked to keep this one agency's totals (as a full disk would).
    const hook = (_key: unknown, row: { organisationId: string }) => {
      if (row.organisationId === refusing) throw new DOMException('The disk is full', 'QuotaExceededError');
    };
    db.agencyTotals.hook('creating', hook);
    let log: AgencyLogRow[];
    try {
      log = await commitFiles(
        reportFormat,
        await previewFiles(
          reportFormat,
          reports.map((r) => reportFile(r)),
          many,
        ),
        many.id,
        AT,
      );
    } finally {
      db.agencyTotals.hook('creating').unsubscribe(hook);
    }
    expect(log.map((l) => l.outcome)).toEqual(reports.map((_, i) => (i === 5 ? 'refused' : 'new')));
    expect(log[5]).toMatchObject({ organisationId: refusing, reason: { rule: 'write-failed' } });
    const keptIds = (await db.agencyReports.toArray()).map((r) => r.organisationId);
    expect(keptIds.sort()).toEqual(reports.map((r) => r.organisation.id).filter((id) => id !== refusing));
    expect((await db.agencyTotals.toArray()).map((r) => r.organisationId).sort()).toEqual(keptIds.sort());
    expect(await db.agencyLog.count()).toBe(12);
  });
});
