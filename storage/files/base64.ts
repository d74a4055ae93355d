/**
 * Bytes as text and back: base64 (RFC 4648 §4), as a backup holds a photo's bytes, and base64url
 * without padding (§5), as a signed file holds its signature. One codec for the store.
 */

export function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The bytes the text spells, or null when it is not base64 (`base64url` also reads `-` and `_`). */
export function fromBase64(text: string, alphabet: 'base64' | 'base64url' = 'base64'): Uint8Array | null {
  try {
    const binary = atob(alphabet === 'base64url' ? text.replace(/-/g, '+').replace(/_/g, '/') : text);
    const out = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
    return out;
  } catch {
    return null;
  }
}
