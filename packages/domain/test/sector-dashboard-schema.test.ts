import { describe, expect, it } from "vitest";
import { SECTOR_DASHBOARD_MAX_MONTHS, sectorDashboardMonthsSchema } from "../src/index.ts";

describe("sectorDashboardMonthsSchema", () => {
  it.each([
    ["one month", 1, null],
    ["a year", 12, null],
    ["five years, the most", SECTOR_DASHBOARD_MAX_MONTHS, null],
    ["no month", 0, /at least one month/],
    ["a negative number", -3, /at least one month/],
    ["more than five years", 61, /at most 60 months/],
    ["part of a month", 1.5, /whole number/],
  ])("%s", (_case, months, expected) => {
    const parsed = sectorDashboardMonthsSchema.safeParse(months);
    if (expected === null) expect(parsed.success).toBe(true);
    else expect(parsed.error?.issues.map((i) => i.message).join(" ")).toMatch(expected);
  });
});
