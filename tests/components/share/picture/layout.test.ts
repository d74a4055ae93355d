import { describe, expect, it } from 'vitest';
import { MESSAGES } from '@/components/i18n';
import { makeI18n } from '@/components/i18n/format';
import { personalContent, SHAPES, standingsContent } from '@/components/share/picture/content';
import { layoutPicture } from '@/components/share/picture/layout';
import type { FontMeasure, Op } from '@/components/share/picture/ops';
import { personalCard } from '@/storage/share/card';
import { standings } from '@/storage/share/standings';
import type { Language } from '@/storage/types';
import { campaignOf } from '@/tests/fixtures/campaign';
import { d, entryRow } from '@/tests/fixtures/entries';

/** A fake measure, wider than real type: 0.62 of the size a character, bold 10 % wider. */
const measure: FontMeasure = (text, font) => [...text].length * font.size * 0.62 * (font.bold ? 1.1 : 1);
const LONG = 'Phòng Hành chính tổ chức – Quản trị tài vụ, Văn phòng Ủy ban nhân dân tỉnh Bắc Kạn và các đơn vị';

const lineHeight = (op: Extract<Op, { kind: 'text' }>) => op.font.size * 1.25;

/** Every text and shape inside the picture, each text line no wider than the room left of it. */
function assertInside(picture: ReturnType<typeof layoutPicture>) {
  for (const op of picture.ops) {
    if (op.kind === 'rect') {
      expect(op.x).toBeGreaterThanOrEqual(0);
      expect(op.x + op.w).toBeLessThanOrEqual(picture.width + 0.01);
      expect(op.y + op.h).toBeLessThanOrEqual(picture.height + 0.01);
      continue;
    }
    const width = measure(op.text, op.font);
    const left = op.align === 'right' ? op.x - width : op.x;
    expect(left, op.text).toBeGreaterThanOrEqual(0);
    expect(left + width, op.text).toBeLessThanOrEqual(picture.width);
    expect(op.y + lineHeight(op), op.text).toBeLessThanOrEqual(picture.height);
  }
}

const texts = (picture: ReturnType<typeof layoutPicture>) =>
  picture.ops.flatMap((op) => (op.kind === 'text' ? [op.text] : []));

const cases = (['vi', 'en'] as Language[]).flatMap((lang) =>
  (['square', 'wide'] as const).map((shape) => [lang, shape] as const),
);

describe('my progress picture', () => {
  const campaign = campaignOf({
    name: { vi: `Tháng hành động vì môi trường ${LONG}`, en: `Environment Action Month of ${LONG}` },
    organisation: { vi: LONG, en: LONG },
    hashtag: '#VanPhongXanhBacKanThangHanhDongViMoiTruong2024CungNhauHanhDong',
    pledges: [
      ...campaignOf().pledges,
      ...Array.from({ length: 6 }, (_, i) => ({
        id: `action-${i}`,
        kind: 'action' as const,
        label: { vi: `${LONG} ${i}` },
        unit: { vi: 'lần thu gom, phân loại chất thải' },
      })),
    ],
  });
  const entries = [
    entryRow({ campaignId: campaign.id, date: d(5), pledgeId: 'tree-planting', count: 12 }),
    ...Array.from({ length: 6 }, (_, i) =>
      entryRow({ campaignId: campaign.id, date: d(6), pledgeId: `action-${i}`, count: 3 }),
    ),
  ];
  const card = personalCard(campaign, entries, d(12));

  it.each(cases)('in %s, %s: long names and labels wrap and nothing runs off', (lang, shape) => {
    const i18n = makeI18n(lang, MESSAGES[lang]);
    const picture = layoutPicture(SHAPES[shape], personalContent(i18n, card, shape, LONG), measure);
    expect([picture.width, picture.height]).toEqual(shape === 'square' ? [1080, 1080] : [1200, 630]);
    assertInside(picture);
    expect(texts(picture).length).toBeGreaterThan(5);
  });

  it('says the days, the streak, the actions, the estimate with its source, and the hashtag', () => {
    const i18n = makeI18n('vi', MESSAGES.vi);
    const short = campaignOf({ hashtag: '#VanPhongXanh' });
    const mine = personalCard(
      short,
      [entryRow({ campaignId: short.id, date: d(5), pledgeId: 'tree-planting', count: 3 })],
      d(7),
    );
    const all = texts(layoutPicture(SHAPES.square, personalContent(i18n, mine, 'square'), measure)).join(' ');
    expect(all).toContain('Chiến dịch thử');
    expect(all).toContain('1/3');
    expect(all).toContain('Trồng cây xanh: 3 cây');
    expect(all).toContain('≈ 66 kg CO₂/năm');
    expect(all).toContain('test source');
    expect(all).toContain('#VanPhongXanh');
  });

  it('shows my name only when I tick it', () => {
    const i18n = makeI18n('vi', MESSAGES.vi);
    const short = personalCard(campaignOf(), [], d(7));
    const without = texts(layoutPicture(SHAPES.square, personalContent(i18n, short, 'square'), measure)).join(' ');
    const withName = texts(
      layoutPicture(SHAPES.square, personalContent(i18n, short, 'square', 'Nguyễn Thị Hoa'), measure),
    );
    expect(without).not.toContain('Nguyễn Thị Hoa');
    expect(withName).toContain('Nguyễn Thị Hoa');
  });
});

describe('the office standings picture', () => {
  const departments = Array.from({ length: 24 }, (_, i) => ({
    id: `p-${i}`,
    name: { vi: `${LONG} số ${i + 1}`, en: `Department ${i + 1} of ${LONG}` },
    headcount: 10,
  }));
  const campaign = campaignOf({ departments });
  const s = standings(
    campaign,
    departments.map((dep, i) => ({
      id: dep.id,
      headcount: 10,
      days: [{ date: d(5), participants: i % 11, pledges: { 'tree-planting': i } }],
    })),
    { from: d(5), to: d(7) },
    d(7),
  );

  it.each(cases)('in %s, %s: 24 departments with long names never run off', (lang, shape) => {
    const i18n = makeI18n(lang, MESSAGES[lang]);
    const picture = layoutPicture(SHAPES[shape], standingsContent(i18n, s, shape), measure);
    assertInside(picture);
    expect(texts(picture).join(' ')).toContain('1.');
  });

  it('names departments and their rates, and no person', () => {
    const i18n = makeI18n('en', MESSAGES.en);
    const small = standings(
      campaignOf(),
      [{ id: 'hctc-qttv', headcount: 12, days: [{ date: d(5), participants: 6, pledges: {} }] }],
      { from: d(5), to: d(5) },
      d(5),
    );
    const all = texts(layoutPicture(SHAPES.wide, standingsContent(i18n, small, 'wide'), measure)).join(' ');
    expect(all).toContain('1. HCTC-QTTV');
    expect(all).toContain('50%');
    expect(all).toContain('figures up to 05/06/2024');
  });
});
