import canonicalize from 'canonicalize';
import { fromBase64 } from '@/storage/files/base64';
import type { FileIssue } from '@/storage/files/file-issues';
import type { Checked } from '@/storage/files/read-many';

/**
 * The signature of a file without any stored key (docs/formats.md §2, and §4 signs office reports
 * the same way): what a reader needs to check a file, with no database imported. Signing with this
 * install's key is in `signing.ts`. One implementation for every signed file.
 */

/** A file that may carry a signature of docs/formats.md §2. */
export interface SignedFile {
  signature?: { alg: 'ES256'; publicKey: Record<string, unknown>; value: string };
}

export const ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256' } as const;
export const SIGNING = { name: 'ECDSA', hash: 'SHA-256' } as const;

/** Only what identifies a public key, in a fixed shape. */
export function publicPart(jwk: JsonWebKey): JsonWebKey {
  return { kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y };
}

/** A stable name for a public key: its canonical JSON (the input of an RFC 7638 thumbprint). */
export function keyName(jwk: JsonWebKey): string {
  return canonicalize(publicPart(jwk))!;
}

/** The bytes that are signed: the canonical JSON of the file without `signature`. */
export function signedBytes(file: SignedFile): Uint8Array {
  const { signature: _signature, ...rest } = file;
  return new TextEncoder().encode(canonicalize(rest)!);
}

/** The signature's encoding, named here too: whoever signs a file imports this module alone. */
export { base64url } from '@/storage/files/base64';

/** Whether the signature fits the file; false for a file with none or a broken key. */
export async function verifyFile(file: SignedFile, subtle: SubtleCrypto = crypto.subtle): Promise<boolean> {
  const signature = file.signature;
  const value = signature ? fromBase64(signature.value, 'base64url') : null;
  if (!signature || !value) return false;
  try {
    const key = await subtle.importKey('jwk', signature.publicKey as JsonWebKey, ALGORITHM, false, ['verify']);
    return await subtle.verify(SIGNING, key, value as BufferSource, signedBytes(file) as BufferSource);
  } catch {
    return false;
  }
}

/**
 * A signed format's text against its rules: JSON first, then `validate`, then the signature. An
 * unsigned file is accepted (and marked so); a signature that does not fit is refused.
 */
export async function checkSigned<F extends SignedFile>(
  text: string,
  validate: (json: unknown) => { ok: true; file: F } | { ok: false; issue: FileIssue },
): Promise<Checked<F>> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, reason: { path: '', rule: 'json' } };
  }
  const result = validate(json);
  if (!result.ok) return { ok: false, reason: result.issue };
  if (!result.file.signature) return { ok: true, file: result.file, signed: false };
  if (!(await verifyFile(result.file))) return { ok: false, reason: { path: 'signature', rule: 'signature-invalid' } };
  return { ok: true, file: result.file, signed: true };
}
