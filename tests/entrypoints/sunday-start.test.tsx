import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '@/components/i18n';
import { I18nProvider } from '@/components/i18n/context';
import { makeI18n } from '@/components/i18n/format';
import { personalContent } from '@/components/share/picture/content';
import { personalText } from '@/components/share/share-text';
import { FigureCards } from '@/entrypoints/options/pages/progress/FigureCards';
import { startPersonalChallenge } from '@/storage/campaign/store';
import { monthFigures } from '@/storage/progress/month-figures';
import { personalCard } from '@/storage/share/card';
import { setPledgeCount } from '@/storage/staff/entries';
import type { Language } from '@/storage/types';
import { renderApp } from '@/tests/entrypoints/options/app';
import { openPopup, vietnam } from '@/tests/entrypoints/popup/helpers';
import { entryRow } from '@/tests/fixtures/entries';

// A challenge started today, a Sunday (6 December 2026): no working day has come yet. Every
// screen says when the first one comes (Monday 7 December), never "1/0" nor a bare "–".

const SUNDAY = '2026-12-06';
const AT = '2026-12-06T03:00:00Z';
const i18nOf = (lang: Language) => makeI18n(lang, MESSAGES[lang]);

async function challenge() {
  return startPersonalChallenge({ name: 'Hà', today: SUNDAY, timeZone: 'Asia/Ho_Chi_Minh', at: AT });
}

describe('a challenge started on a Sunday, seen that Sunday', () => {
  it('the popup names the first working day beside "rest day"', async () => {
    await challenge();
    openPopup(vietnam('2026-12-06T10:00:00'), () => 'Asia/Ho_Chi_Minh');
    expect(await screen.findByText('Ngày 1/30')).toBeTruthy();
    expect(screen.getByText('ngày nghỉ')).toBeTruthy();
    expect(
      screen.getByText('Ngày làm việc đầu tiên của chiến dịch là thứ Hai 07/12/2026; hôm nay vẫn ghi được cam kết.'),
    ).toBeTruthy();
  });

  it.each([
    ['vi', 'Chưa đến ngày làm việc nào: ngày làm việc đầu tiên là thứ Hai 07/12/2026.'],
    ['en', 'No working day yet: the first is Monday 07/12/2026.'],
  ] as const)('the dashboard’s participation card says why there is no share yet (%s)', async (lang, sentence) => {
    const campaign = await challenge();
    const figures = monthFigures(campaign, [], SUNDAY);
    render(
      <I18nProvider value={i18nOf(lang)}>
        <FigureCards figures={figures} />
      </I18nProvider>,
    );
    const completion = document.querySelector('[data-figure="completion"]')!;
    expect(completion.textContent).toBe(sentence);
    expect(completion.textContent).not.toBe('–');
  });

  it.each(['vi', 'en'] as const)('the share picture and its text never say "x/0" (%s)', async (lang) => {
    const campaign = await challenge();
    const entries = [entryRow({ campaignId: campaign.id, date: SUNDAY, pledgeId: 'no-nylon-bags' })];
    const card = personalCard(campaign, entries, SUNDAY);
    const i18n = i18nOf(lang);
    const content = personalContent(i18n, card, 'square');
    const said = content.columns
      .flat()
      .flatMap((b) =>
        b.kind === 'figures' ? b.items.flatMap((i) => [i.value, i.label]) : b.kind === 'text' ? [b.text] : [],
      );
    expect(said.join(' | ')).not.toMatch(/\d\/0\b/);
    expect(said).toContain('1');
    expect(said.join(' | ')).toContain(lang === 'vi' ? 'thứ Hai 07/12/2026' : 'Monday 07/12/2026');
    const text = personalText(i18n, card);
    expect(text).not.toMatch(/\d\/0\b|\b1 of 0\b/);
    expect(text).toContain(
      lang === 'vi' ? 'ngày làm việc đầu tiên là thứ Hai 07/12/2026' : 'the first working day is Monday 07/12/2026',
    );
  });

  it('the progress chart of days taken says no working day has come, not "1 of 0"', async () => {
    const campaign = await challenge();
    await setPledgeCount({ campaign, date: SUNDAY, pledgeId: 'no-nylon-bags', count: 1, today: SUNDAY, at: AT });
    window.location.hash = '#progress';
    renderApp(() => vietnam('2026-12-06T10:00:00'));
    expect(
      await screen.findByRole('img', { name: 'Biểu đồ đường: đã tham gia 1 ngày; chưa đến ngày làm việc nào.' }),
    ).toBeTruthy();
    expect(document.querySelector('[data-figure="completion"]')?.textContent).toContain('thứ Hai 07/12/2026');
  });
});
