import { describe, expect, it } from 'vitest';
import { parseCampaignFile } from '@/storage/campaign/schema';
import { BUILT_IN_CAMPAIGN } from '@/storage/campaign/store';
import { readPolicy } from '@/storage/policy/read';

const fileText = JSON.stringify(BUILT_IN_CAMPAIGN);
/** The campaign as loading the same file in Settings gives it. */
const loaded = (parseCampaignFile(fileText) as { campaign: unknown }).campaign;

describe('settings pushed by browser policy', () => {
  it('reads a campaign given as the campaign file’s text, as a registry value holds it', () => {
    expect(readPolicy({ campaign: fileText })).toEqual({ ok: true, policy: { campaign: loaded } });
  });

  it('reads a campaign given as the object itself, as Firefox’s policies.json may hold it', () => {
    expect(readPolicy({ campaign: JSON.parse(fileText) })).toEqual({
      ok: true,
      policy: { campaign: loaded },
    });
  });

  it('reads who collects the reports and the reminder’s default', () => {
    expect(readPolicy({ collectsReports: true, reminderOn: false, reminderTime: '08:30' })).toEqual({
      ok: true,
      policy: { collectsReports: true, reminderOn: false, reminderTime: '08:30' },
    });
  });

  it('is empty when the organisation sets nothing', () => {
    expect(readPolicy({})).toEqual({ ok: true, policy: {} });
  });

  it.each([
    [
      'a campaign breaking a rule of the file',
      { campaign: fileText.replace('"Asia/Ho_Chi_Minh"', '"Mars/Olympus"') },
      'campaign',
      'time-zone',
    ],
    ['a campaign that is not JSON', { campaign: '{"format": "green-office/campaign",' }, 'campaign', 'json'],
    ['a campaign given as a number', { campaign: 42 }, 'campaign', 'policy-value'],
    [
      'a campaign holding __proto__',
      { campaign: fileText.replace('{', '{"__proto__": {},') },
      'campaign',
      'forbidden-key',
    ],
    ['a campaign over 5 MB', { campaign: `${fileText}${' '.repeat(5 * 1024 * 1024)}` }, 'campaign', 'too-large'],
    ['a reminder time of 25:00', { reminderTime: '25:00' }, 'reminderTime', 'policy-value'],
    ['“yes” for who collects the reports', { collectsReports: 'yes' }, 'collectsReports', 'policy-value'],
    ['a reminder switch of 1', { reminderOn: 1 }, 'reminderOn', 'policy-value'],
  ])('refuses %s, naming the setting and the rule', (_, raw, setting, rule) => {
    expect(readPolicy(raw as Record<string, unknown>)).toMatchObject({ ok: false, setting, issue: { rule } });
  });

  it('refuses the whole policy when one setting is wrong, so nothing half-applies', () => {
    expect(readPolicy({ campaign: fileText, reminderTime: 'noon' })).toMatchObject({ ok: false });
  });
});
