import { describe, expect, it } from "vitest";
import {
  establishmentTypeFamily,
  establishmentTypes,
  groupTypes,
  hasReligiousCharacter,
  isAcademyType,
  isOpenPartnershipState,
  isSpecialOrAlternativeProvision,
  OPEN_PARTNERSHIP_STATES,
  partnershipActions,
  partnershipFocusAreas,
  partnershipIntents,
  partnershipOutcomes,
  partnershipParties,
  partnershipStates,
  phases,
  regions,
  religiousCharacters,
  roles,
  sizeBandOf,
  sizeBands,
} from "../src/index.ts";

describe("vocabularies", () => {
  it("labels keys, and falls back to the key for an unknown one", () => {
    expect(phases.label("PRIMARY")).toBe("Primary");
    expect(regions.label("YORKSHIRE_AND_THE_HUMBER")).toBe("Yorkshire and the Humber");
    expect(religiousCharacters.label("ROMAN_CATHOLIC")).toBe("Roman Catholic");
    expect(roles.label("CURATOR")).toBe("Sector body curator");
    expect(sizeBands.label("VERY_LARGE")).toBe("More than 30 schools");
    // @ts-expect-error: not a phase
    expect(phases.label("KINDERGARTEN")).toBe("KINDERGARTEN");
  });

  it("finds entries by the register's code, trimming spaces", () => {
    expect(phases.byCode("2")?.key).toBe("PRIMARY");
    expect(phases.byCode("0")?.key).toBe("NOT_APPLICABLE");
    expect(phases.byCode(" 7 ")?.key).toBe("ALL_THROUGH");
    expect(phases.byCode("9")).toBeUndefined();
    expect(establishmentTypes.byCode("34")?.key).toBe("ACADEMY_CONVERTER");
    expect(establishmentTypes.byCode("1")?.key).toBe("COMMUNITY");
    expect(establishmentTypes.byCode("44")?.key).toBe("ACADEMY_SPECIAL_CONVERTER");
    expect(regions.byCode("H")?.key).toBe("LONDON");
    expect(regions.byCode("A")?.key).toBe("NORTH_EAST");
    expect(regions.byCode("K")?.label).toBe("South West");
    expect(regions.byCode("Z")).toBeUndefined();
    expect(groupTypes.byCode("6")?.key).toBe("MULTI_ACADEMY_TRUST");
    expect(groupTypes.byCode("10")?.key).toBe("SINGLE_ACADEMY_TRUST");
  });

  it("has unique keys and codes in every vocabulary", () => {
    for (const vocab of [phases, establishmentTypes, regions, religiousCharacters, groupTypes]) {
      const keys = vocab.entries.map((e) => e.key);
      expect(new Set(keys).size).toBe(keys.length);
      const codes = vocab.entries.flatMap((e) => (e.code === undefined ? [] : [e.code]));
      expect(new Set(codes).size).toBe(codes.length);
    }
    expect(regions.keys).toHaveLength(9);
  });

  it("tells a key from another string", () => {
    expect(regions.has("LONDON")).toBe(true);
    expect(regions.has("London")).toBe(false);
  });

  it.each([
    ["ACADEMY_SPECIAL_CONVERTER", true],
    ["FREE_SCHOOL_AP", true],
    ["PUPIL_REFERRAL_UNIT", true],
    ["COMMUNITY_SPECIAL", true],
    ["ACADEMY_CONVERTER", false],
    ["FREE_SCHOOL_16_19", false],
  ] as const)("counts %s as special or alternative provision: %s", (type, expected) => {
    expect(isSpecialOrAlternativeProvision(type)).toBe(expected);
  });

  it("knows which establishment types a trust runs", () => {
    expect(isAcademyType("ACADEMY_CONVERTER")).toBe(true);
    expect(isAcademyType("FREE_SCHOOL_SPECIAL")).toBe(true);
    expect(isAcademyType("UNIVERSITY_TECHNICAL_COLLEGE")).toBe(true);
    expect(isAcademyType("COMMUNITY")).toBe(false);
    expect(isAcademyType("COMMUNITY_SPECIAL")).toBe(false);
    expect(establishmentTypeFamily("VOLUNTARY_AIDED")).toBe("MAINTAINED");
    expect(establishmentTypeFamily("FOUNDATION_SPECIAL")).toBe("SPECIAL");
    for (const type of establishmentTypes.keys) {
      expect(["MAINTAINED", "SPECIAL", "ACADEMY", "FREE_SCHOOL"]).toContain(
        establishmentTypeFamily(type),
      );
    }
  });

  it("treats None and Does not apply as no religious character", () => {
    expect(hasReligiousCharacter("NONE")).toBe(false);
    expect(hasReligiousCharacter("DOES_NOT_APPLY")).toBe(false);
    expect(hasReligiousCharacter("CHURCH_OF_ENGLAND")).toBe(true);
  });

  it.each([
    [0, null],
    [1, "SINGLE"],
    [2, "SMALL"],
    [5, "SMALL"],
    [6, "MEDIUM"],
    [10, "MEDIUM"],
    [11, "LARGE"],
    [30, "LARGE"],
    [31, "VERY_LARGE"],
    [120, "VERY_LARGE"],
  ] as const)("puts a trust of %i schools in band %s", (count, band) => {
    expect(sizeBandOf(count)).toBe(band);
  });
});

describe("partnership vocabularies", () => {
  it.each([
    ["partnershipStates", partnershipStates, 7],
    ["partnershipIntents", partnershipIntents, 3],
    ["partnershipFocusAreas", partnershipFocusAreas, 10],
    ["partnershipOutcomes", partnershipOutcomes, 3],
    ["partnershipParties", partnershipParties, 2],
    ["partnershipActions", partnershipActions, 8],
  ])("%s has %i entries, each with a key, a label and a description", (_name, vocab, count) => {
    expect(vocab.keys).toHaveLength(count);
    expect(new Set(vocab.keys).size).toBe(count);
    for (const e of vocab.entries) {
      expect(e.key).toMatch(/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/);
      expect(e.label.length).toBeGreaterThan(0);
      expect(e.description).toMatch(/^[A-Z].*\.$/);
    }
  });

  it("labels steps as a person reads them on a button", () => {
    expect(partnershipActions.keys.map((k) => partnershipActions.label(k))).toEqual([
      "Open discussion",
      "Propose changes to terms",
      "Confirm the agreement",
      "Decline",
      "Withdraw",
      "Start the partnership",
      "Extend",
      "Conclude",
    ]);
    expect(partnershipStates.label("IN_DISCUSSION")).toBe("In discussion");
    expect(partnershipFocusAreas.label("CPD")).toBe("Staff training (CPD)");
    expect(partnershipIntents.label("CONVERT_AND_JOIN")).toBe("Convert to an academy and join");
    expect(partnershipParties.has("SYSTEM")).toBe(false);
  });

  it.each([
    ["REQUESTED", true],
    ["IN_DISCUSSION", true],
    ["AGREED", true],
    ["ACTIVE", true],
    ["CONCLUDED", false],
    ["DECLINED", false],
    ["WITHDRAWN", false],
  ] as const)("counts %s as open: %s", (state, open) => {
    expect(isOpenPartnershipState(state)).toBe(open);
    expect(OPEN_PARTNERSHIP_STATES.includes(state)).toBe(open);
  });
});
