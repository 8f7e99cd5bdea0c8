import { describe, expect, it } from "vitest";
import {
  schemeOfDelegationInputSchema,
  trustProfileInputSchema,
} from "../src/schemas/trust-profile.ts";
import { modelScheme } from "../src/schemes/scheme.ts";

const minimal = { visionStatement: "Every child thrives." };

const full = {
  visionStatement: "Every child thrives.",
  values: [
    { value: "INCLUSION", statement: "Every child belongs." },
    { value: "COLLABORATION", statement: "We share what works." },
  ],
  ethos: "Warm, ambitious schools.",
  qualityStatements: { SCHOOL_IMPROVEMENT: "Peer review every term.", WORKFORCE: "Paid CPD." },
  faith: {
    churchGovernanceLevel: "MAJORITY",
    dioceses: ["Diocese of Leeds"],
    faithDesignation: "Church of England",
  },
  geography: {
    regions: ["YORKSHIRE_AND_THE_HUMBER"],
    localAuthorityCodes: ["383", "380"],
    growthAreas: ["North Leeds"],
  },
  growth: {
    stage: "GROWING",
    openToNewSchools: true,
    openToPartnerships: true,
    capacity: 3,
    seeking: { phases: ["PRIMARY"], establishmentTypes: ["COMMUNITY"], areas: ["Wakefield"] },
  },
  schoolImprovementOffer: "Subject networks and a school improvement partner.",
  centralServices: ["HR", "FINANCE", "SEND"],
  finance: {
    contribution: { kind: "RANGE", minPercent: 3, maxPercent: 5, variesBy: "school size" },
    gagPooling: false,
    budgetDelegation: "Each school keeps its GAG less the top-slice.",
    capitalApproach: "Bids to the Condition Improvement Fund.",
    reserves: { pooled: false, targetPercent: 5, policy: "Each school holds 5% of income." },
    accountsUrl: "https://example.org/accounts.pdf",
  },
  governance: {
    members: 5,
    trustees: 9,
    localGovernanceModel: "LOCAL_GOVERNING_BODIES",
    contacts: [{ name: "Ann Lee", role: "CEO", email: "Ann@Example.org" }],
  },
};

const bad = (change: (p: typeof full) => unknown) => change(structuredClone(full));

describe("trustProfileInputSchema", () => {
  it.each([
    ["minimal", minimal],
    ["full", full],
    [
      "flat contribution",
      bad((p) => ({ ...p, finance: { ...p.finance, contribution: { kind: "FLAT", percent: 5 } } })),
    ],
    [
      "min equal to max",
      bad((p) => ({
        ...p,
        finance: {
          ...p.finance,
          contribution: { kind: "RANGE", minPercent: 4, maxPercent: 4, variesBy: "phase" },
        },
      })),
    ],
  ])("accepts a %s profile", (_name, input) => {
    expect(trustProfileInputSchema.safeParse(input).success).toBe(true);
  });

  it("normalises contact emails", () => {
    expect(trustProfileInputSchema.parse(full).governance?.contacts[0]?.email).toBe(
      "ann@example.org",
    );
  });

  it.each<[string, unknown, (string | number)[], RegExp]>([
    [
      "flat percent 101",
      bad((p) => ({
        ...p,
        finance: { ...p.finance, contribution: { kind: "FLAT", percent: 101 } },
      })),
      ["finance", "contribution", "percent"],
      /percentage from 0 to 100/,
    ],
    [
      "reserves target -1",
      bad((p) => ({
        ...p,
        finance: { ...p.finance, reserves: { ...p.finance.reserves, targetPercent: -1 } },
      })),
      ["finance", "reserves", "targetPercent"],
      /percentage from 0 to 100/,
    ],
    [
      "min above max",
      bad((p) => ({
        ...p,
        finance: {
          ...p.finance,
          contribution: { kind: "RANGE", minPercent: 6, maxPercent: 4, variesBy: "phase" },
        },
      })),
      ["finance", "contribution", "minPercent"],
      /lowest contribution no more than the highest/,
    ],
    [
      "unknown contribution kind",
      bad((p) => ({ ...p, finance: { ...p.finance, contribution: { kind: "TIERED" } } })),
      ["finance", "contribution", "kind"],
      /flat rate/,
    ],
    [
      "unknown value key",
      bad((p) => ({ ...p, values: [{ value: "GREED", statement: "More." }] })),
      ["values", 0, "value"],
      /Choose a value from the list/,
    ],
    [
      "duplicate value",
      bad((p) => ({ ...p, values: [p.values[0], p.values[0]] })),
      ["values"],
      /each value only once/,
    ],
    [
      "more than 10 values",
      bad((p) => ({ ...p, values: Array.from({ length: 11 }, () => p.values[0]) })),
      ["values"],
      /at most 10 values/,
    ],
    [
      "NUL in text",
      { visionStatement: "Every\u0000child" },
      ["visionStatement"],
      /control characters/,
    ],
    [
      "over-long text",
      { visionStatement: "x".repeat(1001) },
      ["visionStatement"],
      /at most 1000 characters/,
    ],
    ["empty vision", { visionStatement: "   " }, ["visionStatement"], /Enter the vision statement/],
    [
      "http accounts URL",
      bad((p) => ({
        ...p,
        finance: { ...p.finance, accountsUrl: "http://example.org/accounts.pdf" },
      })),
      ["finance", "accountsUrl"],
      /starting with https:\/\//,
    ],
    [
      "unknown local authority",
      bad((p) => ({ ...p, geography: { ...p.geography, localAuthorityCodes: ["999"] } })),
      ["geography", "localAuthorityCodes", 0],
      /3-digit register code/,
    ],
    [
      "negative capacity",
      bad((p) => ({ ...p, growth: { ...p.growth, capacity: -1 } })),
      ["growth", "capacity"],
      /0 or more/,
    ],
    [
      "fractional trustees",
      bad((p) => ({ ...p, governance: { ...p.governance, trustees: 2.5 } })),
      ["governance", "trustees"],
      /whole number/,
    ],
    [
      "unknown central service",
      bad((p) => ({ ...p, centralServices: ["SPACE_TRAVEL"] })),
      ["centralServices", 0],
      /central service from the list/,
    ],
    [
      "bad contact email",
      bad((p) => ({
        ...p,
        governance: { ...p.governance, contacts: [{ name: "A", role: "B", email: "nope" }] },
      })),
      ["governance", "contacts", 0, "email"],
      /email address/,
    ],
    ["missing vision", {}, ["visionStatement"], /Enter the vision statement\./],
    ["unknown field", { ...minimal, vison: "typo" }, [], /Remove "vison" from the trust profile/],
    [
      "a section that is not an object",
      { ...minimal, faith: "Catholic" },
      ["faith"],
      /Give the faith details as a set of fields/,
    ],
    [
      "values not a list",
      { ...minimal, values: "INCLUSION" },
      ["values"],
      /Give the values as a list/,
    ],
    [
      "unknown quality pillar",
      { ...minimal, qualityStatements: { HAPPINESS: "Lots." } },
      ["qualityStatements"],
      /Remove "HAPPINESS" from the quality statements/,
    ],
  ])("refuses %s", (_name, input, path, message) => {
    const result = trustProfileInputSchema.safeParse(input);
    expect(result.success).toBe(false);
    const issue = result.error?.issues.find((i) => JSON.stringify(i.path) === JSON.stringify(path));
    expect(issue, JSON.stringify(result.error?.issues)).toBeDefined();
    expect(issue?.message).toMatch(message);
    // zod's own defaults ("Invalid input: …") never reach a user: every message is ours.
    for (const i of result.error?.issues ?? []) expect(i.message).not.toMatch(/^Invalid/);
  });
});

describe("schemeOfDelegationInputSchema", () => {
  it("accepts a model scheme", () => {
    expect(schemeOfDelegationInputSchema.safeParse(modelScheme("CLUSTER_COMMITTEES")).success).toBe(
      true,
    );
  });

  it.each<[string, unknown, (string | number)[], RegExp]>([
    [
      "two tiers decide",
      [
        ...modelScheme("LOCAL_GOVERNING_BODIES").filter(
          (c) => !(c.decision === "APPOINT_CEO" && c.tier === "CEO"),
        ),
        { decision: "APPOINT_CEO", tier: "CEO", level: "DECIDES" },
      ],
      ["APPOINT_CEO"],
      /Several tiers decide/,
    ],
    [
      "reserved matter not decided by members",
      modelScheme("LOCAL_GOVERNING_BODIES").map((c) =>
        c.decision === "APPOINT_TRUSTEES"
          ? { ...c, level: c.tier === "TRUST_BOARD" ? "DECIDES" : null }
          : c,
      ),
      ["APPOINT_TRUSTEES"],
      /members' reserved matter/,
    ],
    [
      "unknown tier key",
      [{ decision: "APPOINT_CEO", tier: "PARENTS", level: "DECIDES" }],
      [0, "tier"],
      /governance tier from the list/,
    ],
    [
      "unknown level key",
      [{ decision: "APPOINT_CEO", tier: "CEO", level: "VETOES" }],
      [0, "level"],
      /responsibility level from the list/,
    ],
  ])("refuses %s", (_name, input, path, message) => {
    const result = schemeOfDelegationInputSchema.safeParse(input);
    expect(result.success).toBe(false);
    const issue = result.error?.issues.find((i) => JSON.stringify(i.path) === JSON.stringify(path));
    expect(issue, JSON.stringify(result.error?.issues)).toBeDefined();
    expect(issue?.message).toMatch(message);
  });
});
