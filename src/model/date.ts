import * as z from "zod/mini";

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;
const partialDate = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/** Tells whether a string is a calendar date written `YYYY-MM-DD` (so `2019-02-30` is not). */
export function isIsoDate(value: string): boolean {
  const m = isoDate.exec(value);
  return m !== null && isRealDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** A calendar date `YYYY-MM-DD`, with no time and no time zone. */
export const IsoDateSchema = z
  .string()
  .check(
    z.regex(isoDate, "Expected a calendar date written YYYY-MM-DD"),
    z.refine(isIsoDate, { message: "Expected a calendar date written YYYY-MM-DD" }),
  );

/** A calendar date `YYYY-MM-DD`. Dates compare correctly as strings. */
export type IsoDate = z.output<typeof IsoDateSchema>;

/** A date known to the year (`2004`), the month (`2004-10`) or the day (`2004-10-15`). */
export const PartialDateSchema = z.string().check(
  z.regex(partialDate, "Expected a date written YYYY, YYYY-MM or YYYY-MM-DD"),
  z.refine(
    (value) => {
      const m = partialDate.exec(value);
      if (!m) return false;
      const month = m[2] === undefined ? 1 : Number(m[2]);
      const day = m[3] === undefined ? 1 : Number(m[3]);
      return isRealDate(Number(m[1]), month, day);
    },
    { message: "Expected a date written YYYY, YYYY-MM or YYYY-MM-DD" },
  ),
);

/** A date known to the year, the month or the day. */
export type PartialDate = z.output<typeof PartialDateSchema>;

/** The first day a partial date can mean: `2004` is `2004-01-01`. */
export function firstDay(date: PartialDate): IsoDate {
  if (date.length === 4) return `${date}-01-01`;
  if (date.length === 7) return `${date}-01`;
  return date;
}

/** The last day a partial date can mean: `2020-11` is `2020-11-30`. */
export function lastDay(date: PartialDate): IsoDate {
  if (date.length === 4) return `${date}-12-31`;
  if (date.length === 7) {
    const [year, month] = date.split("-").map(Number) as [number, number];
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return `${date}-${String(last).padStart(2, "0")}`;
  }
  return date;
}

/** The day after a date: `2027-12-31` gives `2028-01-01`. */
export function nextDay(date: IsoDate): IsoDate {
  return shiftDays(date, 1);
}

/** The day before a date: `2028-01-01` gives `2027-12-31`. */
export function previousDay(date: IsoDate): IsoDate {
  return shiftDays(date, -1);
}

function shiftDays(date: IsoDate, days: number): IsoDate {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}
