import { describe, expect, it } from 'vitest';
import { MESSAGES } from '@/components/i18n';

// Screens speak of "cơ quan, đơn vị" or of the campaign's own organisation and recipient, never
// of the first customer's office: a Sở Tư pháp or a school reads the same strings.

/** The product's own name is the one place these words belong. */
const withoutProductName = (text: string) =>
  text.replace(/cam kết văn phòng xanh/gi, '').replace(/green office pledge/gi, '');

describe('the message tables name no office of their own', () => {
  it('never say "Văn phòng" in Vietnamese outside the product’s name', () => {
    const found = Object.entries(MESSAGES.vi).filter(([, text]) => /văn phòng/i.test(withoutProductName(text)));
    expect(found).toEqual([]);
  });

  it('never say "the Office" in English outside the product’s name', () => {
    const found = Object.entries(MESSAGES.en).filter(([, text]) => /\bOffice\b/.test(withoutProductName(text)));
    expect(found).toEqual([]);
  });

  it('find the seed office’s words when a string has them (the scan can fail)', () => {
    expect(/văn phòng/i.test(withoutProductName('Bình quân cả Văn phòng'))).toBe(true);
    expect(/văn phòng/i.test(withoutProductName('Nhắc ghi cam kết Văn phòng xanh'))).toBe(false);
  });
});
