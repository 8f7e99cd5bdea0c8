import { profileDiff, schemeDiff } from "@atlas/domain";
import { describe, expect, it } from "vitest";
import { readableSchemeChanges } from "../src/scheme-of-delegation/scheme-changes.ts";
import {
  formatProfileValue,
  profileFieldLabel,
  readableProfileChanges,
} from "../src/trust-profile/profile-changes.ts";

describe("a profile's changes, in words", () => {
  it("names each field and shows values as text: lists joined, Yes/No, labels, percentages", () => {
    // What the API gives: the domain's diff of two stored profiles.
    const before = {
      visionStatement: "Old vision.",
      values: [{ value: "INCLUSION", statement: "Everyone belongs." }],
      geography: { regions: ["NORTH_WEST"], localAuthorityCodes: ["355"], growthAreas: [] },
      finance: {
        contribution: { kind: "FLAT", percent: 5 },
        gagPooling: false,
        reserves: { pooled: true, policy: "Keep 3%." },
      },
    };
    const after = {
      visionStatement: "New vision.",
      values: [
        { value: "INCLUSION", statement: "Everyone belongs." },
        { value: "COMMUNITY", statement: "Rooted in Salford." },
      ],
      qualityStatements: { WORKFORCE: "We grow our own." },
      geography: {
        regions: ["NORTH_WEST", "YORKSHIRE_AND_THE_HUMBER"],
        localAuthorityCodes: ["355", "383"],
        growthAreas: [],
      },
      finance: {
        contribution: { kind: "RANGE", minPercent: 3, maxPercent: 5.5, variesBy: "Size" },
        gagPooling: true,
        reserves: { pooled: true, policy: "Keep 3%.", targetPercent: 4 },
      },
      governance: {
        members: 5,
        trustees: 9,
        localGovernanceModel: "ADVISORY_COUNCILS",
        contacts: [],
      },
    };
    const rows = readableProfileChanges(profileDiff(before, after)).map((c) => [
      c.label,
      c.before,
      c.after,
    ]);
    expect(rows).toEqual([
      ["Vision statement", "Old vision.", "New vision."],
      [
        "Values",
        "Inclusion: “Everyone belongs.”",
        "Inclusion: “Everyone belongs.”; Community: “Rooted in Salford.”",
      ],
      ["Geography: regions", "North West", "North West, Yorkshire and the Humber"],
      ["Geography: local authorities", "Salford", "Salford, Leeds"],
      ["Finance: central contribution", "A flat rate", "A range"],
      ["Finance: contribution rate", "5%", "Not given"],
      ["Finance: lowest contribution rate", "Not given", "3%"],
      ["Finance: highest contribution rate", "Not given", "5.5%"],
      ["Finance: what the contribution varies by", "Not given", "Size"],
      ["Finance: GAG pooling", "No", "Yes"],
      ["Finance: reserves target", "Not given", "4%"],
      ["Quality statement: Workforce", "Not given", "We grow our own."],
      ["Governance: members", "Not given", "5"],
      ["Governance: trustees", "Not given", "9"],
      ["Governance: local governance model", "Not given", "Advisory councils"],
      ["Governance: contacts", "Not given", "None"],
    ]);
  });

  it("formats contacts, services and unknown keys readably", () => {
    expect(
      formatProfileValue("governance.contacts", [
        { name: "Ana Lee", role: "CEO", email: "ana@example.org" },
        { name: "Bo", role: "", email: "bo@example.org" },
      ]),
    ).toBe("Ana Lee (CEO, ana@example.org); Bo (bo@example.org)");
    expect(formatProfileValue("centralServices", ["HR", "SEND"])).toBe(
      "Human resources, Special educational needs support",
    );
    expect(formatProfileValue("growth.openToNewSchools", true)).toBe("Yes");
    expect(formatProfileValue("faith.churchGovernanceLevel", "SOMETHING_NEW")).toBe(
      "SOMETHING_NEW",
    );
    expect(formatProfileValue("faith.dioceses", ["Leeds", "York"])).toBe("Leeds; York");
    expect(profileFieldLabel("finance.newThing.someField")).toBe("Finance: new thing: some field");
  });
});

describe("a scheme's changes, in words", () => {
  it("labels decisions, tiers and levels; no part reads None", () => {
    const changes = schemeDiff(
      [{ decision: "APPOINT_CEO", tier: "TRUST_BOARD", level: "DECIDES" }],
      [
        { decision: "APPOINT_CEO", tier: "TRUST_BOARD", level: "RECOMMENDS" },
        { decision: "APPOINT_CEO", tier: "MEMBERS", level: "DECIDES" },
      ],
    );
    expect(readableSchemeChanges(changes)).toEqual([
      {
        key: "APPOINT_CEO:MEMBERS",
        decision: "Appoint the CEO",
        area: "Staffing",
        tier: "Members",
        before: "None",
        after: "Decides",
      },
      {
        key: "APPOINT_CEO:TRUST_BOARD",
        decision: "Appoint the CEO",
        area: "Staffing",
        tier: "Trust board",
        before: "Decides",
        after: "Recommends",
      },
    ]);
  });
});
