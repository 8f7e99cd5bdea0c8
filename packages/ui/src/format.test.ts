import { afterEach, describe, expect, it, vi } from "vitest";
import { countOf, formatDate, formatNumber } from "./format.ts";

describe("formatNumber", () => {
  it("groups thousands with commas", () => {
    expect(formatNumber(0)).toBe("0");
    expect(formatNumber(999)).toBe("999");
    expect(formatNumber(1234)).toBe("1,234");
    expect(formatNumber(1_234_567)).toBe("1,234,567");
  });
});

describe("formatDate", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it("writes a calendar date in words", () => {
    expect(formatDate("2015-09-01")).toBe("1 September 2015");
    expect(formatDate("2020-12-31")).toBe("31 December 2020");
  });

  it("writes a DateTime as its day in UTC", () => {
    expect(formatDate("2024-03-05T10:30:00Z")).toBe("5 March 2024");
    expect(formatDate("2024-03-05T23:30:00.000Z")).toBe("5 March 2024");
    expect(formatDate("2024-03-05T00:30:00+01:00")).toBe("4 March 2024");
  });

  it("keeps a calendar date on its day whatever the local time zone", async () => {
    // Intl reads the zone when a formatter is made: load the module afresh under each zone.
    for (const zone of ["Pacific/Kiritimati", "America/Los_Angeles"]) {
      vi.stubEnv("TZ", zone);
      vi.resetModules();
      const fresh = await import("./format.ts");
      expect(fresh.formatDate("2015-09-01")).toBe("1 September 2015");
    }
  });

  it("shows a value that is not a date as given", () => {
    expect(formatDate("")).toBe("");
    expect(formatDate("not a date")).toBe("not a date");
    expect(formatDate("2015-13-01")).toBe("2015-13-01");
  });
});

describe("countOf", () => {
  it("uses the singular for one and the plural otherwise", () => {
    expect(countOf(1, "school")).toBe("1 school");
    expect(countOf(0, "school")).toBe("0 schools");
    expect(countOf(12, "trust")).toBe("12 trusts");
  });

  it("formats the count and takes an irregular plural", () => {
    expect(countOf(1200, "school")).toBe("1,200 schools");
    expect(countOf(2, "body", "bodies")).toBe("2 bodies");
    expect(countOf(1, "body", "bodies")).toBe("1 body");
  });
});
