import { describe, expect, it, vi } from 'vitest';
import { type ClipboardDeps, copyPicture, copyText } from '@/components/share/clipboard';

/** A browser whose clipboard permission is held or not, and answers a request with `answer`. */
function fakeDeps(held: boolean, answer: boolean) {
  const written: unknown[] = [];
  const deps = {
    permissions: { contains: vi.fn(async () => held), request: vi.fn(async () => answer) },
    clipboard: {
      write: vi.fn(async (items: unknown[]) => void written.push(...items)),
      writeText: vi.fn(async (text: string) => void written.push(text)),
    },
    makeItem: (blob: Promise<Blob>) => ({ blob }) as unknown as ClipboardItem,
  };
  return { deps: deps as unknown as ClipboardDeps, raw: deps, written };
}
const png = () => Promise.resolve(new Blob(['png'], { type: 'image/png' }));

describe('copying a picture or its text', () => {
  it('asks for the optional clipboard permission at the first copy, then copies', async () => {
    const { deps, raw, written } = fakeDeps(false, true);
    expect(await copyPicture(png(), deps)).toBe('copied');
    expect(raw.permissions.request).toHaveBeenCalledWith({ permissions: ['clipboardWrite'] });
    expect(written).toHaveLength(1);
  });

  it('does not ask again once the permission is held', async () => {
    const { deps, raw, written } = fakeDeps(true, false);
    expect(await copyText('Tôi đã tham gia 5/6 ngày', deps)).toBe('copied');
    expect(raw.permissions.request).not.toHaveBeenCalled();
    expect(written).toEqual(['Tôi đã tham gia 5/6 ngày']);
  });

  it('writes nothing when the person refuses the permission', async () => {
    const { deps, written } = fakeDeps(false, false);
    expect(await copyPicture(png(), deps)).toBe('refused');
    expect(await copyText('x', deps)).toBe('refused');
    expect(written).toEqual([]);
  });
});
