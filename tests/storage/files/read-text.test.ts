import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '@/storage/files/limits';
import { readText } from '@/storage/files/read-text';
import { bytesFile, legacyEncoded, oversized, PNG_BYTES, textFile, utf16le } from '@/tests/fixtures/damaged-files';

const VIETNAMESE = 'Phòng Hành chính tổ chức – Quản trị tài vụ 🌳';
const BOM = [0xef, 0xbb, 0xbf];
const withBom = (text: string) => bytesFile('f', Uint8Array.from([...BOM, ...new TextEncoder().encode(text)]));

describe('the one reader every import shares (issue #10)', () => {
  it('reads UTF-8 text as written', async () => {
    expect(await readText(textFile('f', VIETNAMESE), { bom: 'refuse' })).toEqual({ ok: true, text: VIETNAMESE });
  });

  it('refuses text in a legacy 8-bit encoding instead of storing it garbled with �', async () => {
    expect(await readText(bytesFile('f', legacyEncoded('Nguyễn Thị Hoà')), { bom: 'strip' })).toEqual({
      ok: false,
      issue: { path: '', rule: 'encoding' },
    });
  });

  it('refuses a picture picked by mistake as not UTF-8 text', async () => {
    expect(await readText(bytesFile('f', PNG_BYTES), { bom: 'strip', utf16: true })).toMatchObject({
      issue: { rule: 'encoding' },
    });
  });

  it('strips the byte order mark Notepad and Excel write, or refuses it for files exchanged between apps', async () => {
    expect(await readText(withBom('{}'), { bom: 'strip' })).toEqual({ ok: true, text: '{}' });
    expect(await readText(withBom('{}'), { bom: 'refuse' })).toEqual({ ok: false, issue: { path: '', rule: 'bom' } });
  });

  it('reads UTF-16 with its mark only where asked (Excel’s “Unicode text”), refused elsewhere', async () => {
    const file = () => bytesFile('f', utf16le(VIETNAMESE));
    expect(await readText(file(), { bom: 'strip', utf16: true })).toEqual({ ok: true, text: VIETNAMESE });
    expect(await readText(file(), { bom: 'strip' })).toMatchObject({ issue: { rule: 'encoding' } });
  });

  it('refuses a file over the limit before reading a byte of it, and reads one of exactly the limit', async () => {
    const huge = oversized('f', MAX_FILE_BYTES);
    expect(await readText(huge, { bom: 'strip' })).toEqual({ ok: false, issue: { path: '', rule: 'too-large' } });
    expect(huge.bytesRead).toBe(0);
    expect(await readText(bytesFile('f', new Uint8Array(MAX_FILE_BYTES).fill(0x20)), { bom: 'strip' })).toMatchObject({
      ok: true,
    });
  });

  it('stops reading a file that says nothing of its size as soon as it passes the limit', async () => {
    const huge = oversized('f', 1024 * 1024);
    const unsized = { stream: () => huge.stream() };
    expect(await readText(unsized, { bom: 'strip', limit: 100_000 })).toMatchObject({ issue: { rule: 'too-large' } });
    expect(huge.bytesRead).toBeLessThan(200_000);
  });

  it('says a file that cannot be read is unreadable, without throwing', async () => {
    const gone = { stream: () => new ReadableStream<Uint8Array>({ pull: (c) => c.error(new Error('gone')) }) };
    expect(await readText(gone, { bom: 'strip' })).toEqual({ ok: false, issue: { path: '', rule: 'unreadable' } });
  });
});
