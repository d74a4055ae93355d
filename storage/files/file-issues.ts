import type * as v from 'valibot';

/**
 * Every rule a file can break, by code. Each has a message in each language
 * (`components/i18n/vi/rules.ts` and its English twin, keyed `rule.<code>`): the type checker holds the two together.
 */
export const RULE_CODES = [
  'bulletin-format',
  'figure',
  'campaign-ended',
  'required',
  'json',
  'format',
  'version',
  'version-newer',
  'type-object',
  'type-string',
  'type-label',
  'type-array',
  'type-number',
  'type-integer',
  'type-boolean',
  'type-date',
  'text-empty',
  'text-long',
  'plan-text-long',
  'date',
  'time-zone',
  'campaign-id',
  'pledge-id',
  'department-id',
  'duplicate-id',
  'pledge-kind',
  'weekday',
  'weekday-duplicate',
  'headcount',
  'impact-negative',
  'backfill',
  'departments-empty',
  'pledges-empty',
  'end-before-start',
  'window-too-long',
  'holiday-outside',
  'no-working-day',
  'summary-format',
  'participant-id',
  'participant-name',
  'revision',
  'timestamp',
  'count',
  'note-long',
  'date-duplicate',
  'date-outside',
  'date-after-export',
  'campaign-mismatch',
  'department-unknown',
  'pledge-unknown',
  'daily-count',
  'signature',
  'backup-format',
  'backup-foreign',
  'backup-damaged',
  'bom',
  'revision-conflict',
  'roster-empty',
  'forbidden-key',
  'backup-too-large',
  'unreadable',
  'signature-invalid',
  'key-changed',
  'write-failed',
  'encoding',
  'too-large',
  'policy-value',
  'campaign-managed',
  'organisation-id',
  'agency-id',
  'roster-columns',
  'roster-too-long',
  'backup-header',
  'backup-incomplete',
  'too-deep',
  'report-format',
  'report-campaign',
  'period-outside',
  'date-outside-period',
  'unit-id',
  'unit-kind',
  'report-figure',
  'took-part-over',
  'participants-over',
  'report-conflict',
  'indicator-code',
  'indicator-value',
  'indicator-whole',
  'indicator-sum',
  'report-every',
  'activity-kind',
  'activity-title',
] as const;

export type RuleCode = (typeof RULE_CODES)[number];
const KNOWN = new Set<string>(RULE_CODES);
const isRuleCode = (code: string): code is RuleCode => KNOWN.has(code);

/** Why a file was refused: where in it, and which rule (translated as `rule.<code>`). */
export interface FileIssue {
  /** Where in the file, e.g. `pledges[2].id`; empty for the whole file. */
  path: string;
  rule: RuleCode;
}

/**
 * The first valibot issue as a rule a person can read. Schemas give rule codes as messages;
 * valibot's own English text (for shapes given no code) falls back to a generic rule, and a
 * field left out is reported as missing unless its own rule says more (a label's `vi`).
 */
export function firstIssue(issues: readonly v.BaseIssue<unknown>[]): FileIssue {
  const [issue] = issues;
  const path = (issue?.path ?? []).reduce<string>(
    (out, { key }) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    '',
  );
  const rule: RuleCode = issue && isRuleCode(issue.message) ? issue.message : 'type-object';
  return { path, rule: rule === 'type-object' && path && issue?.received === 'undefined' ? 'required' : rule };
}

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/** A place in parsed JSON. Its path is built only when asked: a path for every place is O(depth²) when deep. */
interface Place {
  value: unknown;
  key?: string | number;
  parent?: Place;
  depth: number;
}

/** A path of more keys than this is shown shortened in the middle: a person reads its ends, not 200,000 `[0]`. */
const SHOWN_KEYS = 12;

function pathOf(place: Place): string {
  const keys: (string | number)[] = [];
  for (let at: Place | undefined = place; at?.key !== undefined; at = at.parent) keys.push(at.key);
  keys.reverse();
  const join = (part: (string | number)[], start = '') =>
    part.reduce<string>(
      (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${key}` : key),
      start,
    );
  if (keys.length <= SHOWN_KEYS) return join(keys);
  const tail = join(keys.slice(-3), '…');
  return `${join(keys.slice(0, SHOWN_KEYS - 3))}${tail.startsWith('….') ? `…${tail.slice(2)}` : tail}`;
}

/**
 * The first place, in the file's order, where `found` holds; the walk keeps its own stack
 * instead of recursing: a file nested 100,000 deep once overflowed the call stack.
 */
function firstPlace(value: unknown, found: (place: Place) => boolean): string | null {
  const stack: Place[] = [{ value, depth: 0 }];
  for (let place = stack.pop(); place !== undefined; place = stack.pop()) {
    if (found(place)) return pathOf(place);
    const here = place.value;
    if (typeof here !== 'object' || here === null) continue;
    const parent = place;
    const depth = place.depth + 1;
    const children: Place[] = Array.isArray(here)
      ? here.map((item, key) => ({ value: item, key, parent, depth }))
      : Object.keys(here).map((key) => ({ value: (here as Record<string, unknown>)[key], key, parent, depth }));
    // Reversed onto the stack, so that the first child is looked into first.
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return null;
}

/**
 * Where parsed JSON holds a key that JavaScript treats specially (`__proto__` …). Schema
 * libraries skip such keys silently, so a file holding one is refused before validation
 * rather than read as if the key were not there.
 */
export function forbiddenKeyPath(value: unknown): string | null {
  return firstPlace(value, (place) => typeof place.key === 'string' && FORBIDDEN.has(place.key));
}

/** Where parsed JSON nests deeper than `max` objects and arrays (the first such place). */
export function deeperThan(value: unknown, max: number): string | null {
  return firstPlace(value, (place) => place.depth > max && typeof place.value === 'object' && place.value !== null);
}

/** An object or array being walked by `keysOrDepth`: a `Place` with the keys of its children and where it is. */
interface Frame extends Place {
  keys: readonly string[] | null;
  next: number;
}

/**
 * `forbiddenKeyPath` and `deeperThan` in one walk, with the same answers (the two walks
 * were a large part of reading a big report): a forbidden key anywhere first, else the first place
 * deeper than `max`. Only objects and arrays get a place of their own; leaves are looked at in passing.
 */
export function keysOrDepth(value: unknown, max: number): FileIssue | null {
  if (typeof value !== 'object' || value === null) return null;
  let deep: string | null = null;
  const frameOf = (here: object, key: string | number | undefined, parent: Frame | undefined, depth: number) => ({
    value: here,
    key,
    parent,
    depth,
    keys: Array.isArray(here) ? null : Object.keys(here),
    next: 0,
  });
  const stack: Frame[] = [frameOf(value, undefined, undefined, 0)];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    const here = frame.value as Record<string, unknown> & unknown[];
    const count = frame.keys ? frame.keys.length : here.length;
    if (frame.next >= count) {
      stack.pop();
      continue;
    }
    const key = frame.keys ? frame.keys[frame.next]! : frame.next;
    frame.next++;
    if (typeof key === 'string' && FORBIDDEN.has(key))
      return { path: pathOf({ value: undefined, key, parent: frame, depth: frame.depth + 1 }), rule: 'forbidden-key' };
    const child = here[key as never] as unknown;
    if (typeof child !== 'object' || child === null) continue;
    const place = frameOf(child, key, frame, frame.depth + 1);
    if (deep === null && place.depth > max) deep = pathOf(place);
    stack.push(place);
  }
  return deep === null ? null : { path: deep, rule: 'too-deep' };
}
