import { describe, expect, it } from "vitest";
import { todayInLondon } from "./today.ts";

describe("todayInLondon", () => {
  it("turns the date over at London's midnight, not UTC's", () => {
    // 23:30 UTC on 30 June is 00:30 on 1 July in British Summer Time.
    expect(todayInLondon(new Date("2025-06-30T23:30:00Z"))).toBe("2025-07-01");
    // In winter London is on UTC.
    expect(todayInLondon(new Date("2025-01-31T23:30:00Z"))).toBe("2025-01-31");
  });
});
