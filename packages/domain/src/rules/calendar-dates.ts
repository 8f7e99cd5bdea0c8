/**
 * Calendar dates as ISO strings, `YYYY-MM-DD`, with no time and no time zone: a partnership
 * starts on a day, not at an instant, so arithmetic on instants would move dates across
 * midnight for anyone outside UTC.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

// Counted rather than asked of Date, which reads years below 100 as 19xx.
function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (MONTH_DAYS[month - 1] ?? 0);
}

function parts(date: string): [number, number, number] | null {
  const match = ISO_DATE.exec(date);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return [year, month, day];
}

/** Whether `s` is a real calendar date written `YYYY-MM-DD` (so not 2026-02-30). */
export function isIsoDate(s: string): boolean {
  return parts(s) !== null;
}

/** Negative when `a` is before `b`, 0 on the same day, positive after. */
export function compareDates(a: string, b: string): number {
  // Same-width, zero-padded fields sort as text in date order.
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The date `months` calendar months after `date` (before, for a negative number), held to
 * the end of a shorter month as contracts read it: 2026-08-31 plus 6 months is 2027-02-28.
 * Throws on a date that is not a real ISO date, as that is a programming error here: inputs
 * are checked by the schemas first.
 */
export function addMonths(date: string, months: number): string {
  const p = parts(date);
  if (p === null) throw new RangeError(`Not an ISO calendar date: ${date}`);
  if (!Number.isInteger(months)) throw new RangeError(`Not a whole number of months: ${months}`);
  const [year, month, day] = p;
  const index = year * 12 + (month - 1) + months;
  const newYear = Math.floor(index / 12);
  const newMonth = index - newYear * 12 + 1;
  const newDay = Math.min(day, daysInMonth(newYear, newMonth));
  return `${String(newYear).padStart(4, "0")}-${String(newMonth).padStart(2, "0")}-${String(newDay).padStart(2, "0")}`;
}

/** A date as people in England write it, "1 September 2028", for messages. */
export function longDate(date: string): string {
  const p = parts(date);
  if (p === null) return date;
  const [year, month, day] = p;
  return `${day} ${MONTH_NAMES[month - 1]} ${year}`;
}

const englishDate = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/London",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/**
 * The date in England at `now` (`YYYY-MM-DD`): partnership dates are English school dates, so
 * just after midnight in London is already tomorrow whatever the server's time zone. The
 * clock is the caller's to pass, so the rule stays pure.
 */
export function dateInEngland(now: Date): string {
  return englishDate.format(now);
}
