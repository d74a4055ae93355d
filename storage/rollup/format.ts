import type { Table } from 'dexie';
import type { MergeOutcome } from '@/storage/db/database';
import type { FileIssue } from '@/storage/files/file-issues';
import type { Checked } from '@/storage/files/read-many';
import type { Campaign } from '@/storage/types';

/**
 * A kind of file that rolls up into the level above (staff summaries into departments, office
 * reports into agencies, …), as the engine of this folder needs it: how one file's text is
 * checked, what it is about, which of two files wins, and where its rows go. A new kind is one
 * object of this shape; reading, preview, whole-file writes, latest-wins, key pinning, held files
 * and the log are the engine's (./preview.ts, ./write.ts, ./held.ts).
 */
export interface RollupFormat<
  F,
  Row = unknown,
  Held extends HeldShape = HeldShape,
  Line extends LineShape = LineShape,
> {
  /** One file's text against every rule of the format, its signature verified. */
  check(text: string, campaign: Campaign): Promise<Checked<F>>;
  /** Files read at once: enough to keep the browser's reads busy, few enough to bound memory. */
  readingAtOnce: number;
  /** Who the file speaks for: the one whose signing key is pinned (a person, an organisation). */
  who(file: F): string;
  /** Who and which period: two files with the same slot compete, the latest wins. */
  slot(file: F): string;
  /** Which of two files of a slot is later: a number that grows (a revision, an instant). */
  version(file: F): number;
  /** What decides whether two files of the same version are the same file. */
  fingerprint(file: F): string;
  /** The public key the file was signed with, when it carries a signature. */
  publicKey(file: F): JsonWebKey | undefined;
  /** Two files of one slot and version with different content: refused for this reason. */
  conflict: FileIssue;
  /** How much a file weighs in a transaction (e.g. the days it holds). */
  size(file: F): number;
  /** At most this many whole files, and this much of them, a transaction. */
  perTransaction: { files: number; size: number };
  store: RollupStore<F, Row, Held, Line>;
}

export interface HeldShape {
  id: string;
  campaignId: string;
  fileName: string;
  receivedAt: string;
}

export interface LineShape {
  id: string;
  campaignId: string;
  at: string;
  order?: number;
  fileName: string;
  outcome: MergeOutcome;
  reason?: FileIssue;
}

export interface PinShape {
  key: string;
  publicKey: JsonWebKey;
  pinnedAt: string;
}

// biome-ignore lint/suspicious/noExplicitAny: each table has its own key (a tuple of strings); the format hands keys in.
type AnyKey = any;

/** The format's tables (Dexie) and rows: the engine writes them, never naming a field. */
export interface RollupStore<F, Row, Held extends HeldShape, Line extends LineShape> {
  /** The kept files: one row a slot, keyed by `keyOf`. */
  kept: Table<Row, AnyKey>;
  /** Tables written with `kept` in the same transaction, each with the row it derives. */
  derived: { table: Table<AnyKey, AnyKey>; of(row: Row, file: F): unknown }[];
  /** The kept row's primary key: the campaign's id first, then the slot's parts. */
  keyOf(campaignId: string, file: F): string[];
  /** The slot a kept row's primary key names. */
  slotOfKey(key: string[]): string;
  rowOf(file: F, signed: boolean, campaignId: string, fileName: string, at: string): Row;
  keptVersion(row: Row): number;
  keptFingerprint(row: Row): string;
  /** Keys first seen for each `who`. */
  pins: Table<AnyKey, string>;
  pinOf(who: string, pin: PinShape): PinShape;
  /** Files held for a decision on a changed key. */
  held: Table<AnyKey, string>;
  heldOf(file: F, row: HeldShape): Held;
  fileOfHeld(row: Held): F;
  /** The merge log. */
  log: Table<AnyKey, string>;
  lineOf(verdict: Verdict<F>, line: Omit<LineShape, 'fileName' | 'outcome' | 'reason'>): Line;
}

/** What the preview says of one file, and what the log keeps of it. */
export type Verdict<F> =
  /** A refused file that could be read (a conflict) still names who it is for. */
  | { fileName: string; outcome: 'refused'; reason: FileIssue; file?: F; signed?: boolean }
  | {
      fileName: string;
      outcome: Exclude<MergeOutcome, 'refused'>;
      file: F;
      signed: boolean;
      /** The version kept before, when there was one. */
      kept?: number;
      reason?: FileIssue;
    };

// biome-ignore lint/suspicious/noExplicitAny: a format's rows are its own; the engine only passes them on.
export type AnyFormat<F, Line extends LineShape = any> = RollupFormat<F, any, any, Line>;

export const KEY_CHANGED: FileIssue = { path: 'signature.publicKey', rule: 'key-changed' };
/** The store would not take the file (its own transaction failed): nothing of it was written. */
export const NOT_WRITTEN: FileIssue = { path: '', rule: 'write-failed' };
