const londonDate = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/London",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** Today's date in England (`YYYY-MM-DD`): partnership dates are English school dates. */
export function todayInEngland(now: Date = new Date()): string {
  return londonDate.format(now);
}
