import { describe, expect, it } from 'vitest';
import { base64url, fromBase64 } from '@/storage/files/base64';

const bytes = new Uint8Array([0xff, 0xd8, 0xfb, 0xef, 0x3e, 0x00, 0x7f, 0xd9]);

describe('bytes as text and back', () => {
  it('reads back every byte it wrote, in both alphabets', () => {
    expect(base64url(bytes)).toBe('_9j77z4Af9k');
    expect(fromBase64(base64url(bytes), 'base64url')).toEqual(bytes);
    expect(fromBase64(btoa(String.fromCharCode(...bytes)))).toEqual(bytes);
    expect(fromBase64('/9j77z4Af9k=')).toEqual(bytes);
  });

  it.each([
    ['text that is not base64', 'ceci n’est pas une photo', 'base64'],
    ['a length no base64 has', 'abcde', 'base64'],
    ['the url alphabet where base64 is expected', '_9j77z4Af9k', 'base64'],
    ['a character of neither alphabet', '_9j7*z4Af9k', 'base64url'],
  ] as const)('gives nothing for %s', (_, text, alphabet) => {
    expect(fromBase64(text, alphabet)).toBeNull();
  });
});
