import { describe, expect, it } from "vitest";
import {
  type ComparableTrust,
  comparisonRows,
  NOT_PUBLISHED,
} from "../src/rules/trust-comparison.ts";
import { modelScheme } from "../src/schemes/scheme.ts";

const published: ComparableTrust = {
  schoolCount: 6,
  pupilCount: 2400,
  phaseCounts: [
    { phase: "SECONDARY", count: 1 },
    { phase: "PRIMARY", count: 5 },
  ],
  regions: ["YORKSHIRE_AND_THE_HUMBER"],
  values: ["INCLUSION", "AMBITION"],
  churchGovernanceLevel: "NONE",
  growthStage: "GROWING",
  openToPartnerships: true,
  contribution: { min: 4, max: 6 },
  gagPooling: false,
  autonomy: [{ area: "BUDGET", index: 0.5 }],
  scheme: modelScheme("LOCAL_GOVERNING_BODIES"),
};
const silent: ComparableTrust = {
  ...published,
  values: null,
  churchGovernanceLevel: null,
  growthStage: null,
  openToPartnerships: null,
  contribution: null,
  gagPooling: null,
  autonomy: null,
  scheme: null,
};

const rowOf = (trusts: ComparableTrust[], key: string) =>
  comparisonRows(trusts).find((r) => r.key === key);

describe("comparisonRows", () => {
  it.each([
    ["schools", "6", "6", false],
    ["pupils", "2,400", "2,400", false],
    ["phases", "Primary 5, Secondary 1", "Primary 5, Secondary 1", false],
    ["values", "Inclusion, Ambition", NOT_PUBLISHED, true],
    ["contribution", "4% to 6%", NOT_PUBLISHED, true],
    ["openToPartnerships", "Yes", NOT_PUBLISHED, true],
    ["autonomy.BUDGET", "50% local", NOT_PUBLISHED, true],
    ["autonomy.STAFFING", "Not in the scheme", NOT_PUBLISHED, true],
  ])("%s: %s against %s", (key, first, second, differs) => {
    const row = rowOf([published, silent], key);
    expect(row?.values[0]?.toLowerCase()).toBe(first.toLowerCase());
    expect(row?.values[1]).toBe(second);
    expect(row?.differs).toBe(differs);
  });

  it("aligns the schemes decision by decision, naming who decides", () => {
    const other: ComparableTrust = { ...published, scheme: modelScheme("ADVISORY_COUNCILS") };
    const rows = comparisonRows([published, other]).filter((r) => r.group === "SCHEME");
    expect(rows.length).toBeGreaterThan(20);
    expect(rows.every((r) => r.values.length === 2 && r.values.every((v) => v.length > 0))).toBe(
      true,
    );
    expect(rows.some((r) => r.differs)).toBe(true);
    expect(comparisonRows([published, published]).some((r) => r.differs)).toBe(false);
  });

  it("writes a flat contribution as one figure", () => {
    const flat = { ...published, contribution: { min: 5, max: 5 } };
    expect(rowOf([flat], "contribution")?.values).toEqual(["5%"]);
  });
});
