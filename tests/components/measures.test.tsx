import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { departmentBars, officeDaysLine } from '@/components/charts/report';
import { MESSAGES } from '@/components/i18n';
import { I18nProvider } from '@/components/i18n/context';
import { makeI18n } from '@/components/i18n/format';
import { viMeasures } from '@/components/i18n/vi/measures';
import { MEASURES, MeasuresGlossary } from '@/components/MeasuresGlossary';
import { personalContent, standingsContent } from '@/components/share/picture/content';
import { standingsText } from '@/components/share/share-text';
import { documentWords } from '@/entrypoints/options/pages/admin/report/document-words';
import { reportWords } from '@/entrypoints/options/pages/admin/report/report-words';
import { FigureCards } from '@/entrypoints/options/pages/progress/FigureCards';
import { reportTables } from '@/storage/admin/report-rows';
import { startPersonalChallenge } from '@/storage/campaign/store';
import { monthFigures } from '@/storage/progress/month-figures';
import { personalCard } from '@/storage/share/card';
import { standings } from '@/storage/share/standings';
import type { Language } from '@/storage/types';
import { openPopup } from '@/tests/entrypoints/popup/helpers';
import { d, entryRow } from '@/tests/fixtures/entries';
import { admin, campaign, RANGE } from '@/tests/storage/report/fixture';

// One vocabulary of figures: each measure named and defined once (components/i18n/*/measures.ts),
// and every place that shows a percentage names the measure it is, in both languages.

const LANGS: Language[] = ['vi', 'en'];
const i18nOf = (lang: Language) => makeI18n(lang, MESSAGES[lang]);
const texts = (content: ReturnType<typeof standingsContent>) =>
  content.columns
    .flat()
    .flatMap((b) => (b.kind === 'text' ? [b.text] : b.kind === 'figures' ? b.items.map((i) => i.label) : []));

describe('the measures', () => {
  it.each(LANGS)('have a name and a definition each, the names all different (%s)', (lang) => {
    const names = Object.values(MEASURES).map((m) => MESSAGES[lang][m.name]);
    expect(new Set(names).size).toBe(names.length);
    for (const m of Object.values(MEASURES)) expect(MESSAGES[lang][m.about].length).toBeGreaterThan(40);
    expect(Object.keys(viMeasures).every((key) => key in MESSAGES[lang])).toBe(true);
  });

  it('are explained on the page in a closed "how the figures are worked out"', () => {
    const vi = i18nOf('vi');
    render(
      <I18nProvider value={vi}>
        <MeasuresGlossary measures={['tookPart', 'workingDays', 'daysPerPerson', 'pledgesKept']} />
      </I18nProvider>,
    );
    const details = screen.getByText('Các số liệu được tính thế nào').closest('details')!;
    expect(details.open).toBe(false);
    expect([...details.querySelectorAll('dt')].map((dt) => dt.textContent)).toEqual([
      'Đã tham gia (ít nhất 1 ngày)',
      'Tỷ lệ tham gia theo ngày làm việc',
      'Số ngày tham gia bình quân mỗi người',
      'Cam kết đã giữ',
    ]);
    expect(details.querySelectorAll('dd')[1]!.textContent).toMatch(/ngày nghỉ, ngày lễ không tính/);
  });
});

describe('the popup', () => {
  it('names the days taken part as the dashboard’s card does', async () => {
    await startPersonalChallenge({
      name: 'Hà',
      today: '2026-12-03',
      timeZone: 'Asia/Ho_Chi_Minh',
      at: '2026-12-03T03:00:00Z',
    });
    openPopup(Date.parse('2026-12-03T03:00:00Z'), () => 'Asia/Ho_Chi_Minh');
    expect((await screen.findByText(MESSAGES.vi['measure.days'])).tagName).toBe('DT');
  });
});

describe.each(LANGS)('every place names its measure (%s)', (lang) => {
  const i18n = i18nOf(lang);
  const { t } = i18n;

  it('the admin figures’ chart, the Word and print report: took part at least once, and the day’s share', () => {
    const words = documentWords(i18n, campaign);
    expect(words.participationHeader).toEqual(
      expect.arrayContaining([t('measure.tookPart'), t('measure.tookPartRate'), t('measure.daysPerPerson')]),
    );
    expect(words.chartDepartments).toContain(t('measure.tookPartRate'));
    expect(words.chartDays).toContain(t('measure.dayShare'));
    expect(words.participationNote).toContain(t('measure.tookPart.about'));
    expect(departmentBars([], i18n).data.datasets[0]!.label).toBe(t('measure.tookPartRate'));
    expect(officeDaysLine([], i18n).data.datasets[0]!.label).toBe(t('measure.dayShare'));
  });

  it('the workbook: each percentage column carries its measure’s name, never a bare "rate"', () => {
    const tables = reportTables(campaign, admin, RANGE, reportWords(i18n));
    const percentHeads = Object.values(tables).flatMap((table) =>
      table.header.filter((_, i) => table.kinds[i] === 'percent'),
    );
    expect(percentHeads).toEqual([t('measure.tookPartRate'), t('measure.dayShare')]);
    expect(tables.departments.header).toContain(t('measure.tookPart'));
    expect(tables.departments.header).toContain(t('measure.daysPerPerson'));
  });

  it('the standings picture, its text and the personal picture: participation on working days', () => {
    const s = standings(
      campaign,
      [{ id: 'ldvp', headcount: 4, days: [{ date: d(5), participants: 1, pledges: {} }] }],
      { from: d(5), to: d(5) },
      d(5),
    );
    expect(texts(standingsContent(i18n, s, 'square'))).toContain(t('measure.workingDays'));
    expect(standingsText(i18n, s).toLowerCase()).toContain(t('measure.workingDays').toLowerCase());
    const card = personalCard(
      campaign,
      [entryRow({ campaignId: campaign.id, date: d(5), pledgeId: 'no-nylon-bags' })],
      d(7),
    );
    expect(texts(personalContent(i18n, card, 'square')).some((x) => x.startsWith(t('measure.workingDays')))).toBe(true);
  });

  it('the dashboard’s cards: days taken part and participation on working days', () => {
    const figures = monthFigures(
      campaign,
      [entryRow({ campaignId: campaign.id, date: d(5), pledgeId: 'no-nylon-bags' })],
      d(7),
    );
    render(
      <I18nProvider value={i18n}>
        <FigureCards figures={figures} />
      </I18nProvider>,
    );
    const terms = [...document.querySelectorAll('dt')].map((dt) => dt.textContent);
    expect(terms).toContain(t('measure.days'));
    expect(terms.some((term) => term?.startsWith(t('measure.workingDays')))).toBe(true);
  });
});
