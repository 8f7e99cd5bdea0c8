import { describe, expect, it } from "vitest";
import {
  addMonths,
  compareDates,
  dateInEngland,
  isIsoDate,
  longDate,
} from "../src/rules/calendar-dates.ts";

describe("isIsoDate", () => {
  it.each([
    ["2026-09-01", true],
    ["2028-02-29", true],
    ["2000-02-29", true],
    ["2026-12-31", true],
    ["2026-02-29", false],
    ["1900-02-29", false],
    ["2026-02-30", false],
    ["2026-04-31", false],
    ["2026-13-01", false],
    ["2026-00-10", false],
    ["2026-01-00", false],
    ["2026-1-01", false],
    ["26-01-01", false],
    ["0004-02-29", true],
    ["0100-02-29", false],
    ["2026-01-01T00:00:00Z", false],
    [" 2026-01-01", false],
    ["", false],
    ["1 September 2026", false],
  ])("%s is a date: %s", (s, expected) => {
    expect(isIsoDate(s)).toBe(expected);
  });
});

describe("compareDates", () => {
  it.each([
    ["2026-09-01", "2026-09-02", -1],
    ["2026-09-02", "2026-09-01", 1],
    ["2026-09-01", "2026-09-01", 0],
    ["2025-12-31", "2026-01-01", -1],
    ["2026-10-01", "2026-09-30", 1],
  ])("%s against %s is %i", (a, b, expected) => {
    expect(Math.sign(compareDates(a, b))).toBe(expected);
  });
});

describe("addMonths", () => {
  it.each([
    ["2026-09-01", 6, "2027-03-01"],
    ["2026-09-01", 24, "2028-09-01"],
    ["2026-08-31", 6, "2027-02-28"],
    ["2027-08-31", 6, "2028-02-29"],
    ["2026-01-31", 1, "2026-02-28"],
    ["2026-03-31", 1, "2026-04-30"],
    ["2028-02-29", 12, "2029-02-28"],
    ["2028-02-29", 24, "2030-02-28"],
    ["2026-12-15", 1, "2027-01-15"],
    ["2026-09-01", 0, "2026-09-01"],
    ["2026-03-31", -1, "2026-02-28"],
    ["2026-01-15", -1, "2025-12-15"],
  ])("%s plus %i months is %s", (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it.each([
    ["2026-02-30", 1],
    ["not a date", 1],
    ["2026-09-01", 1.5],
  ])("refuses %s plus %s", (date, months) => {
    expect(() => addMonths(date, months)).toThrow(RangeError);
  });
});

describe("longDate", () => {
  it.each([
    ["2028-09-01", "1 September 2028"],
    ["2027-02-28", "28 February 2027"],
    ["2026-12-31", "31 December 2026"],
    // Left as given rather than invented: the schemas report a bad date on their own.
    ["2026-02-30", "2026-02-30"],
  ])("writes %s as %s", (date, expected) => {
    expect(longDate(date)).toBe(expected);
  });
});

describe("dateInEngland", () => {
  it("turns the date over at London's midnight, not UTC's", () => {
    // 23:30 UTC on 30 June is 00:30 on 1 July in British Summer Time.
    expect(dateInEngland(new Date("2025-06-30T23:30:00Z"))).toBe("2025-07-01");
    // In winter London is on UTC.
    expect(dateInEngland(new Date("2025-01-31T23:30:00Z"))).toBe("2025-01-31");
  });
});
