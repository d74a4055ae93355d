import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import {
  AFTER_CAMPAIGN,
  axeViolations,
  badgeText,
  CAMPAIGN_DAY,
  CAMPAIGN_NAME,
  DEPARTMENT,
  describeViolations,
  freshBrowsers,
  type LaunchedExtension,
  loadCampaignFile,
  NAME,
  openOptions,
  openPopup,
  PLEDGES,
  pinServiceWorkerClock,
  setUp,
  waitForBadge,
} from './helpers';
import { screenshotPath } from './screenshots';

// The built extension in real Chromium, as a person uses it. Each test gets a fresh browser
// and profile; the popup's clock is pinned inside the built-in campaign (day 8/26).

const browserAt = freshBrowsers();

/** A fresh browser whose pages believe it is `time` (time then flows on from there). */
const start = (time = CAMPAIGN_DAY): Promise<LaunchedExtension> => browserAt(time);

/** Waits (up to 10 s) for a value read from the page: the popup updates after storage answers. */
const eventually = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 10_000, interval: 50 });
const pledge = (page: Page, label: string) => page.getByRole('checkbox', { name: label, exact: true });
const statusLine = (page: Page) => page.locator('p.status[role="status"]');
const checked = (page: Page, label: string) => () => pledge(page, label).isChecked();
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return '';
    const label =
      el.getAttribute('aria-label') ?? (el as HTMLInputElement).labels?.[0]?.textContent ?? el.textContent ?? '';
    return `${el.tagName.toLowerCase()}${(el as HTMLInputElement).type ? `[${(el as HTMLInputElement).type}]` : ''}: ${label.trim()}`;
  });

describe('popup', () => {
  test("first run asks name and department, then shows today's pledges", async () => {
    const { context, extensionId } = await start();
    const page = await openPopup(context, extensionId);

    await page.getByRole('heading', { name: 'Chào mừng bạn tham gia' }).waitFor();
    const name = page.getByLabel('Họ và tên');
    const department = page.getByLabel('Phòng, ban, đơn vị');
    expect(await name.inputValue()).toBe('');
    expect(await department.locator('option', { hasText: DEPARTMENT.label }).getAttribute('value')).toBe(DEPARTMENT.id);

    // Nothing filled in: the problem is said next to the field and tied to it.
    await page.getByRole('button', { name: 'Bắt đầu' }).click();
    await page.getByText('Vui lòng nhập họ và tên.').waitFor();
    expect(await name.getAttribute('aria-invalid')).toBe('true');
    expect(await name.getAttribute('aria-describedby')).toBe('setup-name-error');

    // A name but no department.
    await name.fill(NAME);
    await page.getByRole('button', { name: 'Bắt đầu' }).click();
    await page.getByText('Vui lòng chọn phòng, ban của bạn.').waitFor();
    expect(await department.getAttribute('aria-invalid')).toBe('true');

    await department.selectOption({ label: DEPARTMENT.label });
    await page.getByRole('button', { name: 'Bắt đầu' }).click();

    await page.getByRole('heading', { name: CAMPAIGN_NAME }).waitFor();
    await page.getByText(/Ngày 8\/26 · ngày làm việc · /).waitFor();
    for (const label of [PLEDGES.nylon, PLEDGES.plastic, PLEDGES.eco]) {
      expect(await pledge(page, label).isVisible(), label).toBe(true);
      expect(await pledge(page, label).isChecked(), label).toBe(false);
    }
    expect(await page.getByRole('spinbutton', { name: PLEDGES.trees }).inputValue()).toBe('0');
    expect(await page.locator('dd[data-stat="streak"]').textContent()).toBe('0');
    expect(await page.locator('dd[data-stat="days-taken"]').textContent()).toBe('0');
    expect(await page.getByRole('button', { name: 'Hoàn tác thay đổi vừa rồi' }).isDisabled()).toBe(true);

    // Set-up happens once: the next open goes straight to the pledges.
    await page.close();
    const again = await openPopup(context, extensionId);
    await again.getByRole('heading', { name: CAMPAIGN_NAME }).waitFor();
    expect(await again.getByLabel('Họ và tên').count()).toBe(0);
  });

  test('two pledges recorded in the popup are still ticked after reopening, and the toolbar badge says 2', async () => {
    const started = await start();
    const { context, extensionId } = started;
    const page = await openPopup(context, extensionId);
    await setUp(page);

    await pledge(page, PLEDGES.nylon).click();
    await eventually(() => statusLine(page).textContent()).toBe(`Đã ghi: ${PLEDGES.nylon}`);
    await pledge(page, PLEDGES.plastic).click();
    await eventually(() => statusLine(page).textContent()).toBe(`Đã ghi: ${PLEDGES.plastic}`);
    await eventually(checked(page, PLEDGES.nylon)).toBe(true);
    await eventually(checked(page, PLEDGES.plastic)).toBe(true);
    expect(await waitForBadge(started, '2')).toBe('2');
    await eventually(() => page.locator('dd[data-stat="days-taken"]').textContent()).toBe('1');
    expect(await page.locator('dd[data-stat="streak"]').textContent()).toBe('1');

    // For the README: the popup as a person sees it after recording.
    await page.screenshot({ path: await screenshotPath('popup.png') });

    await page.close();
    const again = await openPopup(context, extensionId);
    await again.getByRole('heading', { name: CAMPAIGN_NAME }).waitFor();
    await eventually(checked(again, PLEDGES.nylon)).toBe(true);
    await eventually(checked(again, PLEDGES.plastic)).toBe(true);
    expect(await pledge(again, PLEDGES.eco).isChecked()).toBe(false);
    expect(await again.locator('dd[data-stat="days-taken"]').textContent()).toBe('1');
    expect(await badgeText(started)).toBe('2');
  });

  test('unticking the only pledge of a working day turns the badge back to "!"', async () => {
    const started = await start();
    const page = await openPopup(started.context, started.extensionId);
    await setUp(page);

    await pledge(page, PLEDGES.nylon).click();
    expect(await waitForBadge(started, '1')).toBe('1');
    await pledge(page, PLEDGES.nylon).click();
    await eventually(() => statusLine(page).textContent()).toBe(`Đã bỏ: ${PLEDGES.nylon}`);
    expect(await waitForBadge(started, '!')).toBe('!');
    await eventually(() => page.locator('dd[data-stat="days-taken"]').textContent()).toBe('0');
  });

  test('undo takes back the last pledge', async () => {
    const started = await start();
    const page = await openPopup(started.context, started.extensionId);
    await setUp(page);
    const undo = page.getByRole('button', { name: 'Hoàn tác thay đổi vừa rồi' });

    await pledge(page, PLEDGES.nylon).click();
    await eventually(() => statusLine(page).textContent()).toBe(`Đã ghi: ${PLEDGES.nylon}`);
    await pledge(page, PLEDGES.plastic).click();
    await eventually(() => statusLine(page).textContent()).toBe(`Đã ghi: ${PLEDGES.plastic}`);
    expect(await waitForBadge(started, '2')).toBe('2');

    await undo.click();
    await eventually(() => statusLine(page).textContent()).toBe(`Đã hoàn tác: ${PLEDGES.plastic}`);
    await eventually(checked(page, PLEDGES.plastic)).toBe(false);
    expect(await pledge(page, PLEDGES.nylon).isChecked()).toBe(true);
    expect(await waitForBadge(started, '1')).toBe('1');

    // An action count goes back one step too.
    const trees = page.getByRole('spinbutton', { name: PLEDGES.trees });
    await page.getByRole('button', { name: `Thêm một: ${PLEDGES.trees}` }).click();
    await page.getByRole('button', { name: `Thêm một: ${PLEDGES.trees}` }).click();
    await eventually(() => trees.inputValue()).toBe('2');
    await undo.click();
    await eventually(() => trees.inputValue()).toBe('1');
    await page.getByRole('button', { name: `Bớt một: ${PLEDGES.trees}` }).click();
    await eventually(() => trees.inputValue()).toBe('0');
    expect(await page.getByRole('button', { name: `Bớt một: ${PLEDGES.trees}` }).isDisabled()).toBe(true);

    // Undo survives closing the popup: it still takes back the latest change.
    await page.close();
    const again = await openPopup(started.context, started.extensionId);
    await again.getByRole('heading', { name: CAMPAIGN_NAME }).waitFor();
    await eventually(() => again.getByRole('spinbutton', { name: PLEDGES.trees }).inputValue()).toBe('0');
    await again.getByRole('button', { name: 'Hoàn tác thay đổi vừa rồi' }).click();
    await eventually(() => again.getByRole('spinbutton', { name: PLEDGES.trees }).inputValue()).toBe('1');
    expect(await pledge(again, PLEDGES.nylon).isChecked()).toBe(true);
  });

  test('undo goes back in the order things were done, even when the clock stands still', async () => {
    // Two changes in the same millisecond, or a computer clock set back, give changes the same
    // or an earlier timestamp than the one before: undo must still take back the latest.
    const ext = await browserAt(null, null);
    await ext.context.clock.setFixedTime(CAMPAIGN_DAY);
    await pinServiceWorkerClock(ext, CAMPAIGN_DAY);
    await loadCampaignFile(ext);
    const page = await openPopup(ext.context, ext.extensionId);
    await setUp(page);

    const order = [PLEDGES.nylon, PLEDGES.plastic, PLEDGES.eco];
    for (const label of order) {
      await pledge(page, label).click();
      await eventually(() => statusLine(page).textContent()).toBe(`Đã ghi: ${label}`);
    }
    await page.getByRole('button', { name: `Thêm một: ${PLEDGES.trees}` }).click();
    await eventually(() => statusLine(page).textContent()).toBe(`Đã ghi: ${PLEDGES.trees}`);

    const undo = page.getByRole('button', { name: 'Hoàn tác thay đổi vừa rồi' });
    for (const label of [PLEDGES.trees, ...order.reverse()]) {
      await undo.click();
      await eventually(() => statusLine(page).textContent()).toBe(`Đã hoàn tác: ${label}`);
    }
    for (const label of order) expect(await pledge(page, label).isChecked(), label).toBe(false);
    expect(await page.getByRole('spinbutton', { name: PLEDGES.trees }).inputValue()).toBe('0');
  });

  test('a pledge for an earlier day is recorded as late and does not count for today', async () => {
    const started = await start();
    const page = await openPopup(started.context, started.extensionId);
    await setUp(page);

    await page.getByRole('radio', { name: '11/06/2024 (ghi muộn)' }).check();
    await page.getByText('Ngày 11/06/2024 đã qua').waitFor();
    await pledge(page, PLEDGES.eco).click();
    await eventually(() => statusLine(page).textContent()).toBe(`Đã ghi: ${PLEDGES.eco}`);
    expect(await waitForBadge(started, '!')).toBe('!');
    await eventually(() => page.locator('dd[data-stat="days-taken"]').textContent()).toBe('1');

    await page.getByRole('radio', { name: 'Hôm nay' }).check();
    await eventually(checked(page, PLEDGES.eco)).toBe(false);
  });

  test('the popup has no axe-core accessibility violations', async () => {
    const { context, extensionId } = await start();
    const page = await openPopup(context, extensionId);

    await page.getByRole('button', { name: 'Bắt đầu' }).waitFor();
    const onSetup = await axeViolations(page);
    expect(onSetup, `set-up form:\n${describeViolations(onSetup)}`).toEqual([]);

    // With the field errors showing.
    await page.getByRole('button', { name: 'Bắt đầu' }).click();
    await page.getByText('Vui lòng nhập họ và tên.').waitFor();
    const onErrors = await axeViolations(page);
    expect(onErrors, `set-up form with errors:\n${describeViolations(onErrors)}`).toEqual([]);

    await setUp(page);
    await pledge(page, PLEDGES.nylon).click();
    await page.getByRole('button', { name: `Thêm một: ${PLEDGES.trees}` }).click();
    await eventually(() => statusLine(page).textContent()).toBe(`Đã ghi: ${PLEDGES.trees}`);
    const onPledges = await axeViolations(page);
    expect(onPledges, `pledges screen:\n${describeViolations(onPledges)}`).toEqual([]);

    await page.getByRole('radio', { name: '10/06/2024 (ghi muộn)' }).check();
    await page.getByText('Ngày 10/06/2024 đã qua').waitFor();
    const onLateDay = await axeViolations(page);
    expect(onLateDay, `pledges screen, late day:\n${describeViolations(onLateDay)}`).toEqual([]);
  });

  test('a keyboard alone can set up and record a pledge', async () => {
    const { context, extensionId } = await start();
    const page = await openPopup(context, extensionId);
    await page.getByRole('button', { name: 'Bắt đầu' }).waitFor();

    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('input[text]: Họ và tên');
    await page.keyboard.type(NAME);
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatch(/^select/);
    // Closed select: the arrow keys move through the options (placeholder, LĐVP, HCTC-QTTV).
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await page.getByLabel('Phòng, ban, đơn vị').inputValue()).toBe(DEPARTMENT.id);
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('button[submit]: Bắt đầu');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: CAMPAIGN_NAME }).waitFor();
    await pledge(page, PLEDGES.nylon).waitFor();

    // Tab on to the first pledge (past the day picker), tick it with Space.
    let steps = 0;
    while ((await focused(page)) !== `input[checkbox]: ${PLEDGES.nylon}` && steps < 12) {
      await page.keyboard.press('Tab');
      steps += 1;
    }
    expect(await focused(page)).toBe(`input[checkbox]: ${PLEDGES.nylon}`);
    await page.keyboard.press('Space');
    await eventually(checked(page, PLEDGES.nylon)).toBe(true);
    await eventually(() => statusLine(page).textContent()).toBe(`Đã ghi: ${PLEDGES.nylon}`);

    // An action: Tab to its "+" button, Enter.
    steps = 0;
    while ((await focused(page)) !== `button[button]: Thêm một: ${PLEDGES.trees}` && steps < 30) {
      await page.keyboard.press('Tab');
      steps += 1;
    }
    expect(await focused(page)).toBe(`button[button]: Thêm một: ${PLEDGES.trees}`);
    await page.keyboard.press('Enter');
    await eventually(() => page.getByRole('spinbutton', { name: PLEDGES.trees }).inputValue()).toBe('1');

    // The focus ring is visible on what the keyboard reached.
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
  });

  test('after the campaign the popup says it has ended instead of showing pledges', async () => {
    const { context, extensionId } = await start(AFTER_CAMPAIGN);
    const page = await openPopup(context, extensionId);
    // Issue #9: it no longer asks a name and department in the name of an ended campaign, and
    // offers the ways to start again instead.
    await page.getByRole('heading', { name: CAMPAIGN_NAME }).waitFor();
    await page.getByText(/đã kết thúc/).waitFor();
    expect(await page.getByLabel('Phòng, ban, đơn vị').count()).toBe(0);
    await page.getByRole('button', { name: 'Bắt đầu thử thách 30 ngày hôm nay' }).waitFor();
    expect(await page.getByRole('checkbox').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Xem kết quả của tôi' }).isVisible()).toBe(true);
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });
});

describe('options page', () => {
  test('choosing English in the options page turns the open popup English', async () => {
    const { context, extensionId } = await start();
    const popup = await openPopup(context, extensionId);
    await setUp(popup);

    const options = await openOptions(context, extensionId, 'settings');
    await options.getByLabel('Ngôn ngữ').selectOption('en');
    await eventually(() => options.evaluate(() => document.documentElement.lang)).toBe('en');

    await popup.getByRole('heading', { name: 'Environment Action Month 2024' }).waitFor();
    expect(await popup.getByRole('checkbox', { name: 'No hard-to-degrade nylon bags' }).isVisible()).toBe(true);
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('en');
  });

  test('a campaign file sent by the Office is loaded; a broken one is refused with the reason', async () => {
    const { context, extensionId } = await start();
    const popup = await openPopup(context, extensionId);
    await setUp(popup);

    const options = await openOptions(context, extensionId, 'settings');
    const fileInput = options.getByLabel('Tải tệp chiến dịch (.json) do cơ quan, đơn vị gửi');

    await fileInput.setInputFiles({
      name: 'hong.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{ not json'),
    });
    const refusal = options.getByRole('alert');
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain('hong.json');

    const campaign = {
      format: 'green-office/campaign',
      version: 1,
      id: 'van-phong-xanh-thu-nghiem',
      name: { vi: 'Văn phòng xanh tháng 6' },
      organisation: { vi: 'Văn phòng UBND tỉnh Bắc Kạn' },
      reportTo: { vi: 'Phòng Hành chính tổ chức – Quản trị tài vụ' },
      plan: { vi: 'Thử nghiệm' },
      start: '2024-06-10',
      end: '2024-06-21',
      timeZone: 'Asia/Ho_Chi_Minh',
      workingDays: [1, 2, 3, 4, 5],
      holidays: [],
      backfillDays: 0,
      departments: [{ id: 'hctc-qttv', name: { vi: DEPARTMENT.label } }],
      pledges: [{ id: 'tat-den', kind: 'daily', label: { vi: 'Tắt đèn khi ra khỏi phòng' } }],
    };
    await fileInput.setInputFiles({
      name: 'chien-dich.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(campaign)),
    });
    await options.getByRole('status').filter({ hasText: 'Đã tải chiến dịch' }).waitFor();

    // The open popup follows: the new campaign, day 3 of 12, its one pledge.
    await popup.getByRole('heading', { name: 'Văn phòng xanh tháng 6' }).waitFor();
    await popup.getByText(/Ngày 3\/12 · ngày làm việc/).waitFor();
    expect(await popup.getByRole('checkbox').count()).toBe(1);
    expect(await pledge(popup, 'Tắt đèn khi ra khỏi phòng').isVisible()).toBe(true);
  });

  test('the options page has no axe-core accessibility violations', async () => {
    const { context, extensionId } = await start();
    const popup = await openPopup(context, extensionId);
    await setUp(popup);
    const options = await openOptions(context, extensionId, 'settings');
    await options.getByLabel('Ngôn ngữ').waitFor();
    const violations = await axeViolations(options);
    expect(violations, describeViolations(violations)).toEqual([]);
  });
});
