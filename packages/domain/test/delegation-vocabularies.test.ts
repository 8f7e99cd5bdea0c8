import { describe, expect, it } from "vitest";
import {
  centralServices,
  churchGovernanceLevels,
  decisionAreas,
  delegationDecisions,
  delegationTiers,
  governanceModels,
  growthStages,
  isLocalTier,
  qualityPillars,
  responsibilityLevels,
  trustValues,
} from "../src/index.ts";

describe("trust profile and delegation vocabularies", () => {
  it.each([
    ["trustValues", trustValues],
    ["qualityPillars", qualityPillars],
    ["delegationTiers", delegationTiers],
    ["responsibilityLevels", responsibilityLevels],
    ["governanceModels", governanceModels],
    ["churchGovernanceLevels", churchGovernanceLevels],
    ["growthStages", growthStages],
    ["centralServices", centralServices],
    ["decisionAreas", decisionAreas],
    ["delegationDecisions", delegationDecisions],
  ])("%s has unique UPPER_SNAKE keys and labels", (_name, vocab) => {
    const keys = vocab.entries.map((e) => e.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const e of vocab.entries) {
      expect(e.key).toMatch(/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/);
      expect(e.label.length).toBeGreaterThan(0);
    }
  });

  it("gives every value a one-sentence description", () => {
    expect(trustValues.keys.length).toBeGreaterThanOrEqual(20);
    expect(trustValues.keys.length).toBeLessThanOrEqual(30);
    for (const key of trustValues.keys) {
      expect(trustValues.description(key)).toMatch(/^[A-Z][^.]*\.$/);
    }
    expect(trustValues.keys).toEqual(
      expect.arrayContaining([
        "INCLUSION",
        "COLLABORATION",
        "ACADEMIC_EXCELLENCE",
        "COMMUNITY",
        "FAITH_AND_WORSHIP",
      ]),
    );
  });

  it("orders the tiers top to bottom, the last two local", () => {
    expect(delegationTiers.keys).toEqual([
      "MEMBERS",
      "TRUST_BOARD",
      "BOARD_COMMITTEE",
      "CEO",
      "LOCAL_GOVERNING_BODY",
      "HEADTEACHER",
    ]);
    expect(delegationTiers.keys.filter(isLocalTier)).toEqual([
      "LOCAL_GOVERNING_BODY",
      "HEADTEACHER",
    ]);
  });

  it("puts every decision in an area, and reserves the members' matters", () => {
    expect(delegationDecisions.keys.length).toBeGreaterThanOrEqual(30);
    expect(delegationDecisions.keys.length).toBeLessThanOrEqual(40);
    for (const area of decisionAreas.keys) {
      expect(delegationDecisions.entries.some((d) => d.area === area)).toBe(true);
    }
    expect(delegationDecisions.area("APPOINT_HEADTEACHER")).toBe("STAFFING");
    expect(delegationDecisions.area("APPROVE_ANNUAL_BUDGET")).toBe("BUDGET");
    expect(delegationDecisions.keys.filter(delegationDecisions.isReservedToMembers)).toEqual(
      expect.arrayContaining(["AMEND_ARTICLES", "APPOINT_TRUSTEES", "APPOINT_AUDITORS"]),
    );
    expect(delegationDecisions.isReservedToMembers("APPROVE_ANNUAL_BUDGET")).toBe(false);
  });

  it("falls back to an empty description for vocabularies without them", () => {
    expect(centralServices.description("HR")).toBe("");
    expect(centralServices.label("SEND")).toBe("Special educational needs support");
  });
});
