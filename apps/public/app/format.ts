const numberFormat = new Intl.NumberFormat("en-GB");
// Dates from the API are calendar dates (YYYY-MM-DD): format them in UTC so no time zone moves
// them by a day.
const dateFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});

/** 1234 → "1,234". */
export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** "2020-09-01" → "1 September 2020"; a value that is not a date is shown as given. */
export function formatDate(value: string): string {
  const date = new Date(`${value}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? value : dateFormat.format(date);
}

/** "1 trust" / "12 trusts". */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${formatNumber(count)} ${count === 1 ? singular : plural}`;
}

/** What to show where the register has no value. */
export const NOT_RECORDED = "Not recorded";
