import { describe, expect, it } from "vitest";
import { type AreaAutonomy, localAutonomyIndex } from "../src/rules/local-autonomy-index.ts";
import { type LooseSchemeCell, modelScheme } from "../src/schemes/scheme.ts";

const decides = (decision: string, tier: string): LooseSchemeCell => ({
  decision,
  tier,
  level: "DECIDES",
});

describe("localAutonomyIndex", () => {
  it.each<[string, LooseSchemeCell[], AreaAutonomy[]]>([
    ["empty grid: no areas", [], []],
    [
      "one local decision",
      [decides("APPOINT_OTHER_STAFF", "HEADTEACHER")],
      [{ area: "STAFFING", index: 1 }],
    ],
    [
      "a third local, rounded to 2 decimals",
      [
        decides("APPOINT_OTHER_STAFF", "HEADTEACHER"),
        decides("APPOINT_CEO", "TRUST_BOARD"),
        decides("APPROVE_PAY_POLICY", "TRUST_BOARD"),
      ],
      [{ area: "STAFFING", index: 0.33 }],
    ],
    [
      "areas in vocabulary order; a decision with only non-deciding cells still counts",
      [
        decides("APPROVE_SCHOOL_POLICIES", "LOCAL_GOVERNING_BODY"),
        { decision: "SET_TRUST_VISION", tier: "CEO", level: "RECOMMENDS" },
      ],
      [
        { area: "VISION_AND_ETHOS", index: 0 },
        { area: "POLICIES", index: 1 },
      ],
    ],
    [
      "several deciders: not local",
      [decides("SET_SCHOOL_BUDGET", "LOCAL_GOVERNING_BODY"), decides("SET_SCHOOL_BUDGET", "CEO")],
      [{ area: "BUDGET", index: 0 }],
    ],
    [
      "unknown keys ignored",
      [decides("BUY_A_BOAT", "HEADTEACHER"), decides("APPOINT_CEO", "JANITOR")],
      [],
    ],
  ])("%s", (_name, grid, expected) => {
    expect(localAutonomyIndex(grid)).toEqual(expected);
  });

  it("earned autonomy delegates more than advisory councils in every area", () => {
    const advisory = localAutonomyIndex(modelScheme("ADVISORY_COUNCILS"));
    const earned = localAutonomyIndex(modelScheme("EARNED_AUTONOMY"));
    expect(advisory).toHaveLength(12);
    advisory.forEach((a, i) => {
      expect(earned[i]?.area).toBe(a.area);
      expect(earned[i]?.index ?? 0).toBeGreaterThanOrEqual(a.index);
    });
    const lgb = localAutonomyIndex(modelScheme("LOCAL_GOVERNING_BODIES"));
    lgb.forEach((a, i) => {
      expect(earned[i]?.index ?? 0).toBeGreaterThanOrEqual(a.index);
    });
    const total = (xs: AreaAutonomy[]) => xs.reduce((s, x) => s + x.index, 0);
    expect(total(earned)).toBeGreaterThan(
      total(localAutonomyIndex(modelScheme("LOCAL_GOVERNING_BODIES"))),
    );
  });
});
