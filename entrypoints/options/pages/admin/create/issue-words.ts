import type { I18n } from '@/components/i18n/format';
import type { NewCampaignForm } from '@/storage/campaign/new-campaign';

/** Where a broken rule is: the form field that holds it, and how to name it in words. */
export interface IssuePlace {
  field: string;
  words: (t: I18n['t']) => string;
}

const TOP: Record<string, IssuePlace> = {
  name: { field: 'name', words: (t) => t('create.name') },
  organisation: { field: 'organisation', words: (t) => t('create.organisation') },
  reportTo: { field: 'reportTo', words: (t) => t('create.reportTo') },
  start: { field: 'start', words: (t) => t('create.start') },
  end: { field: 'end', words: (t) => t('create.end') },
  workingDays: { field: 'workingDays', words: (t) => t('create.workingDays') },
};

/**
 * A path of the campaign file (`departments[2].id`) as a place in the form: the first broken
 * rule is said in words ("dòng 3 của danh sách phòng, ban"), on the field that holds it.
 */
export function issueAt(path: string, form: NewCampaignForm): IssuePlace {
  const [head = '', index, rest] = path.split(/[.[\]]+/);
  if (TOP[head]) return TOP[head];
  const line = Number(index) + 1;
  if (head === 'departments') {
    const field = index === undefined ? 'departments' : rest === 'id' ? `dep-id-${index}` : 'departments';
    return {
      field,
      words: (t) => (index === undefined ? t('create.departments') : t('create.departmentLine', { line })),
    };
  }
  if (head === 'pledges') {
    const ticked = form.pledges.length;
    const custom = Number(index) - ticked;
    return {
      field: index === undefined ? 'pledges' : custom >= 0 ? `custom-${custom}` : 'pledges',
      words: (t) => (index === undefined ? t('create.pledges') : t('create.pledgeLine', { line })),
    };
  }
  return { field: head, words: () => path };
}
