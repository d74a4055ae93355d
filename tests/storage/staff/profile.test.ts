import { describe, expect, it, vi } from 'vitest';
import { BUILT_IN_CAMPAIGN } from '@/storage/campaign/store';
import { checkProfile, getProfile, saveProfile } from '@/storage/staff/profile';

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
    expect(await getProfile()).toEqual({
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
    expect(await getProfile()).toMatchObject({
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
    expect(await getProfile()).toBeUndefined();
  });

  it('refuses a bad change and keeps the saved profile as it was', async () => {
    await saveProfile(
      { name: 'Trần Văn An', department: 'ldvp' },
      campaign,
      '2024-06-05T01:00:00.000Z',
      () => 'participant-1',
    );
    const before = await getProfile();
    await expect(
      saveProfile({ name: 'Trần Văn An', department: 'nowhere' }, campaign, '2024-06-12T01:00:00.000Z'),
    ).rejects.toThrow('department-unknown');
    expect(await getProfile()).toEqual(before);
  });
});
