import type { Random } from "./random.ts";

/** Calendar dates as ISO strings ("2019-09-01"), the form the `date` columns take. */
export type IsoDate = string;

const dayMs = 86_400_000;

function toTime(date: IsoDate): number {
  return Date.parse(`${date}T00:00:00Z`);
}

function fromTime(time: number): IsoDate {
  return new Date(time).toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromTime(toTime(date) + days * dayMs);
}

export function addMonths(date: IsoDate, months: number): IsoDate {
  const d = new Date(toTime(date));
  d.setUTCMonth(d.getUTCMonth() + months);
  return fromTime(d.getTime());
}

/** The first day of a month on or after `date`: academies join trusts on the 1st. */
export function firstOfMonthOnOrAfter(date: IsoDate): IsoDate {
  if (date.endsWith("-01")) return date;
  const d = new Date(toTime(date));
  return fromTime(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1));
}

/** A day between `from` and `to`, both inclusive. */
export function dateBetween(r: Random, from: IsoDate, to: IsoDate): IsoDate {
  const a = toTime(from);
  const b = toTime(to);
  if (b <= a) return from;
  return fromTime(a + r.int(0, Math.round((b - a) / dayMs)) * dayMs);
}

/** The 1st of a month between `from` and `to` (or `from`'s next 1st when none is in range). */
export function firstOfMonthBetween(r: Random, from: IsoDate, to: IsoDate): IsoDate {
  const start = firstOfMonthOnOrAfter(from);
  const months = monthsBetween(start, to);
  return months <= 0 ? start : addMonths(start, r.int(0, months));
}

function monthsBetween(from: IsoDate, to: IsoDate): number {
  const a = new Date(toTime(from));
  const b = new Date(toTime(to));
  return (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + (b.getUTCMonth() - a.getUTCMonth());
}

export const minDate = (a: IsoDate, b: IsoDate): IsoDate => (a < b ? a : b);
export const maxDate = (a: IsoDate, b: IsoDate): IsoDate => (a > b ? a : b);
