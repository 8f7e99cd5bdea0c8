import { describe, expect, it } from "vitest";
import { type FaithTrust, faithEligibility, trustFaithOf } from "../src/rules/faith-eligibility.ts";
import type { EstablishmentType } from "../src/vocabularies/establishment-types.ts";
import type { ReligiousCharacter } from "../src/vocabularies/religious-characters.ts";

const catholicSalford: FaithTrust = {
  faith: "CATHOLIC",
  churchGovernanceLevel: "MAJORITY",
  dioceses: ["Diocese of Salford"],
};
const cofeMajority: FaithTrust = {
  faith: "CHURCH_OF_ENGLAND",
  churchGovernanceLevel: "MAJORITY",
  dioceses: ["Diocese of Leeds"],
};
const cofeMinority: FaithTrust = {
  faith: "NONE",
  churchGovernanceLevel: "MINORITY",
  dioceses: ["Diocese of Leeds"],
};
const secular: FaithTrust = { faith: "NONE", churchGovernanceLevel: "NONE", dioceses: [] };
const jewish: FaithTrust = {
  faith: "OTHER",
  otherFaith: "JEWISH",
  churchGovernanceLevel: "NONE",
  dioceses: [],
};

const school = (
  rc: ReligiousCharacter,
  type: EstablishmentType = "VOLUNTARY_AIDED",
  diocese: string | null = null,
) => ({
  religiousCharacter: rc,
  establishmentType: type,
  diocese,
});

describe("faithEligibility", () => {
  it.each([
    ["a community school, any trust", school("DOES_NOT_APPLY", "COMMUNITY"), secular, "ELIGIBLE"],
    [
      "a community school, a Catholic trust",
      school("NONE", "COMMUNITY"),
      catholicSalford,
      "ELIGIBLE",
    ],
    [
      "a Catholic school, its diocese's Catholic trust",
      school("ROMAN_CATHOLIC", "VOLUNTARY_AIDED", "Diocese of Salford"),
      catholicSalford,
      "ELIGIBLE",
    ],
    [
      "a Catholic school, a Catholic trust of another diocese",
      school("ROMAN_CATHOLIC", "VOLUNTARY_AIDED", "Diocese of Leeds"),
      catholicSalford,
      "CONDITIONAL",
    ],
    ["a Catholic school, a non-Catholic trust", school("CATHOLIC"), cofeMajority, "INELIGIBLE"],
    [
      "a Catholic academy, a secular trust",
      school("ROMAN_CATHOLIC", "ACADEMY_CONVERTER"),
      secular,
      "INELIGIBLE",
    ],
    [
      "a CofE VA school, a church-majority trust",
      school("CHURCH_OF_ENGLAND"),
      cofeMajority,
      "ELIGIBLE",
    ],
    [
      "a CofE VA school, a church-minority trust",
      school("CHURCH_OF_ENGLAND"),
      cofeMinority,
      "INELIGIBLE",
    ],
    [
      "a CofE VC school, a church-minority trust",
      school("CHURCH_OF_ENGLAND", "VOLUNTARY_CONTROLLED"),
      cofeMinority,
      "CONDITIONAL",
    ],
    [
      "a CofE VC school, a church-majority trust",
      school("CHURCH_OF_ENGLAND", "VOLUNTARY_CONTROLLED"),
      cofeMajority,
      "CONDITIONAL",
    ],
    [
      "a CofE VC school, a secular trust",
      school("CHURCH_OF_ENGLAND", "VOLUNTARY_CONTROLLED"),
      secular,
      "INELIGIBLE",
    ],
    [
      "a CofE/Methodist school, a secular trust",
      school("CHURCH_OF_ENGLAND_METHODIST", "VOLUNTARY_CONTROLLED"),
      secular,
      "INELIGIBLE",
    ],
    [
      "a joint Catholic and CofE school, a Catholic trust",
      school("ROMAN_CATHOLIC_CHURCH_OF_ENGLAND"),
      catholicSalford,
      "CONDITIONAL",
    ],
    [
      "a joint Catholic and CofE school, a secular trust",
      school("ROMAN_CATHOLIC_CHURCH_OF_ENGLAND"),
      secular,
      "INELIGIBLE",
    ],
    ["a Jewish school, a Jewish trust", school("JEWISH"), jewish, "ELIGIBLE"],
    ["a Jewish school, a secular trust", school("JEWISH"), secular, "CONDITIONAL"],
    ["a Muslim school, a Jewish trust", school("MUSLIM"), jewish, "CONDITIONAL"],
  ])("%s", (_, s, trust, status) => {
    const result = faithEligibility(s, trust);
    expect(result.status).toBe(status);
    expect(result.reason.length).toBeGreaterThan(20);
  });

  it("says why in the words schools use", () => {
    expect(faithEligibility(school("ROMAN_CATHOLIC"), secular).reason).toBe(
      "Catholic schools join Catholic trusts; this trust is not one.",
    );
  });
});

describe("trustFaithOf", () => {
  it.each([
    ["no schools", [], "NONE", null],
    ["all Catholic", ["ROMAN_CATHOLIC", "ROMAN_CATHOLIC"], "CATHOLIC", null],
    [
      "a Church of England majority",
      ["CHURCH_OF_ENGLAND", "CHURCH_OF_ENGLAND", "NONE"],
      "CHURCH_OF_ENGLAND",
      null,
    ],
    ["half and half", ["CHURCH_OF_ENGLAND", "NONE"], "NONE", null],
    ["a Jewish majority", ["JEWISH", "JEWISH", "DOES_NOT_APPLY"], "OTHER", "JEWISH"],
  ] as const)("%s", (_name, characters, faith, otherFaith) => {
    expect(trustFaithOf(characters)).toEqual({ faith, otherFaith });
  });
});
