import { MESSAGES } from '@/components/i18n';
import { makeI18n } from '@/components/i18n/format';
import type { AdminData } from '@/storage/admin/office';
import type { SubmissionRow } from '@/storage/db/database';
import { campaignOf } from '@/tests/fixtures/campaign';

/**
 * A small office worked out by hand: 'ldvp' has 4 people, 'hctc-qttv' 12 (the campaign file's
 * headcounts). Over 10–12 June 2024 (Mon–Wed): Lan (ldvp) took part on the 10th and 11th and
 * planted 3 + 2 trees; Minh (ldvp) on the 10th; Hoa (hctc-qttv) on the 12th, 1 tree.
 */
export const campaign = campaignOf();
export const RANGE = { from: '2024-06-10', to: '2024-06-12' };
export const vi = makeI18n('vi', MESSAGES.vi);

const row = (participantId: string, name: string, department: string, days: SubmissionRow['days']): SubmissionRow => ({
  campaignId: campaign.id,
  participantId,
  name,
  department,
  revision: 1,
  exportedAt: '2024-06-13T09:00:00+07:00',
  days,
  signed: true,
  fileName: `${participantId}.json`,
  importedAt: '2024-06-13T10:00:00+07:00',
});

export const admin: AdminData = {
  submissions: [
    row('p-lan', 'Lan', 'ldvp', [
      { date: '2024-06-10', pledges: { 'no-nylon-bags': 1, 'tree-planting': 3 } },
      { date: '2024-06-11', pledges: { 'tree-planting': 2 } },
      { date: '2024-06-20', pledges: { 'tree-planting': 50 } },
    ]),
    row('p-minh', 'Minh', 'ldvp', [{ date: '2024-06-10', pledges: { 'no-nylon-bags': 1 } }]),
    row('p-hoa', 'Hoa', 'hctc-qttv', [{ date: '2024-06-12', pledges: { 'tree-planting': 1 } }]),
  ],
  mergeLog: [],
  roster: [],
  headcounts: [],
  held: [],
};
