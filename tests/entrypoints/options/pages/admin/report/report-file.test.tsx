import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { setAdminMode } from '@/storage/admin/office';
import { summaryFormat } from '@/storage/admin/summaries';
import { BUILT_IN_CAMPAIGN } from '@/storage/campaign/store';
import { db } from '@/storage/db/database';
import { readReportText } from '@/storage/report-file/read';
import { previewFiles } from '@/storage/rollup/preview';
import { commitFiles } from '@/storage/rollup/write';
import { renderApp } from '@/tests/entrypoints/options/app';
import { startOnBuiltIn } from '@/tests/fixtures/campaign';
import { catchDownloads, type SavedFile } from '@/tests/fixtures/downloads';
import { generateSummaries, summaryFile } from '@/tests/fixtures/summaries.js';

const NOW = Date.parse('2024-07-01T03:00:00Z');
const campaign = BUILT_IN_CAMPAIGN;
const BUTTON = 'Tải tệp báo cáo gửi cấp trên (.json)';
let saved: SavedFile[];
/** The admin page draws its charts first: on a busy machine that takes more than a second. */
const SLOW = { timeout: 10_000 };

beforeEach(async () => {
  await startOnBuiltIn('2024-06-01T00:00:00Z');
  await setAdminMode(true, '2024-07-01T00:00:00Z');
  const { summaries } = generateSummaries({ campaign, people: 12, seed: 3 });
  await commitFiles(
    summaryFormat,
    await previewFiles(
      summaryFormat,
      summaries.map((s) => summaryFile(s)),
      campaign,
    ),
    campaign.id,
    '2024-07-01T09:00:00+07:00',
  );
  saved = catchDownloads();
  window.location.hash = '#admin/report';
});

describe('the report file for the level above, on the admin page', () => {
  it('asks a campaign without an organisation id for one, and refuses one in capitals, writing nothing', async () => {
    renderApp(() => NOW);
    const id = await screen.findByLabelText('Mã cơ quan', {}, SLOW);
    fireEvent.input(id, { target: { value: 'VP UBND' } });
    fireEvent.click(screen.getByRole('button', { name: BUTTON }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      '«Mã cơ quan»: mã cơ quan chỉ gồm a–z, 0–9 và dấu gạch ngang, dài 1–64 ký tự. Chưa tạo tệp.',
    );
    expect(id.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(id);
    expect(saved).toEqual([]);
    expect(await db.reportDetails.count()).toBe(0);
  });

  it('saves the signed file for the whole campaign as <organisationId>-<period>.json, and keeps the id typed', async () => {
    renderApp(() => NOW);
    fireEvent.input(await screen.findByLabelText('Mã cơ quan', {}, SLOW), { target: { value: 'vp-ubnd-backan' } });
    expect((screen.getByLabelText('Tên cơ quan') as HTMLInputElement).value).toBe(campaign.organisation.vi);
    fireEvent.click(screen.getByRole('button', { name: BUTTON }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]!.name).toBe('vp-ubnd-backan-2024-06-05_2024-06-30.json');
    const read = await readReportText(await saved[0]!.blob.text(), campaign);
    expect(read).toMatchObject({
      ok: true,
      signed: true,
      report: {
        organisation: { id: 'vp-ubnd-backan', name: campaign.organisation },
        period: { start: campaign.start },
      },
    });
    expect(await screen.findByText('Đã tạo tệp «vp-ubnd-backan-2024-06-05_2024-06-30.json».')).toBeTruthy();
    expect(await db.reportDetails.get(campaign.id)).toMatchObject({ organisationId: 'vp-ubnd-backan' });
  });

  it('names the campaign’s own organisation when its file gives an id, and asks nothing', async () => {
    await db.campaigns.toCollection().modify((row) => {
      (row as { campaign: { organisationId?: string } }).campaign.organisationId = 'vp-tinh-uy';
    });
    renderApp(() => NOW);
    expect(
      await screen.findByText(`Cơ quan báo cáo: ${campaign.organisation.vi} (mã vp-tinh-uy).`, {}, SLOW),
    ).toBeTruthy();
    expect(screen.queryByLabelText('Mã cơ quan')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: BUTTON }));
    await waitFor(() => expect(saved.map((f) => f.name)).toEqual(['vp-tinh-uy-2024-06-05_2024-06-30.json']));
  });
});
