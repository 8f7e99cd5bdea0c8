import { describe, expect, it } from "vitest";
import { type SectionInputs, trustPageSections } from "./sections.ts";

type Profile = NonNullable<SectionInputs["profile"]>;

/** A profile with only the vision statement (all a published profile must have). */
const visionOnly: Profile = {
  ethos: null,
  qualityStatements: [],
  faith: null,
  geography: null,
  growth: null,
  schoolImprovementOffer: null,
  centralServices: [],
  finance: null,
  governance: null,
};

const full: Profile = {
  ethos: "We are one family of schools.",
  qualityStatements: [{ pillar: "WORKFORCE", statement: "We grow our own teachers." }],
  faith: { churchGovernanceLevel: "NONE", dioceses: [], faithDesignation: null },
  geography: { regions: ["NORTH_WEST"], localAuthorities: [], growthAreas: [] },
  growth: {
    stage: "GROWING",
    openToNewSchools: true,
    openToPartnerships: false,
    capacity: 3,
    seeking: { phases: [], establishmentTypes: [], areas: [] },
  },
  schoolImprovementOffer: "Subject networks.",
  centralServices: ["HR"],
  finance: {
    contribution: { kind: "FLAT", percent: 5, minPercent: null, maxPercent: null, variesBy: null },
    gagPooling: false,
    budgetDelegation: null,
    capitalApproach: null,
    reserves: { pooled: false, targetPercent: null, policy: "Three weeks' spending." },
    accountsUrl: null,
  },
  governance: { members: 5, trustees: 9, localGovernanceModel: "ADVISORY_COUNCILS", contacts: [] },
};

const ids = (inputs: SectionInputs) => trustPageSections(inputs).map((s) => s.id);

describe("trustPageSections", () => {
  it.each<[string, SectionInputs, string[]]>([
    [
      "a full profile, in reading order",
      { profile: full, schoolsListed: 12 },
      [
        "at-a-glance",
        "vision-and-values",
        "ethos",
        "quality",
        "faith",
        "geography",
        "growth",
        "school-improvement",
        "central-services",
        "finance",
        "governance",
        "scheme-of-delegation",
        "map",
        "pupils",
        "schools",
        "register",
      ],
    ],
    [
      "a profile with only its vision",
      { profile: visionOnly, schoolsListed: 2 },
      [
        "at-a-glance",
        "vision-and-values",
        "scheme-of-delegation",
        "map",
        "pupils",
        "schools",
        "register",
      ],
    ],
    [
      "no profile: the facts, the scheme's place and the schools",
      { profile: null, schoolsListed: 3 },
      ["at-a-glance", "scheme-of-delegation", "map", "pupils", "schools", "register"],
    ],
    [
      "no profile and no schools: no pictures of schools",
      { profile: null, schoolsListed: 0 },
      ["at-a-glance", "scheme-of-delegation", "schools", "register"],
    ],
    [
      "blank texts, blank statements and an empty geography leave their parts out",
      {
        profile: {
          ...visionOnly,
          ethos: "  ",
          schoolImprovementOffer: "\n",
          qualityStatements: [{ pillar: "WORKFORCE", statement: " " }],
          geography: { regions: [], localAuthorities: [], growthAreas: [] },
        },
        schoolsListed: 1,
      },
      [
        "at-a-glance",
        "vision-and-values",
        "scheme-of-delegation",
        "map",
        "pupils",
        "schools",
        "register",
      ],
    ],
  ])("%s", (_, inputs, expected) => {
    expect(ids(inputs)).toEqual(expected);
  });

  it("titles each part, for its heading and the contents list", () => {
    expect(trustPageSections({ profile: full, schoolsListed: 1 }).map((s) => s.title)).toEqual([
      "At a glance",
      "Vision and values",
      "Ethos",
      "Trust quality",
      "Faith",
      "Where the trust works",
      "Growth",
      "School improvement",
      "Central services",
      "Finance",
      "Governance",
      "Scheme of delegation",
      "Map of the schools",
      "Pupils per school",
      "Schools in the trust",
      "Register details",
    ]);
  });
});
