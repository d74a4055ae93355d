import { describe, expect, it } from 'vitest';
import builtInJson from '@/storage/campaign/built-in/backan-vp-wed-2024.json';
import { checkNewCampaign, newCampaignForm } from '@/storage/campaign/new-campaign';
import { parseCampaignFile, validateCampaign } from '@/storage/campaign/schema';
import { TEMPLATES, templateDates, YEAR_ROUND } from '@/storage/campaign/templates';
import { isIndicatorCode } from '@/storage/indicators/codes';
import { validCampaignJson } from '@/tests/fixtures/campaign';

type Json = Record<string, any>;

const fileWith = (mutate: (c: Json) => void) => {
  const c = validCampaignJson();
  mutate(c);
  return JSON.stringify(c);
};

describe('a campaign’s pledges naming the indicator they feed', () => {
  it('are accepted with a §5 code, an unknown code, and how often the body reports', () => {
    const result = parseCampaignFile(
      fileWith((c) => {
        c.pledges[0].indicator = 'nylon-free-person-days';
        c.pledges[1].indicator = 'trong-rung-ngap-man';
        c.reportEvery = 'month';
      }),
    );
    expect(result).toMatchObject({
      ok: true,
      campaign: {
        reportEvery: 'month',
        pledges: [{ indicator: 'nylon-free-person-days' }, { indicator: 'trong-rung-ngap-man' }],
      },
    });
  });

  it.each([
    [
      'an indicator with odd characters',
      (c: Json) => (c.pledges[1].indicator = 'Cây <b>xanh</b>'),
      'pledges[1].indicator',
      'indicator-code',
    ],
    [
      'an indicator of 65 characters',
      (c: Json) => (c.pledges[0].indicator = 'a'.repeat(65)),
      'pledges[0].indicator',
      'indicator-code',
    ],
    [
      'an indicator given as a number',
      (c: Json) => (c.pledges[0].indicator = 7),
      'pledges[0].indicator',
      'type-string',
    ],
    ['a report every year', (c: Json) => (c.reportEvery = 'year'), 'reportEvery', 'report-every'],
  ])('are refused for %s', (_, mutate, path, rule) => {
    expect(parseCampaignFile(fileWith(mutate))).toEqual({ ok: false, issue: { path, rule } });
  });

  it('in the built-in campaign and every template, feed trees, posts and plastic-free days, never clean-up person-times', () => {
    for (const json of [builtInJson, ...TEMPLATES.map((t) => t.campaign)]) {
      const result = validateCampaign(structuredClone(json));
      expect(result.ok).toBe(true);
      const byId = Object.fromEntries((result.ok ? result.campaign.pledges : []).map((p) => [p.id, p.indicator]));
      expect(byId['tree-planting']).toBe('trees-planted');
      expect(byId['share-campaign']).toBe('communication-items');
      expect(byId['no-nylon-bags']).toBe('nylon-free-person-days');
      expect(byId['clean-up']).toBeUndefined();
      for (const code of Object.values(byId)) if (code) expect(isIndicatorCode(code)).toBe(true);
    }
  });
});

describe('the year-round movement template', () => {
  it('lasts a year from today, reports every month, and a campaign made from it keeps reporting monthly', () => {
    expect(YEAR_ROUND.campaign.reportEvery).toBe('month');
    expect(templateDates(YEAR_ROUND.dates, '2027-03-15')).toEqual({ start: '2027-03-15', end: '2028-03-13' });
    const form = {
      ...newCampaignForm(YEAR_ROUND, '2027-03-15'),
      organisation: 'Sở Tài chính',
      reportTo: 'Văn phòng Sở',
    };
    const result = checkNewCampaign(form, YEAR_ROUND, 'phong-trao-2027');
    expect(result).toMatchObject({
      ok: true,
      campaign: { reportEvery: 'month', start: '2027-03-15', end: '2028-03-13' },
    });
  });
});
