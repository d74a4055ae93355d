import type { CalendarDate, Label } from '@/storage/types';
import type { Bulletin } from './store';

/** A bulletin as the Department section shows it: the person's department first, then the office. */

export interface Cell {
  participants: number;
  headcount: number;
  /** participants ÷ headcount; null when nobody is counted there. */
  rate: number | null;
}

export interface ComparedDepartment {
  id: string;
  name: Label;
  headcount: number;
  mine: boolean;
  /** One cell a date of `dates`; a date the file leaves out counts nobody. */
  days: Cell[];
  /** Over the working dates: participants summed ÷ (headcount × working dates). */
  period: Cell;
}

export interface Comparison {
  dates: CalendarDate[];
  departments: ComparedDepartment[];
  /** The whole office: every department's participants over every department's headcount. */
  office: { days: Cell[]; period: Cell };
}

const cell = (participants: number, headcount: number): Cell => ({
  participants,
  headcount,
  rate: headcount > 0 ? participants / headcount : null,
});

/**
 * `isWorking` tells the campaign's working days: the period's share is participation on working
 * days, the measure the standings and the poster show from the same bulletin.
 */
export function comparison(
  bulletin: Bulletin,
  myDepartment?: string,
  isWorking: (date: CalendarDate) => boolean = () => true,
): Comparison {
  const dates = [...new Set(bulletin.departments.flatMap((d) => d.days.map((day) => day.date)))].sort();
  const working = dates.map(isWorking);
  const workingCount = working.filter(Boolean).length;
  const overWorking = (cells: readonly Cell[]) =>
    cells.reduce((sum, c, i) => sum + (working[i] ? c.participants : 0), 0);
  const departments = bulletin.departments.map((d): ComparedDepartment => {
    const byDate = new Map(d.days.map((day) => [day.date, day.participants]));
    const days = dates.map((date) => cell(byDate.get(date) ?? 0, d.headcount));
    return {
      id: d.id,
      name: d.name,
      headcount: d.headcount,
      mine: d.id === myDepartment,
      days,
      period: cell(overWorking(days), d.headcount * workingCount),
    };
  });
  // The person's department leads; the others keep the file's order.
  departments.sort((a, b) => Number(b.mine) - Number(a.mine));
  const headcount = departments.reduce((sum, d) => sum + d.headcount, 0);
  const days = dates.map((_, i) =>
    cell(
      departments.reduce((sum, d) => sum + d.days[i]!.participants, 0),
      headcount,
    ),
  );
  return { dates, departments, office: { days, period: cell(overWorking(days), headcount * workingCount) } };
}

/** A share as a percentage with one decimal at most, for charts and tables. */
export const percent = (rate: number | null) => (rate === null ? null : Math.round(rate * 1000) / 10);

/** Pledges kept per department over the bulletin, in the order given. */
export function pledgeTotals(bulletin: Bulletin): Map<string, Record<string, number>> {
  return new Map(
    bulletin.departments.map((d) => {
      const totals: Record<string, number> = {};
      for (const day of d.days) for (const [id, n] of Object.entries(day.pledges)) totals[id] = (totals[id] ?? 0) + n;
      return [d.id, totals];
    }),
  );
}
