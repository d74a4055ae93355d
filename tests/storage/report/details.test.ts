import { describe, expect, it } from 'vitest';
import { db } from '@/storage/db/database';
import { MAX_RECIPIENTS, MAX_REPORT_LINE, MAX_REPORT_TEXT } from '@/storage/files/limits';
import { checkDetails, defaultDetails, recipientLines } from '@/storage/report/details';
import { readReportDetails, saveReportDetails } from '@/storage/report/store';
import { campaignOf } from '@/tests/fixtures/campaign';

const campaign = campaignOf({
  organisation: { vi: 'Văn phòng Sở Tài nguyên và Môi trường', en: 'Office of the Department' },
  reportTo: { vi: 'Sở Tài nguyên và Môi trường', en: 'Department of Natural Resources and Environment' },
});
const label = (l: { vi: string; en?: string }) => l.vi;

describe('the report’s details before the office fills them', () => {
  it('take the issuing body and the first recipient from the campaign file', () => {
    expect(defaultDetails(campaign, label, 'Lưu: VT')).toEqual({
      number: '',
      place: '',
      bodyAbove: '',
      issuingBody: 'Văn phòng Sở Tài nguyên và Môi trường',
      authority: '',
      position: '',
      signer: '',
      recipients: ['Sở Tài nguyên và Môi trường', 'Lưu: VT'],
      direction: '',
    });
  });

  it('follow the page’s language', () => {
    const english = defaultDetails(campaign, (l) => l.en ?? l.vi, 'Archive: VT');
    expect(english.issuingBody).toBe('Office of the Department');
    expect(english.recipients).toEqual(['Department of Natural Resources and Environment', 'Archive: VT']);
  });
});

describe('checking the details', () => {
  const details = defaultDetails(campaign, label, 'Lưu: VT');

  it('reads recipients one a line, blank lines and spaces dropped', () => {
    expect(recipientLines(' UBND tỉnh \n\n  Lưu: VT, HCTC \r\n')).toEqual(['UBND tỉnh', 'Lưu: VT, HCTC']);
  });

  it.each([
    [
      'a number over the line limit',
      { number: 'x'.repeat(MAX_REPORT_LINE + 1) },
      { field: 'number', rule: 'too-long' },
    ],
    [
      'a signer over the line limit',
      { signer: 'x'.repeat(MAX_REPORT_LINE + 1) },
      { field: 'signer', rule: 'too-long' },
    ],
    [
      'too many recipients',
      { recipients: Array(MAX_RECIPIENTS + 1).fill('a') },
      { field: 'recipients', rule: 'too-many' },
    ],
    ['a long recipient', { recipients: ['x'.repeat(MAX_REPORT_LINE + 1)] }, { field: 'recipients', rule: 'too-long' }],
    ['a long assessment', { assessment: 'x'.repeat(MAX_REPORT_TEXT + 1) }, { field: 'assessment', rule: 'too-long' }],
  ])('refuses %s', (_, patch, problem) => {
    expect(checkDetails({ ...details, ...patch })).toEqual(problem);
  });

  it('accepts a line of exactly the limit, counted in characters', () => {
    expect(checkDetails({ ...details, signer: '🌳'.repeat(MAX_REPORT_LINE) })).toBeNull();
  });
});

describe('keeping the details per campaign', () => {
  const details = {
    ...defaultDetails(campaign, label, 'Lưu: VT'),
    number: '15/BC-VP',
    place: 'Thái Nguyên',
    signer: 'Nguyễn Văn An',
  };

  it('reads back what was kept, for that campaign only', async () => {
    await saveReportDetails(campaign.id, details, '2024-07-01T03:00:00.000Z');
    expect(await readReportDetails(campaign.id)).toEqual(details);
    expect(await readReportDetails('another-campaign')).toBeUndefined();
  });

  it('writes nothing when a field is over its limit', async () => {
    await saveReportDetails(campaign.id, details, '2024-07-01T03:00:00.000Z');
    await expect(
      saveReportDetails(
        campaign.id,
        { ...details, number: 'x'.repeat(MAX_REPORT_LINE + 1) },
        '2024-07-02T03:00:00.000Z',
      ),
    ).rejects.toThrow(RangeError);
    expect(await db.reportDetails.get(campaign.id)).toMatchObject({
      number: '15/BC-VP',
      updatedAt: '2024-07-01T03:00:00.000Z',
    });
  });
});
