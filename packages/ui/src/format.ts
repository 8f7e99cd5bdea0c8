// Figures and dates as the apps show them: British English, and dates in UTC so that no time
// zone moves a calendar date by a day.

const numberFormat = new Intl.NumberFormat("en-GB");
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

/**
 * A Date ("2015-09-01") or DateTime ("2015-09-01T10:30:00Z") as "1 September 2015"; a value that
 * is not a date is shown as given.
 */
export function formatDate(value: string): string {
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
  return Number.isNaN(date.getTime()) ? value : dateFormat.format(date);
}

/** "1 school", "12 schools", "1,200 schools"; `plural` for words that do not just add an s. */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${formatNumber(count)} ${count === 1 ? singular : plural}`;
}
