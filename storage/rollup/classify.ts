import type { Checked } from '@/storage/files/read-many';
import { keyName } from '@/storage/summary/signature';
import { type AnyFormat, KEY_CHANGED, type Verdict } from './format';

/** The latest-wins rule, pure work on what was read and what is kept. */

/** What is kept for a slot: its version, and its fingerprint worked out only if asked. */
export interface Kept {
  version: number;
  fingerprint(): string;
}

/** A fingerprint worked out once, and only if asked: most files are never compared. */
export function lazy(print: () => string): () => string {
  let value: string | undefined;
  return () => (value ??= print());
}

/**
 * Sorts a batch against what is kept: per slot only the highest version can be new or an update;
 * a lower one is older (skipped); the same version again is an unchanged duplicate, or refused
 * when its content differs (an app never makes two files of one version). A signed file with
 * another key than the one pinned for whom it speaks for waits for a decision (held).
 */
export function classify<F>(
  format: AnyFormat<F>,
  reads: readonly { fileName: string; read: Checked<F> }[],
  kept: ReadonlyMap<string, Kept>,
  pins: ReadonlyMap<string, string> = new Map(),
): Verdict<F>[] {
  const best = new Map<string, Kept & { index: number }>();
  reads.forEach(({ read }, index) => {
    if (!read.ok) return;
    const slot = format.slot(read.file);
    const version = format.version(read.file);
    const current = best.get(slot);
    if (!current || version > current.version)
      best.set(slot, { version, index, fingerprint: lazy(() => format.fingerprint(read.file)) });
  });
  return reads.map(({ fileName, read }, index): Verdict<F> => {
    if (!read.ok) return { fileName, outcome: 'refused', reason: read.reason };
    const { file, signed } = read;
    const pinned = pins.get(format.who(file));
    if (signed && pinned !== undefined && pinned !== keyName(format.publicKey(file)!))
      return { fileName, outcome: 'held', file, signed, reason: KEY_CHANGED };
    const top = best.get(format.slot(file))!;
    const previous = kept.get(format.slot(file));
    const keptVersion = previous?.version;
    const version = format.version(file);
    if (index !== top.index) {
      if (version < top.version) return { fileName, outcome: 'older', file, signed, kept: keptVersion };
      return format.fingerprint(file) === top.fingerprint()
        ? { fileName, outcome: 'duplicate', file, signed, kept: keptVersion }
        : { fileName, outcome: 'refused', file, signed, reason: format.conflict };
    }
    if (!previous) return { fileName, outcome: 'new', file, signed };
    if (version > previous.version) return { fileName, outcome: 'updated', file, signed, kept: keptVersion };
    if (version < previous.version) return { fileName, outcome: 'older', file, signed, kept: keptVersion };
    return top.fingerprint() === previous.fingerprint()
      ? { fileName, outcome: 'duplicate', file, signed, kept: keptVersion }
      : { fileName, outcome: 'refused', file, signed, reason: format.conflict };
  });
}
