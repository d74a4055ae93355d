import canonicalize from 'canonicalize';
import { db, type KeyRow } from './db';
import type { Summary } from './summary-schema';

/**
 * Signed summaries (FORMATS.md §2, issue #5): ECDSA P-256 with SHA-256 over the RFC 8785
 * canonical JSON of the file without `signature`. The private key is made non-extractable and
 * kept in IndexedDB. A signature shows the file is unchanged since this install exported it; it
 * cannot show that what a person recorded is true.
 */

const ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const SIGNING = { name: 'ECDSA', hash: 'SHA-256' } as const;

/** The install's key pair, made once. */
export async function ensureKeyPair(at: string, subtle: SubtleCrypto = crypto.subtle): Promise<KeyRow> {
  const existing = await db.keys.get('me');
  if (existing) return existing;
  // Made outside any transaction: Web Crypto is not IndexedDB and would end one early.
  const pair = (await subtle.generateKey(ALGORITHM, false, ['sign', 'verify'])) as CryptoKeyPair;
  const publicKey = publicPart(await subtle.exportKey('jwk', pair.publicKey));
  const row: KeyRow = { id: 'me', privateKey: pair.privateKey, publicKey, createdAt: at };
  // Two pages may race on the first run: the first key written wins, the other is dropped.
  await db.transaction('rw', db.keys, async () => {
    if (!(await db.keys.get('me'))) await db.keys.add(row);
  });
  return (await db.keys.get('me'))!;
}

/** Only what identifies a public key, in a fixed shape. */
function publicPart(jwk: JsonWebKey): JsonWebKey {
  return { kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y };
}

/** A stable name for a public key: its canonical JSON (the input of an RFC 7638 thumbprint). */
export function keyName(jwk: JsonWebKey): string {
  return canonicalize(publicPart(jwk))!;
}

/** The bytes that are signed: the canonical JSON of the file without `signature`. */
export function signedBytes(summary: Summary): Uint8Array {
  const { signature: _signature, ...rest } = summary;
  return new TextEncoder().encode(canonicalize(rest)!);
}

export function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** The summary with its signature, made with this install's key. */
export async function signSummary(summary: Summary, at: string, subtle: SubtleCrypto = crypto.subtle): Promise<Summary> {
  const key = await ensureKeyPair(at, subtle);
  const value = new Uint8Array(await subtle.sign(SIGNING, key.privateKey, signedBytes(summary) as BufferSource));
  return { ...summary, signature: { alg: 'ES256', publicKey: key.publicKey as Record<string, unknown>, value: base64url(value) } };
}

/** Whether the signature fits the file; false for a file with none or a broken key. */
export async function verifySummary(summary: Summary, subtle: SubtleCrypto = crypto.subtle): Promise<boolean> {
  const signature = summary.signature;
  if (!signature) return false;
  try {
    const key = await subtle.importKey('jwk', signature.publicKey as JsonWebKey, ALGORITHM, false, ['verify']);
    return await subtle.verify(SIGNING, key, fromBase64url(signature.value) as BufferSource, signedBytes(summary) as BufferSource);
  } catch {
    return false;
  }
}
