import type { Campaign } from '@/storage/types';

type WithDepartments = Pick<Campaign, 'departments'>;

/** The campaign's department with this id; undefined when the campaign does not know it. */
export function findDepartment(
  campaign: WithDepartments,
  id: string | undefined,
): Campaign['departments'][number] | undefined {
  return id === undefined ? undefined : campaign.departments.find((d) => d.id === id);
}

/**
 * Whether the campaign has a department with this id. A newer file may rename or remove the
 * person's: they are asked to choose again before their next export.
 */
export const hasDepartment = (campaign: WithDepartments, id: string | undefined): boolean =>
  findDepartment(campaign, id) !== undefined;
