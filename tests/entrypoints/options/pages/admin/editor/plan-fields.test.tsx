import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setAdminMode } from '@/storage/admin/office';
import { BUILT_IN_CAMPAIGN, loadCampaign } from '@/storage/campaign/store';
import type { Campaign } from '@/storage/types';
import { renderApp } from '@/tests/entrypoints/options/app';
import { startOnBuiltIn } from '@/tests/fixtures/campaign';
import { catchDownloads, type SavedFile } from '@/tests/fixtures/downloads';

// The plan's parts in the campaign editor: drafted from the campaign until the office writes its
// own, which then travels in the campaign file and in the Word plan, unchanged.

/** Thursday 1 May 2025, 10:00 in Vietnam: the built-in campaign (June 2024) has ended. */
const NOW = Date.parse('2025-05-01T03:00:00Z');
let saved: SavedFile[] = [];

beforeEach(async () => {
  window.location.hash = '#admin/campaign';
  saved = catchDownloads();
  await startOnBuiltIn('2024-06-01T00:00:00Z');
  await setAdminMode(true, '2025-05-01T00:00:00Z');
});
afterEach(() => vi.restoreAllMocks());

async function openEditor() {
  renderApp(() => NOW);
  const editor = within(await screen.findByRole('region', { name: 'Soạn tệp chiến dịch' }, { timeout: 10_000 }));
  // The drafts are written once both languages' words have loaded.
  await waitFor(() => expect(part(editor, 'I. Mục đích, yêu cầu').value).toMatch(/^Nhằm kêu gọi/), { timeout: 5000 });
  return editor;
}
type Editor = Awaited<ReturnType<typeof openEditor>>;

const type = (input: HTMLElement, value: string) => fireEvent.input(input, { target: { value } });
const part = (editor: Editor, name: string, lang: 'vi' | 'en' = 'vi') =>
  editor.getByLabelText(
    lang === 'vi' ? `${name} (tiếng Việt)` : `${name} (tiếng Anh, không bắt buộc)`,
  ) as HTMLTextAreaElement;
const III = 'III. Tổ chức thực hiện';

async function exported(editor: Editor): Promise<Campaign> {
  fireEvent.click(editor.getByRole('button', { name: 'Xuất tệp chiến dịch (.json)' }));
  await waitFor(() => expect(saved.some((f) => f.name.endsWith('.json'))).toBe(true));
  return JSON.parse(await saved.find((f) => f.name.endsWith('.json'))!.blob.text());
}

describe('the plan’s parts in the campaign editor', () => {
  it('are drafted from the campaign and follow its dates, saying what changed', async () => {
    const editor = await openEditor();
    expect(part(editor, III).value).toContain('chậm nhất ngày 01/7/2024');
    expect(editor.getAllByText('Soạn từ chiến dịch, tự đổi theo chiến dịch.')).toHaveLength(3);
    type(editor.getByLabelText(/^Mã chiến dịch/), 'backan-vp-wed-2025');
    type(editor.getByLabelText('Ngày kết thúc'), '2024-07-05');
    // Friday 5 July: the last summary goes in on Monday 8 July.
    await waitFor(() => expect(part(editor, III).value).toContain('chậm nhất ngày 08/7/2024'));
    expect(editor.getByText('Đã đổi so với chiến dịch ban đầu: thời gian.')).toBeTruthy();
    const file = await exported(editor);
    // Drafted parts are not written into the file: they are drafted again from it.
    expect(file.planText).toBeUndefined();
  }, 20_000);

  it('keep what the office wrote when the campaign changes, and the file carries it', async () => {
    const editor = await openEditor();
    const draftedEn = part(editor, 'I. Mục đích, yêu cầu', 'en').value;
    type(editor.getByLabelText(/^Mã chiến dịch/), 'backan-vp-wed-2025');
    type(part(editor, 'I. Mục đích, yêu cầu'), 'Mục đích do văn phòng viết.');
    type(editor.getByLabelText('Ngày kết thúc'), '2024-07-05');
    await waitFor(() => expect(part(editor, III).value).toContain('08/7/2024'));
    expect(part(editor, 'I. Mục đích, yêu cầu').value).toBe('Mục đích do văn phòng viết.');
    expect(editor.getByText('Phần do bạn viết được giữ nguyên, hãy xem lại: I. Mục đích, yêu cầu.')).toBeTruthy();
    const file = await exported(editor);
    expect(file.planText).toEqual({ purpose: { vi: 'Mục đích do văn phòng viết.', en: draftedEn } });
    expect(file.end).toBe('2024-07-05');

    // The Word plan from the same page says the office's purpose and the new dates.
    fireEvent.click(editor.getByRole('button', { name: 'Tải kế hoạch Word (.docx)' }));
    await waitFor(() => expect(saved.some((f) => f.name === 'ke-hoach_backan-vp-wed-2025.docx')).toBe(true), {
      timeout: 15_000,
    });
    const docx = saved.find((f) => f.name.endsWith('.docx'))!;
    const zip = await JSZip.loadAsync(await docx.blob.arrayBuffer());
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('Mục đích do văn phòng viết.');
    expect(xml).toContain('Từ ngày 05/6/2024 đến ngày 05/7/2024');

    fireEvent.click(editor.getByRole('button', { name: 'Soạn lại phần «I. Mục đích, yêu cầu» từ chiến dịch' }));
    expect(part(editor, 'I. Mục đích, yêu cầu').value).toMatch(/^Nhằm kêu gọi/);
  }, 30_000);

  it('come back unchanged from a campaign file that has them', async () => {
    const campaign: Campaign = {
      ...structuredClone(BUILT_IN_CAMPAIGN),
      id: 'backan-vp-wed-2025',
      start: '2025-06-05',
      end: '2025-06-30',
      plan: { vi: 'Kế hoạch hưởng ứng Tháng hành động vì môi trường năm 2025' },
      planText: {
        tasks: { vi: 'Tuyên truyền trên Cổng TTĐT tỉnh.\nTreo băng rôn tại trụ sở.', en: 'Posts on the portal.' },
        implementation: { vi: 'Phòng HCTC-QTTV tổng hợp, báo cáo.' },
      },
    };
    expect(await loadCampaign(campaign, '2025-05-01T00:00:00Z')).toEqual({ ok: true });
    const editor = await openEditor();
    expect(part(editor, 'II. Nội dung: các việc sau danh sách cam kết').value).toBe(campaign.planText!.tasks!.vi);
    expect(part(editor, III).value).toBe('Phòng HCTC-QTTV tổng hợp, báo cáo.');
    expect(part(editor, III, 'en').value).toBe('');
    expect(await exported(editor)).toEqual(campaign);
  }, 20_000);
});
