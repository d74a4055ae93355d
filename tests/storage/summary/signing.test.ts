import { createPublicKey, verify } from 'node:crypto';
import canonicalize from 'canonicalize';
import { describe, expect, it } from 'vitest';
import { summaryFormat } from '@/storage/admin/summaries';
import { BUILT_IN_CAMPAIGN } from '@/storage/campaign/store';
import { db } from '@/storage/db/database';
import { previewFiles } from '@/storage/rollup/preview';
import { commitFiles } from '@/storage/rollup/write';
import { saveProfile } from '@/storage/staff/profile';
import { exportSummary } from '@/storage/summary/build';
import type { Summary } from '@/storage/summary/schema';
import { verifyFile } from '@/storage/summary/signature';
import { ensureKeyPair, signSummary } from '@/storage/summary/signing';
import { recordOnBuiltIn, startOnBuiltIn } from '@/tests/fixtures/campaign';
import { generateSummaries, summaryFile } from '@/tests/fixtures/summaries.js';

const campaign = BUILT_IN_CAMPAIGN;
const AT = '2024-06-12T10:00:00+07:00';

async function exportedSummary(): Promise<Summary> {
  await startOnBuiltIn('2024-06-01T00:00:00Z');
  await saveProfile({ name: 'Hà Thị Thu', department: 'tong-hop' }, campaign, '2024-06-01T00:00:00Z');
  await recordOnBuiltIn('2024-06-12', 'tree-planting', 2, '2024-06-12', '2024-06-12T02:00:00Z');
  return exportSummary(campaign, AT, 'green-office-pledge test');
}

/** Node's own crypto, with none of the extension's code: what any third party could run. */
function nodeVerifies(file: unknown): boolean {
  const { signature, ...rest } = file as Summary;
  const key = createPublicKey({ key: signature!.publicKey as never, format: 'jwk' });
  return verify(
    'sha256',
    Buffer.from(canonicalize(rest)!),
    { key, dsaEncoding: 'ieee-p1363' },
    Buffer.from(signature!.value, 'base64url'),
  );
}

const asFile = (summary: unknown, name = 'file.json') => summaryFile(summary as Summary, name);

describe('the install’s key pair', () => {
  it('is made once, and its private key cannot be exported', async () => {
    const first = await ensureKeyPair('2024-06-01T00:00:00Z');
    const again = await ensureKeyPair('2024-06-02T00:00:00Z');
    expect(again.publicKey).toEqual(first.publicKey);
    expect(first.privateKey.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('jwk', first.privateKey)).rejects.toThrow();
    expect(first.publicKey).toEqual({ kty: 'EC', crv: 'P-256', x: expect.any(String), y: expect.any(String) });
  });
});

describe('a signed summary', () => {
  it('carries an ES256 signature that Node’s own crypto verifies over the canonical JSON', async () => {
    const summary = await exportedSummary();
    expect(summary.signature).toMatchObject({ alg: 'ES256', value: expect.stringMatching(/^[A-Za-z0-9_-]{86}$/) });
    // Through a file and back, as the office receives it.
    const received = JSON.parse(JSON.stringify(summary, null, 2));
    expect(nodeVerifies(received)).toBe(true);
    expect(await verifyFile(received)).toBe(true);
  });

  it.each([
    [
      'a name',
      (s: Summary) => ({ ...s, participant: { ...s.participant, name: s.participant.name.replace('Thu', 'Thư') } }),
    ],
    ['a count', (s: Summary) => ({ ...s, days: s.days.map((d) => ({ ...d, pledges: { 'tree-planting': 3 } })) })],
    ['the revision', (s: Summary) => ({ ...s, revision: s.revision + 1 })],
    [
      'one character of the signature',
      (s: Summary) => ({
        ...s,
        signature: {
          ...s.signature!,
          value: `${s.signature!.value[0] === 'A' ? 'B' : 'A'}${s.signature!.value.slice(1)}`,
        },
      }),
    ],
  ])('fails both checks when %s is changed by one character', async (_what, change) => {
    const tampered = change(await exportedSummary());
    expect(nodeVerifies(tampered)).toBe(false);
    expect(await verifyFile(tampered)).toBe(false);
  });

  it('does not depend on the order of the fields in the file (RFC 8785)', async () => {
    const summary = await exportedSummary();
    const reordered = Object.fromEntries(Object.entries(summary).reverse()) as Summary;
    expect(await verifyFile(reordered)).toBe(true);
    expect(nodeVerifies(reordered)).toBe(true);
  });
});

describe('the admin import of signed files', () => {
  const [person] = generateSummaries({ campaign, people: 1, seed: 5 }).summaries;

  async function importFiles(files: unknown[], at = '2024-07-01T00:00:00Z') {
    const verdicts = await previewFiles(
      summaryFormat,
      files.map((f, i) => asFile(f, `f${i}.json`)),
      campaign,
    );
    await commitFiles(summaryFormat, verdicts, campaign.id, at);
    return verdicts;
  }

  it('accepts a signed file as signed and pins its key', async () => {
    const signed = await signSummary(person!, AT);
    const [verdict] = await importFiles([signed]);
    expect(verdict).toMatchObject({ outcome: 'new', signed: true });
    expect((await db.submissions.toArray())[0]).toMatchObject({ signed: true });
    expect(await db.pins.get(person!.participant.id)).toMatchObject({ publicKey: signed.signature!.publicKey });
  });

  it('refuses a signed file changed after export, and writes nothing but its log line', async () => {
    const signed = await signSummary(person!, AT);
    const tampered = { ...signed, days: signed.days.slice(1) };
    const [verdict] = await importFiles([tampered]);
    expect(verdict).toMatchObject({ outcome: 'refused', reason: { rule: 'signature-invalid' } });
    expect(await db.submissions.count()).toBe(0);
    expect((await db.mergeLog.toArray())[0]).toMatchObject({
      outcome: 'refused',
      reason: { rule: 'signature-invalid' },
    });
  });

  it('accepts an unsigned file, marked unsigned in the preview, the store and the log', async () => {
    const [verdict] = await importFiles([person]);
    expect(verdict).toMatchObject({ outcome: 'new', signed: false });
    expect((await db.submissions.toArray())[0]).toMatchObject({ signed: false });
    expect((await db.mergeLog.toArray())[0]).toMatchObject({ signed: false });
  });
});
