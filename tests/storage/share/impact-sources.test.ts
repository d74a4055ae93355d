import { describe, expect, it } from 'vitest';
import { validateCampaign } from '@/storage/campaign/schema';
import { TEMPLATES } from '@/storage/campaign/templates';

// Issue #13: a coefficient only where a published source supports it, and the source written in
// the file — publisher, title, year and where to find it — so every estimate says where it comes from.
const coefficients = TEMPLATES.flatMap((template) =>
  template.campaign.pledges.flatMap((p) => (p.impact ? [[template.id, p.id, p.impact] as const] : [])),
);

describe('the impact coefficients of the templates', () => {
  it('exist: the tree planted carries one, so staff and the office see an estimate', () => {
    expect(coefficients.map(([template, pledge]) => `${template}/${pledge}`)).toEqual(
      expect.arrayContaining(TEMPLATES.map((t) => `${t.id}/tree-planting`)),
    );
  });

  it.each(coefficients)('of %s / %s name the publisher, the title, the year and an address', (_t, _p, impact) => {
    expect(impact.perUnit).toBeGreaterThan(0);
    const [publisher] = impact.source.split(',');
    expect(publisher!.trim().length).toBeGreaterThan(3);
    expect(impact.source).toMatch(/“[^”]{10,}”/);
    expect(impact.source).toMatch(/\b(19|20)\d{2}\b/);
    expect(impact.source).toMatch(/https:\/\/\S+\.\S+/);
    expect(impact.unit.vi.trim()).not.toBe('');
    expect(impact.unit.en?.trim()).toBeTruthy();
  });

  it.each(TEMPLATES.map((t) => [t.id, t] as const))('keep the template %s a valid campaign file', (_id, t) => {
    expect(validateCampaign(t.campaign)).toMatchObject({ ok: true });
  });

  it('say the same in every template for the same pledge', () => {
    const byPledge = new Map<string, string>();
    for (const [, pledge, impact] of coefficients) {
      const seen = byPledge.get(pledge);
      if (seen) expect(JSON.stringify(impact)).toBe(seen);
      else byPledge.set(pledge, JSON.stringify(impact));
    }
  });
});
