import { describe, expect, it } from 'vitest';
import { db } from '@/storage/db/database';
import { readRow } from '@/storage/db/rows/schemas';
import { defaultDetails } from '@/storage/report/details';
import { readReportDetails, saveReportDetails, saveReportOrganisation } from '@/storage/report/store';
import { checkOrganisation, reportOrganisation } from '@/storage/report-file/organisation';
import { campaignOf } from '@/tests/fixtures/campaign';

const campaign = campaignOf({ organisation: { vi: 'Văn phòng UBND tỉnh', en: 'PPC Office' } });
const start = defaultDetails(campaign, (l) => l.vi, 'Lưu: VT');
const AT = '2024-07-01T03:00:00.000Z';

describe('the organisation a report file names', () => {
  it('is the campaign’s own when its file gives an id', () => {
    const own = campaignOf({ organisationId: 'vp-ubnd', organisation: { vi: 'Văn phòng', en: 'Office' } });
    expect(reportOrganisation(own, { organisationId: 'other', organisationName: 'Khác' })).toEqual({
      id: 'vp-ubnd',
      name: { vi: 'Văn phòng', en: 'Office' },
    });
  });

  it('is the one the officer typed when the campaign has no id; none until then', () => {
    expect(reportOrganisation(campaign)).toBeNull();
    expect(reportOrganisation(campaign, { organisationId: 'vp-ubnd', organisationName: ' Sở Tài chính ' })).toEqual({
      id: 'vp-ubnd',
      name: { vi: 'Sở Tài chính' },
    });
    // The campaign's own name keeps its English.
    expect(
      reportOrganisation(campaign, { organisationId: 'vp-ubnd', organisationName: 'Văn phòng UBND tỉnh' }),
    ).toEqual({ id: 'vp-ubnd', name: campaign.organisation });
  });

  it('refuses an id that is not a–z, 0–9 and hyphens, and an empty or too long name', () => {
    expect(checkOrganisation('VP UBND', 'Văn phòng')).toEqual({ field: 'id', rule: 'organisation-id' });
    expect(checkOrganisation('', 'Văn phòng')).toEqual({ field: 'id', rule: 'organisation-id' });
    expect(checkOrganisation('x'.repeat(65), 'Văn phòng')).toEqual({ field: 'id', rule: 'organisation-id' });
    expect(checkOrganisation('vp-ubnd', '   ')).toEqual({ field: 'name', rule: 'text-empty' });
    expect(checkOrganisation('vp-ubnd', 'ư'.repeat(501))).toEqual({ field: 'name', rule: 'text-long' });
    expect(checkOrganisation('vp-ubnd', 'Văn phòng')).toBeNull();
    expect(reportOrganisation(campaign, { organisationId: 'VP', organisationName: 'Văn phòng' })).toBeNull();
  });
});

describe('keeping the typed organisation', () => {
  it('with the report’s details, made from the form’s defaults when none were kept', async () => {
    await saveReportOrganisation(campaign.id, { id: 'vp-ubnd', name: 'Sở Tài chính' }, start, AT);
    expect(await readReportDetails(campaign.id)).toEqual({
      ...start,
      organisationId: 'vp-ubnd',
      organisationName: 'Sở Tài chính',
    });
  });

  it('is not lost when the report’s details are saved by a form that never read it', async () => {
    await saveReportDetails(campaign.id, start, AT);
    await saveReportOrganisation(campaign.id, { id: 'vp-ubnd', name: 'Sở Tài chính' }, start, AT);
    await saveReportDetails(campaign.id, { ...start, number: '15/BC-VP' }, AT);
    expect(await readReportDetails(campaign.id)).toMatchObject({ number: '15/BC-VP', organisationId: 'vp-ubnd' });
  });

  it('writes nothing when the id breaks the rule', async () => {
    await expect(saveReportOrganisation(campaign.id, { id: 'Sở', name: 'Sở' }, start, AT)).rejects.toThrow(RangeError);
    expect(await db.reportDetails.get(campaign.id)).toBeUndefined();
  });
});

describe('a backup of the report details with the typed organisation', () => {
  it('restores the organisation kept, and refuses a row whose id breaks the rule', async () => {
    await saveReportOrganisation(campaign.id, { id: 'vp-ubnd', name: 'Sở Tài chính' }, start, AT);
    const row = await db.reportDetails.get(campaign.id);
    expect(readRow('reportDetails', row)).toEqual({ ok: true, row });
    expect(readRow('reportDetails', { ...row, organisationId: 'Sở Tài chính' })).toMatchObject({
      ok: false,
      issue: { rule: 'organisation-id' },
    });
  });
});
