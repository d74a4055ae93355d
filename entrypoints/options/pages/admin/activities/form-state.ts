import { type ActivityDraft, parseQuantity } from '@/storage/activities/check';
import type { PhotoDraft } from '@/storage/activities/store';
import type { ActivityRow } from '@/storage/db/rows/activities';
import type { ActivityKind } from '@/storage/indicators/codes';

/** The activity form as typed: numbers kept as text until saved, so "12,5" and a stray "-" can be told about. */
export interface ActivityForm {
  id?: string;
  date: string;
  kind: ActivityKind;
  title: string;
  place: string;
  departments: string[];
  participants: string;
  results: Record<string, string>;
  link: string;
  note: string;
  photos: PhotoDraft[];
}

export const emptyForm = (date: string): ActivityForm => ({
  date,
  kind: 'turn-out',
  title: '',
  place: '',
  departments: [],
  participants: '',
  results: {},
  link: '',
  note: '',
  photos: [],
});

export const formOf = (row: ActivityRow, photos: PhotoDraft[]): ActivityForm => ({
  id: row.id,
  date: row.date,
  kind: row.kind,
  title: row.title,
  place: row.place,
  departments: [...row.departments],
  participants: row.participants === undefined ? '' : String(row.participants),
  results: Object.fromEntries(Object.entries(row.results).map(([code, n]) => [code, String(n)])),
  link: row.link,
  note: row.note,
  photos,
});

/** What the store checks and keeps; an empty result is not a result. */
export function draftOf(form: ActivityForm): ActivityDraft {
  const results: Record<string, number> = {};
  for (const [code, text] of Object.entries(form.results)) {
    const value = parseQuantity(text);
    if (value !== undefined) results[code] = value;
  }
  const participants = parseQuantity(form.participants);
  return {
    date: form.date,
    kind: form.kind,
    title: form.title,
    place: form.place,
    departments: form.departments,
    ...(participants !== undefined ? { participants } : {}),
    results,
    link: form.link.trim(),
    note: form.note,
  };
}

/** The id of the form control for a field the check names. */
export const controlId = (field: string): string =>
  field.startsWith('results.') ? `act-result-${field.slice(8)}` : `act-${field}`;
