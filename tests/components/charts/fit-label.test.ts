import { describe, expect, it } from 'vitest';
import { fitLabel } from '@/components/charts/fit-label';

const LONG = 'Phòng Hành chính tổ chức – Quản trị tài vụ và Công nghệ thông tin của cơ quan';

describe('a long name on a narrow chart', () => {
  it('starts readable and ends with an ellipsis within the width it is given', () => {
    const cut = fitLabel(LONG, 150);
    expect(cut.startsWith('Phòng Hành chính')).toBe(true);
    expect(cut.endsWith('…')).toBe(true);
    expect([...cut].length).toBeLessThanOrEqual(25);
  });

  it('stays whole when the width holds it', () => {
    expect(fitLabel('Phòng Tổng hợp', 280)).toBe('Phòng Tổng hợp');
    expect(fitLabel(LONG, 1200)).toBe(LONG);
  });

  it('never cuts a Vietnamese letter in two, nor leaves a space before the ellipsis', () => {
    const cut = fitLabel('Sử dụng sản phẩm thân thiện môi trường trong công việc', 60);
    expect(cut).toBe('Sử dụng…');
  });
});
