import type * as v from 'valibot';

/** Why a file was refused: where in it, and which rule (translated as `rule.<code>`). */
export interface FileIssue {
  /** Where in the file, e.g. `pledges[2].id`; empty for the whole file. */
  path: string;
  /** A rule code, translated as `rule.<code>`. */
  rule: string;
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
  const rule = issue && /^[a-z-]+$/.test(issue.message) ? issue.message : 'type-object';
  return { path, rule: rule === 'type-object' && path && issue?.received === 'undefined' ? 'required' : rule };
}

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Where parsed JSON holds a key that JavaScript treats specially (`__proto__` …). Schema
 * libraries skip such keys silently, so a file holding one is refused before validation
 * rather than read as if the key were not there.
 */
export function forbiddenKeyPath(value: unknown, path = ''): string | null {
  if (typeof value !== 'object' || value === null) return null;
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = forbiddenKeyPath(item, `${path}[${i}]`);
      if (found !== null) return found;
    }
    return null;
  }
  for (const key of Object.keys(value)) {
    const here = path ? `${path}.${key}` : key;
    if (FORBIDDEN.has(key)) return here;
    const found = forbiddenKeyPath((value as Record<string, unknown>)[key], here);
    if (found !== null) return found;
  }
  return null;
}
