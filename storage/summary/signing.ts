import { db, type KeyRow } from '@/storage/db/database';
import { base64url } from '@/storage/files/base64';
import type { Summary } from './schema';
import { ALGORITHM, publicPart, SIGNING, type SignedFile, signedBytes } from './signature';

/**
 * Signed summaries (docs/formats.md §2): ECDSA P-256 with SHA-256 over the RFC 8785
 * canonical JSON of the file without `signature`. The private key is made non-extractable and
 * kept in IndexedDB. A signature shows the file is unchanged since this install exported it; it
 * cannot show that what a person recorded is true.
 */

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

/** A file (a summary, an office report) with its signature, made with this install's key. */
export async function signFile<T extends SignedFile>(
  file: T,
  at: string,
  subtle: SubtleCrypto = crypto.subtle,
): Promise<T> {
  const key = await ensureKeyPair(at, subtle);
  const value = new Uint8Array(await subtle.sign(SIGNING, key.privateKey, signedBytes(file) as BufferSource));
  return {
    ...file,
    signature: { alg: 'ES256', publicKey: key.publicKey as Record<string, unknown>, value: base64url(value) },
  };
}

/** The summary with its signature, made with this install's key. */
export const signSummary = (summary: Summary, at: string, subtle: SubtleCrypto = crypto.subtle): Promise<Summary> =>
  signFile(summary, at, subtle);
