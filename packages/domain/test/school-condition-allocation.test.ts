import { describe, expect, it } from "vitest";
import { schoolConditionAllocationEligible } from "../src/rules/school-condition-allocation.ts";

describe("schoolConditionAllocationEligible", () => {
  it.each([
    ["5 academies, 3,001 pupils", 5, 3001, true],
    ["5 academies, exactly 3,000 pupils", 5, 3000, false],
    ["4 academies, many pupils", 4, 10000, false],
    ["large trust", 40, 25000, true],
    ["single academy", 1, 1500, false],
    ["no academies", 0, 0, false],
  ])("%s", (_name, academies, pupils, expected) => {
    expect(schoolConditionAllocationEligible({ academies, pupils })).toBe(expected);
  });
});
