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
  'roster-columns',
  'roster-too-long',
  'backup-header',
  'backup-incomplete',
] as const;

export type RuleCode = (typeof RULE_CODES)[number];
const KNOWN = new Set<string>(RULE_CODES);
export const isRuleCode = (code: string): code is RuleCode => KNOWN.has(code);

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

/**
 * Where parsed JSON holds a key that JavaScript treats specially (`__proto__` …). Schema
 * libraries skip such keys silently, so a file holding one is refused before validation
 * rather than read as if the key were not there. The scan keeps its own stack instead of
 * recursing (issue #10): a file nested 100,000 deep once overflowed the call stack here.
 * The first such key in the file's order is the one named.
 */
export function forbiddenKeyPath(value: unknown, path = ''): string | null {
  const stack: { value: unknown; path: string; key?: string }[] = [{ value, path }];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    if (next.key !== undefined && FORBIDDEN.has(next.key)) return next.path;
    const here = next.value;
    if (typeof here !== 'object' || here === null) continue;
    const children: typeof stack = Array.isArray(here)
      ? here.map((item, i) => ({ value: item, path: `${next.path}[${i}]` }))
      : Object.keys(here).map((key) => ({
          value: (here as Record<string, unknown>)[key],
          path: next.path ? `${next.path}.${key}` : key,
          key,
        }));
    // Reversed onto the stack, so that the first child is looked into first.
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return null;
}
