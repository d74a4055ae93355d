import { describe, expect, it } from 'vitest';
import { MESSAGES } from '@/components/i18n';
import { makeI18n } from '@/components/i18n/format';
import { personalText, standingsText } from '@/components/share/share-text';
import { personalCard } from '@/storage/share/card';
import { standings } from '@/storage/share/standings';
import { campaignOf } from '@/tests/fixtures/campaign';
import { d, entryRow } from '@/tests/fixtures/entries';

const campaign = campaignOf({ hashtag: 'VanPhongXanh' });
const card = personalCard(
  campaign,
  [
    entryRow({ campaignId: campaign.id, date: d(5), pledgeId: 'no-nylon-bags' }),
    entryRow({ campaignId: campaign.id, date: d(6), pledgeId: 'tree-planting', count: 3 }),
  ],
  d(7),
);

describe('the short text to copy', () => {
  it('says my days, my actions and the estimate with its source, in Vietnamese', () => {
    expect(personalText(makeI18n('vi', MESSAGES.vi), card)).toBe(
      'Tôi đã tham gia 2/3 ngày làm việc của chiến dịch “Chiến dịch thử” (05/06/2024 – 30/06/2024), 2 ngày liên tiếp.' +
        ' Việc đã làm: Trồng cây xanh: 3 cây. Ước tính: ≈ 66 kg CO₂/năm (theo hệ số của: test source). #VanPhongXanh',
    );
  });

  it('puts my name in only when given, in English', () => {
    const text = personalText(makeI18n('en', MESSAGES.en), card, 'Nguyễn Thị Hoa');
    expect(text.startsWith('Nguyễn Thị Hoa took part on 2 of 3 working days of the campaign “Test campaign”')).toBe(
      true,
    );
    expect(personalText(makeI18n('en', MESSAGES.en), card)).not.toContain('Nguyễn');
  });

  it('ranks the departments for the office, with the date of the figures', () => {
    const s = standings(
      campaign,
      [
        { id: 'ldvp', headcount: 4, days: [{ date: d(5), participants: 1, pledges: {} }] },
        { id: 'hctc-qttv', headcount: 12, days: [{ date: d(5), participants: 9, pledges: {} }] },
      ],
      { from: d(5), to: d(5) },
      d(5),
    );
    expect(standingsText(makeI18n('en', MESSAGES.en), s)).toBe(
      '“Test campaign”: participation on working days of the departments from 05/06/2024 to 05/06/2024 (figures up to 05/06/2024):' +
        ' 1. HCTC-QTTV 75%; 2. Lãnh đạo Văn phòng 25%. #VanPhongXanh',
    );
  });
});
