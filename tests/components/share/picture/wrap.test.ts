import { describe, expect, it } from 'vitest';
import { withEllipsis, wrapLines } from '@/components/share/picture/wrap';

/** A fake measure: every character is 10 units wide. */
const measure = (text: string) => [...text].length * 10;

describe('breaking a long line to fit the picture', () => {
  it('keeps a short text on one line', () => {
    expect(wrapLines('Trồng cây xanh', 200, measure)).toEqual(['Trồng cây xanh']);
  });

  it('breaks between words, never inside one that fits a line', () => {
    const lines = wrapLines('Tháng hành động vì môi trường năm 2024', 120, measure);
    expect(lines).toEqual(['Tháng hành', 'động vì môi', 'trường năm', '2024']);
    expect(lines.every((l) => measure(l) <= 120)).toBe(true);
  });

  it('cuts a word longer than the whole line by characters', () => {
    const lines = wrapLines('#VanPhongXanhBacKan2024', 100, measure);
    expect(lines).toEqual(['#VanPhongX', 'anhBacKan2', '024']);
    expect(lines.join('')).toBe('#VanPhongXanhBacKan2024');
  });

  it('ends the last line allowed with "…" when the text is longer, still inside the width', () => {
    const lines = wrapLines('Phòng Hành chính tổ chức – Quản trị tài vụ và các đơn vị trực thuộc', 120, measure, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
    expect(lines.every((l) => measure(l) <= 120)).toBe(true);
  });

  it('treats runs of spaces and new lines as one space', () => {
    expect(wrapLines('  Trồng \n  cây  ', 200, measure)).toEqual(['Trồng cây']);
  });

  it('cuts a text with "…" to the width asked', () => {
    expect(withEllipsis('Trồng cây xanh', 60, measure)).toBe('Trồng…');
  });
});
