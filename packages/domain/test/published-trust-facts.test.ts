import { describe, expect, it } from "vitest";
import { publishedTrustFacts } from "../src/rules/published-trust-facts.ts";
import type { TrustProfileInput } from "../src/schemas/trust-profile.ts";

const profile: TrustProfileInput = {
  visionStatement: "Every child known by name.",
  values: [
    { value: "COLLABORATION", statement: "We work as one family of schools." },
    { value: "INCLUSION", statement: "No child left out." },
  ],
  ethos: "Calm and purposeful.",
  growth: {
    stage: "GROWING",
    openToNewSchools: true,
    openToPartnerships: false,
    capacity: 3,
    seeking: { phases: [], establishmentTypes: [], areas: [] },
  },
  faith: { churchGovernanceLevel: "MINORITY", dioceses: ["Diocese of Leeds"] },
  finance: {
    contribution: { kind: "RANGE", minPercent: 4, maxPercent: 6.5, variesBy: "school size" },
    gagPooling: true,
    reserves: { pooled: false, policy: "Each school keeps its own reserves." },
  },
};

describe("publishedTrustFacts", () => {
  it.each([
    [
      "nothing published",
      null,
      null,
      {
        values: [],
        openToPartnerships: null,
        growthStage: null,
        churchGovernanceLevel: null,
        contributionMinPercent: null,
        contributionMaxPercent: null,
        gagPooling: null,
        autonomyIndex: null,
        searchDocument: "",
      },
    ],
    [
      "a full profile",
      profile,
      null,
      {
        values: ["COLLABORATION", "INCLUSION"],
        openToPartnerships: false,
        openToNewSchools: true,
        growthStage: "GROWING",
        churchGovernanceLevel: "MINORITY",
        dioceses: ["Diocese of Leeds"],
        contributionMinPercent: 4,
        contributionMaxPercent: 6.5,
        gagPooling: true,
        autonomyIndex: null,
      },
    ],
    [
      "a flat contribution",
      {
        visionStatement: "v",
        finance: { ...profile.finance, contribution: { kind: "FLAT", percent: 5 } },
      } as TrustProfileInput,
      null,
      { contributionMinPercent: 5, contributionMaxPercent: 5 },
    ],
    [
      "a scheme alone",
      null,
      [
        { decision: "APPOINT_HEADTEACHER", tier: "TRUST_BOARD", level: "DECIDES" },
        { decision: "APPOINT_SENIOR_LEADERS", tier: "HEADTEACHER", level: "DECIDES" },
      ],
      { autonomyIndex: 0.5 },
    ],
  ] as const)("%s", (_name, p, scheme, expected) => {
    expect(publishedTrustFacts(p, scheme)).toMatchObject(expected);
  });

  it("searches the vision, the values' names and statements, and the ethos", () => {
    const document = publishedTrustFacts(profile, null).searchDocument;
    for (const words of ["known by name", "Collaboration", "one family", "Calm and purposeful"]) {
      expect(document).toContain(words);
    }
  });
});
