const londonDate = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/London",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/**
 * Today's date in England (`YYYY-MM-DD`), as the API counts it: partnership dates are English
 * school dates, so just after midnight in London is already tomorrow whatever the server's zone.
 */
export function todayInLondon(now: Date = new Date()): string {
  return londonDate.format(now);
}
