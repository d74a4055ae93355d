import { describe, expect, it, vi } from 'vitest';
import { readCampaignFile } from '@/storage/campaign/file';
import { validCampaignJson } from '@/tests/fixtures/campaign';

const FIVE_MB = 5 * 1024 * 1024;
const validText = JSON.stringify(validCampaignJson());

describe('reading a campaign file picked by the person', () => {
  it('loads a valid file', async () => {
    const file = new File([validText], 'campaign.json', { type: 'application/json' });
    expect(await readCampaignFile(file)).toMatchObject({ ok: true, campaign: { id: 'test-campaign-2024' } });
  });

  it('loads a file saved with a byte order mark', async () => {
    const file = new File([new Uint8Array([0xef, 0xbb, 0xbf]), validText], 'campaign.json');
    expect(await readCampaignFile(file)).toMatchObject({ ok: true });
  });

  it('refuses a file that is not JSON with the JSON rule', async () => {
    const file = new File(['<html>not a campaign</html>'], 'campaign.json');
    expect(await readCampaignFile(file)).toEqual({ ok: false, issue: { path: '', rule: 'json' } });
  });

  // Issue #10: the file is read as bytes by the shared reader, so these fakes count bytes, not `text()` calls.
  it('refuses a file over 5 MB without reading its bytes', async () => {
    const stream = vi.fn(() => new Blob([validText]).stream());
    expect(await readCampaignFile({ size: FIVE_MB + 1, stream })).toEqual({
      ok: false,
      issue: { path: '', rule: 'too-large' },
    });
    expect(stream).not.toHaveBeenCalled();
  });

  it('reads a file of exactly 5 MB', async () => {
    const stream = vi.fn(() => new Blob([validText]).stream());
    expect(await readCampaignFile({ size: FIVE_MB, stream })).toMatchObject({ ok: true });
    expect(stream).toHaveBeenCalledOnce();
  });

  it('refuses a real 5 MB + 1 byte file as too large, not as broken JSON', async () => {
    const file = new File([new Uint8Array(FIVE_MB + 1)], 'huge.json');
    expect(await readCampaignFile(file)).toEqual({ ok: false, issue: { path: '', rule: 'too-large' } });
  });
});
