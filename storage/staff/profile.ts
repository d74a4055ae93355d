import { hasDepartment } from '@/storage/campaign/departments';
import { db } from '@/storage/db/database';
import { charCount, hasControlCharacters, MAX_NAME } from '@/storage/files/limits';
import type { Campaign } from '@/storage/types';

// docs/formats.md §2: a name is 1..MAX_NAME characters with no control characters.

export type ProfileProblem = 'name-empty' | 'name-long' | 'name-control' | 'department-unknown';

export function checkProfile(name: string, department: string, campaign: Campaign): ProfileProblem | null {
  const trimmed = name.trim();
  if (!trimmed) return 'name-empty';
  if (charCount(trimmed) > MAX_NAME) return 'name-long';
  if (hasControlCharacters(trimmed)) return 'name-control';
  if (!hasDepartment(campaign, department)) return 'department-unknown';
  return null;
}

/**
 * Saves the person's name and department. The participant id is made on the first save
 * and kept for ever after, and so is the count of summaries exported: an export after a change
 * of name or department is the next revision, not the first again.
 */
export async function saveProfile(
  input: { name: string; department: string },
  campaign: Campaign,
  at: string,
  newId: () => string = () => crypto.randomUUID(),
): Promise<void> {
  const problem = checkProfile(input.name, input.department, campaign);
  if (problem) throw new RangeError(problem);
  await db.transaction('rw', db.profile, async () => {
    const current = await db.profile.get('me');
    await db.profile.put({
      ...current,
      key: 'me',
      participantId: current?.participantId ?? newId(),
      name: input.name.trim(),
      department: input.department,
      createdAt: current?.createdAt ?? at,
      updatedAt: at,
    });
  });
}
