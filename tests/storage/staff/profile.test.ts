import { describe, expect, it, vi } from 'vitest';
import { BUILT_IN_CAMPAIGN } from '@/storage/campaign/store';
import { checkProfile, saveProfile } from '@/storage/staff/profile';
import { recordOnBuiltIn } from '@/tests/fixtures/campaign';
import { storedProfile } from '@/tests/fixtures/stored';

const campaign = BUILT_IN_CAMPAIGN;

describe('checking a name and department before saving', () => {
  it.each([
    ['a Vietnamese name and a department of the campaign', 'Nguyễn Thị Hồng Nhung', 'hctc-qttv', null],
    ['a name of exactly 100 characters', 'x'.repeat(100), 'ldvp', null],
    ['100 Vietnamese letters', 'ệ'.repeat(100), 'ldvp', null],
    ['a name with spaces around it', '   Trần Văn An   ', 'ldvp', null],
    ['an empty name', '', 'ldvp', 'name-empty'],
    ['a name of spaces only', '    ', 'ldvp', 'name-empty'],
    ['a name of 101 characters', 'x'.repeat(101), 'ldvp', 'name-long'],
    ['a name with a line break inside', 'Trần\nVăn An', 'ldvp', 'name-control'],
    ['a name with a tab inside', 'Trần\tVăn An', 'ldvp', 'name-control'],
    ['a name with a NUL character', 'An\u0000', 'ldvp', 'name-control'],
    ['a name with DEL', 'An\u007f', 'ldvp', 'name-control'],
    ['a name with a C1 control character', 'An\u0085Bình', 'ldvp', 'name-control'],
    ['a department the campaign does not have', 'Trần Văn An', 'phong-khac', 'department-unknown'],
    ['no department chosen', 'Trần Văn An', '', 'department-unknown'],
  ])('answers %s with %s', (_name, name, department, expected) => {
    expect(checkProfile(name, department, campaign)).toBe(expected);
  });
});

describe('saving the profile', () => {
  it('makes the participant id on the first save and trims the name', async () => {
    const newId = vi.fn(() => 'participant-1');
    await saveProfile({ name: '  Trần Văn An ', department: 'ldvp' }, campaign, '2024-06-05T01:00:00.000Z', newId);
    expect(await storedProfile()).toEqual({
      key: 'me',
      participantId: 'participant-1',
      name: 'Trần Văn An',
      department: 'ldvp',
      createdAt: '2024-06-05T01:00:00.000Z',
      updatedAt: '2024-06-05T01:00:00.000Z',
    });
    expect(newId).toHaveBeenCalledOnce();
  });

  it('keeps the participant id and creation time on every later save', async () => {
    await saveProfile(
      { name: 'Trần Văn An', department: 'ldvp' },
      campaign,
      '2024-06-05T01:00:00.000Z',
      () => 'participant-1',
    );
    const secondId = vi.fn(() => 'participant-2');
    await saveProfile(
      { name: 'Trần Văn Bình', department: 'hctc-qttv' },
      campaign,
      '2024-06-12T01:00:00.000Z',
      secondId,
    );
    expect(await storedProfile()).toMatchObject({
      participantId: 'participant-1',
      name: 'Trần Văn Bình',
      department: 'hctc-qttv',
      createdAt: '2024-06-05T01:00:00.000Z',
      updatedAt: '2024-06-12T01:00:00.000Z',
    });
    expect(secondId).not.toHaveBeenCalled();
  });

  it.each([
    ['an empty name', '', 'ldvp', 'name-empty'],
    ['a name with a control character', 'An\u0007', 'ldvp', 'name-control'],
    ['a name of 101 characters', 'x'.repeat(101), 'ldvp', 'name-long'],
    ['an unknown department', 'Trần Văn An', 'nowhere', 'department-unknown'],
  ])('refuses %s on a fresh install and stores nothing', async (_name, name, department, problem) => {
    const attempt = saveProfile({ name, department }, campaign, '2024-06-05T01:00:00.000Z', () => 'participant-1');
    await expect(attempt).rejects.toThrow(new RangeError(problem));
    expect(await storedProfile()).toBeUndefined();
  });

  it('refuses a bad change and keeps the saved profile as it was', async () => {
    await saveProfile(
      { name: 'Trần Văn An', department: 'ldvp' },
      campaign,
      '2024-06-05T01:00:00.000Z',
      () => 'participant-1',
    );
    const before = await storedProfile();
    await expect(
      saveProfile({ name: 'Trần Văn An', department: 'nowhere' }, campaign, '2024-06-12T01:00:00.000Z'),
    ).rejects.toThrow('department-unknown');
    expect(await storedProfile()).toEqual(before);
  });
});

describe('changing name or department after an export (issue #9)', () => {
  it('keeps the revision: export, change department, export gives revision 2, which the admin files as updated', async () => {
    const { exportSummary } = await import('@/storage/summary/build');
    const { summaryFormat } = await import('@/storage/admin/summaries');
    const { previewFiles } = await import('@/storage/rollup/preview');
    const { commitFiles } = await import('@/storage/rollup/write');
    const { summaryFile } = await import('@/tests/fixtures/summaries.js');
    const { db } = await import('@/storage/db/database');
    await saveProfile({ name: 'Trần Văn An', department: 'ldvp' }, campaign, '2024-06-12T03:00:00Z');
    await recordOnBuiltIn('2024-06-12', 'no-nylon-bags', 1, '2024-06-12', '2024-06-12T03:00:00Z');
    const first = await exportSummary(campaign, '2024-06-12T04:00:00Z', 'test');
    await saveProfile({ name: 'Trần Văn An', department: 'hctc-qttv' }, campaign, '2024-06-13T03:00:00Z');
    expect((await storedProfile())?.summaryRevision).toBe(1);
    const second = await exportSummary(campaign, '2024-06-13T04:00:00Z', 'test');
    expect([first.revision, second.revision]).toEqual([1, 2]);
    expect(second.participant.department).toBe('hctc-qttv');

    // The admin office, on another computer: the first file is new, the second an update.
    const at = '2024-07-01T09:00:00+07:00';
    const log1 = await commitFiles(
      summaryFormat,
      await previewFiles(summaryFormat, [summaryFile(first)], campaign),
      campaign.id,
      at,
    );
    const log2 = await commitFiles(
      summaryFormat,
      await previewFiles(summaryFormat, [summaryFile(second)], campaign),
      campaign.id,
      at,
    );
    expect(log1.map((l) => l.outcome)).toEqual(['new']);
    expect(log2.map((l) => [l.outcome, l.department])).toEqual([['updated', 'hctc-qttv']]);
    expect((await db.submissions.toArray()).map((s) => [s.revision, s.department])).toEqual([[2, 'hctc-qttv']]);
  });

  it('refuses to export a summary naming a department the campaign no longer has', async () => {
    const { exportSummary, previewSummary } = await import('@/storage/summary/build');
    await saveProfile({ name: 'Trần Văn An', department: 'ldvp' }, campaign, '2024-06-12T03:00:00Z');
    const renamed = { ...campaign, departments: campaign.departments.filter((d) => d.id !== 'ldvp') };
    await expect(exportSummary(renamed, '2024-06-12T04:00:00Z', 'test')).rejects.toThrow('department-unknown');
    await expect(previewSummary(renamed, '2024-06-12T04:00:00Z', 'test')).rejects.toThrow('department-unknown');
    expect((await storedProfile())?.summaryRevision).toBeUndefined();
  });
});
