import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateCampaign } from '@/storage/campaign/schema';
import {
  ENVIRONMENT_MONTH,
  idFrom,
  personalCampaign,
  TEMPLATES,
  THIRTY_DAYS,
  templateDates,
  templateName,
  uniqueId,
} from '@/storage/campaign/templates';

const DIR = join(__dirname, '..', '..', '..', 'storage', 'campaign', 'templates');
const files = readdirSync(DIR).filter((name) => name.endsWith('.json'));

describe('the campaign templates (issue #9)', () => {
  it('ships each file of storage/campaign/templates/: the two the issue names and a year-round movement', () => {
    expect(files.sort()).toEqual([
      'phong-trao-ca-nam.json',
      'thang-hanh-dong-vi-moi-truong.json',
      'van-phong-xanh-30-ngay.json',
    ]);
    expect(TEMPLATES.map((t) => t.campaign.name.vi)).toEqual([
      'Tháng hành động vì môi trường',
      'Văn phòng xanh 30 ngày',
      'Phong trào Văn phòng xanh, nói không với rác thải nhựa (cả năm)',
    ]);
  });

  it.each(files)('%s holds a campaign that the campaign schema accepts as it is', (file) => {
    const template = JSON.parse(readFileSync(join(DIR, file), 'utf8'));
    expect(template.format).toBe('green-office/campaign-template');
    const result = validateCampaign(template.campaign);
    expect(result).toMatchObject({ ok: true });
  });

  it.each(files)('%s names no organisation: no province, office or committee of the seed plan', (file) => {
    const text = readFileSync(join(DIR, file), 'utf8');
    for (const name of ['Bắc Kạn', 'Thái Nguyên', 'UBND', 'HCTC-QTTV', 'Ủy ban', 'Uỷ ban', 'Chi đoàn', 'backan']) {
      expect(text, name).not.toContain(name);
    }
  });

  it('keeps the seed plan’s eight pledges in every template', () => {
    for (const template of TEMPLATES) {
      expect(template.campaign.pledges.map((p) => p.id)).toEqual([
        'no-nylon-bags',
        'no-single-use-plastic',
        'eco-products',
        'waste-collection',
        'clean-up',
        'tree-planting',
        'share-campaign',
        'learn-env-law',
      ]);
    }
  });

  it.each([
    ['1 December 2026', '2026-12-01', '2027-06-01', '2027-06-30'],
    ['10 June 2027, while June runs', '2027-06-10', '2027-06-01', '2027-06-30'],
    ['1 March 2027, before June', '2027-03-01', '2027-06-01', '2027-06-30'],
    ['1 July 2027, just after June', '2027-07-01', '2028-06-01', '2028-06-30'],
  ])('proposes the Environment Month on %s from %s… as %s to %s', (_when, today, start, end) => {
    expect(templateDates(ENVIRONMENT_MONTH.dates, today)).toEqual({ start, end });
  });

  it('names the Environment Month with the year of its start, in both languages', () => {
    expect(templateName(ENVIRONMENT_MONTH, '2027-06-01')).toEqual({
      vi: 'Tháng hành động vì môi trường 2027',
      en: 'Environment Action Month 2027',
    });
  });

  it.each([
    ['2026-12-01', '2026-12-30'],
    ['2027-02-15', '2027-03-16'],
  ])('proposes the 30-day challenge from today (%s) for 30 days, to %s, Monday to Friday', (today, end) => {
    expect(templateDates(THIRTY_DAYS.dates, today)).toEqual({ start: today, end });
    expect(THIRTY_DAYS.campaign.workingDays).toEqual([1, 2, 3, 4, 5]);
  });

  it.each(['2026-12-01', '2026-12-05', '2027-02-27', '2028-02-29'])(
    'makes a valid personal challenge starting %s, in the zone given, with one department and no office',
    (today) => {
      const campaign = personalCampaign(THIRTY_DAYS, today, 'Europe/Paris', [`van-phong-xanh-30-ngay-${today}`]);
      expect(validateCampaign(campaign)).toMatchObject({ ok: true });
      expect(campaign).toMatchObject({
        start: today,
        timeZone: 'Europe/Paris',
        organisation: { vi: 'Thử thách cá nhân' },
      });
      expect(campaign.departments.map((d) => d.id)).toEqual(['ca-nhan']);
      expect(campaign.id).toBe(`van-phong-xanh-30-ngay-${today}-2`);
    },
  );
});

describe('ids made from Vietnamese names', () => {
  it.each([
    ['Phòng Kế hoạch – Tài chính', 'phong-ke-hoach-tai-chinh'],
    ['Đội Quản lý đô thị', 'doi-quan-ly-do-thi'],
    ['  Trung tâm Phục vụ hành chính công ', 'trung-tam-phuc-vu-hanh-chinh-cong'],
    ['Phòng Tư pháp (cũ)', 'phong-tu-phap-cu'],
  ])('makes %s into %s', (name, id) => {
    expect(idFrom(name)).toBe(id);
  });

  it('makes two equal names unique, and a name with no letter into the fallback', () => {
    const taken: string[] = [];
    for (const name of ['Phòng Tổng hợp', 'Phòng Tổng hợp', 'Phòng Tổng hợp', '–––']) {
      taken.push(uniqueId(name, taken, 'don-vi'));
    }
    expect(taken).toEqual(['phong-tong-hop', 'phong-tong-hop-2', 'phong-tong-hop-3', 'don-vi']);
  });

  it('keeps an id made from a long name within 64 characters, suffix included', () => {
    const long = 'Phòng '.repeat(30);
    const id = uniqueId(long, [idFrom(long, 61)], 'x');
    expect(id.length).toBeLessThanOrEqual(64);
    expect(id).toMatch(/^[a-z0-9-]+-2$/);
  });
});
