// Times as the admin shows when something was saved or published: "4 June 2026 at 14:05", in
// the UK's time (the API's own messages say the same), so two people never read different times.

const dateTime = new Intl.DateTimeFormat("en-GB", {
  dateStyle: "long",
  timeStyle: "short",
  timeZone: "Europe/London",
});

/** A DateTime from the API as a date and time; a value that is not one is shown as given. */
export function formatDateTime(value: string): string {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : dateTime.format(date);
}

/** "by Tia Admin", or nothing when the account is gone. */
export function byWhom(name: string | null | undefined): string {
  return name ? ` by ${name}` : "";
}
