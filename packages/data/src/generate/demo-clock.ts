import { dateInEngland } from "@atlas/domain";
import { addDays, type IsoDate } from "./dates.ts";

/**
 * The Monday the demo set's dates are written against: 5 January 2026. Generated with it (the
 * default) the set is the same every time, which tests and the bench's cached database rely on.
 */
export const demoAnchor: IsoDate = "2026-01-05";

const dayMs = 86_400_000;

/**
 * The demo set's "today", and the dates written against the anchor moved to the same place
 * before it. Loaded for people to look at, the set is generated for the week it is loaded in,
 * so its requests are weeks old rather than a year, and the dashboard's last months have them.
 */
export interface DemoClock {
  /** A Monday, like the anchor, so every weekday falls as it was written. */
  today: IsoDate;
  /** The first of today's month. */
  thisMonth: IsoDate;
  /** A day written against the anchor, as far before (or after) `today`. */
  day(written: IsoDate): IsoDate;
  /** A moment written against the anchor, moved likewise. */
  moment(written: string): Date;
}

export function demoClock(today: IsoDate = demoAnchor): DemoClock {
  const shift = Math.round((Date.parse(today) - Date.parse(demoAnchor)) / dayMs);
  // addDays round-trips the day, so a day that does not exist ("2026-02-30") is refused too.
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today) || addDays(today, 0) !== today || shift % 7 !== 0) {
    throw new Error(`the demo set's today must be a Monday (YYYY-MM-DD), not ${today}`);
  }
  return {
    today,
    thisMonth: `${today.slice(0, 7)}-01`,
    day: (written) => addDays(written, shift),
    moment: (written) => new Date(Date.parse(written) + shift * dayMs),
  };
}

/** The Monday of the week `date` falls in. */
export function mondayOf(date: IsoDate): IsoDate {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return addDays(date, -((weekday + 6) % 7));
}

/** The demo set's today for a load at `now`: that week's Monday, in England. */
export function demoTodayAt(now: Date): IsoDate {
  return mondayOf(dateInEngland(now));
}
