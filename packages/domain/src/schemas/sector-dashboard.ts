import { z } from "zod";

/**
 * The sector dashboard looks back at most five years: long enough to see a trend through the
 * school year, short enough that one request stays a handful of cheap aggregates.
 */
export const SECTOR_DASHBOARD_MAX_MONTHS = 60;

/** How many London months the dashboard's series cover, ending with the current one. */
export const sectorDashboardMonthsSchema = z
  .number()
  .int("Give a whole number of months.")
  .min(1, "Show at least one month.")
  .max(
    SECTOR_DASHBOARD_MAX_MONTHS,
    `Show at most ${SECTOR_DASHBOARD_MAX_MONTHS} months (five years).`,
  );
