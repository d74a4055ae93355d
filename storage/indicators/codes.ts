/**
 * The indicators and activity kinds of docs/formats.md §5: the figures a ministry adds up over
 * bodies whose pledge ids differ. Pure data; the pages name each code through i18n
 * (`indicator.<code>` and `indicator-unit.<code>`), a code nobody knows is shown as itself.
 */

export const INDICATOR_CODES = [
  'activity-participants',
  'turn-outs',
  'trees-planted',
  'waste-collected-kg',
  'roads-cleaned-km',
  'communication-items',
  'events-held',
  'banners-slogans',
  'plastic-free-person-days',
  'nylon-free-person-days',
] as const;

export type IndicatorCode = (typeof INDICATOR_CODES)[number];

/** Any code a file may carry, known or not: safe to show and to use as a key. */
export const CODE = /^[a-z0-9-]{1,64}$/;

/** The largest value of any indicator or result (docs/formats.md §5). */
export const MAX_INDICATOR = 1_000_000_000;

const KNOWN = new Set<string>(INDICATOR_CODES);
export const isIndicatorCode = (code: string): code is IndicatorCode => KNOWN.has(code);

/** Codes measured in kg or km may be fractional; every other known code counts whole things. */
const FRACTIONAL = new Set<string>(['waste-collected-kg', 'roads-cleaned-km']);
export const isWholeCode = (code: string): boolean => KNOWN.has(code) && !FRACTIONAL.has(code);

export const ACTIVITY_KINDS = [
  'turn-out',
  'tree-planting',
  'waste-collection',
  'communication',
  'event',
  'banners',
  'other',
] as const;

export type ActivityKind = (typeof ACTIVITY_KINDS)[number];
const KINDS = new Set<string>(ACTIVITY_KINDS);
export const isActivityKind = (kind: string): kind is ActivityKind => KINDS.has(kind);

/**
 * Codes an activity gives by what it is, never typed as a result: each turn-out is one turn-out,
 * each event one event held, and its participants are people at the body's own activities.
 */
const DERIVED_CODES: ReadonlySet<string> = new Set(['activity-participants', 'turn-outs', 'events-held']);

/** The result codes a person types for an activity of this kind, the likely one first. */
export function resultCodesFor(kind: ActivityKind): IndicatorCode[] {
  const typed = INDICATOR_CODES.filter(
    (c) => !DERIVED_CODES.has(c) && c !== 'plastic-free-person-days' && c !== 'nylon-free-person-days',
  );
  const first: Partial<Record<ActivityKind, IndicatorCode>> = {
    'turn-out': 'waste-collected-kg',
    'tree-planting': 'trees-planted',
    'waste-collection': 'waste-collected-kg',
    communication: 'communication-items',
    banners: 'banners-slogans',
  };
  const lead = first[kind];
  return lead ? [lead, ...typed.filter((c) => c !== lead)] : typed;
}

/** A value an indicator may hold: a number 0..MAX_INDICATOR, whole for codes that count whole things. */
export type QuantityProblem = 'quantity-negative' | 'quantity-whole' | 'quantity-absurd' | 'type-number';

export function quantityProblem(code: string, value: unknown): QuantityProblem | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return 'type-number';
  if (value < 0) return 'quantity-negative';
  if (value > MAX_INDICATOR) return 'quantity-absurd';
  if (isWholeCode(code) && !Number.isInteger(value)) return 'quantity-whole';
  return null;
}
