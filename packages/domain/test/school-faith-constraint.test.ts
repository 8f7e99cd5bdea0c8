import { describe, expect, it } from "vitest";
import { faithFamilyOf } from "../src/rules/faith-eligibility.ts";
import { schoolFaithConstraint } from "../src/rules/school-faith-constraint.ts";
import type { EstablishmentType } from "../src/vocabularies/establishment-types.ts";
import {
  type ReligiousCharacter,
  religiousCharacters,
} from "../src/vocabularies/religious-characters.ts";

const school = (
  rc: ReligiousCharacter,
  type: EstablishmentType = "VOLUNTARY_AIDED",
  diocese: string | null = null,
) => ({ religiousCharacter: rc, establishmentType: type, diocese });

const anyTrust =
  "No faith constraint: the school may join any trust (a trust with a religious character would need to agree how the school's character is kept).";

describe("schoolFaithConstraint", () => {
  it.each([
    ["a community school", school("DOES_NOT_APPLY", "COMMUNITY"), anyTrust],
    ["an academy of no religious character", school("NONE", "ACADEMY_CONVERTER"), anyTrust],
    [
      "a Catholic school with its diocese",
      school("ROMAN_CATHOLIC", "VOLUNTARY_AIDED", "Diocese of Salford"),
      "As a Catholic school, it may join only a Catholic trust, normally one of its own diocese (Diocese of Salford), which decides.",
    ],
    [
      "a Catholic school with no diocese recorded",
      school("CATHOLIC", "ACADEMY_CONVERTER"),
      "As a Catholic school, it may join only a Catholic trust, normally one of its own diocese, which decides.",
    ],
    [
      "a voluntary aided Church of England school",
      school("CHURCH_OF_ENGLAND", "VOLUNTARY_AIDED", "Diocese of Leeds"),
      "As a voluntary aided Church of England school, it may join only a church-majority trust (one where the church appoints most of the members and trustees).",
    ],
    [
      "a voluntary controlled Church of England school",
      school("CHURCH_OF_ENGLAND", "VOLUNTARY_CONTROLLED", "Diocese of Leeds"),
      "As a Church of England school, it may join a church-majority or church-minority trust, subject to its diocese (Diocese of Leeds), which must consent.",
    ],
    [
      "a Church of England and Methodist academy with no diocese recorded",
      school("CHURCH_OF_ENGLAND_METHODIST", "ACADEMY_CONVERTER"),
      "As a Church of England school, it may join a church-majority or church-minority trust, subject to its diocese, which must consent.",
    ],
    [
      "a joint Catholic and Church of England school",
      school("ROMAN_CATHOLIC_CHURCH_OF_ENGLAND", "VOLUNTARY_AIDED", "Diocese of Liverpool"),
      "As a joint Catholic and Church of England school, it may join a Catholic or a Church of England trust, with both churches consenting.",
    ],
    [
      "a Jewish school",
      school("JEWISH"),
      "As a Jewish school, it may join a trust of the same faith, or another trust as its faith body allows.",
    ],
    [
      "a multi-faith school",
      school("MULTI_FAITH", "FREE_SCHOOL"),
      "As a multi-faith school, it may join a trust of the same faith, or another trust as its faith body allows.",
    ],
  ])("%s", (_, s, expected) => {
    expect(schoolFaithConstraint(s)).toBe(expected);
  });

  it("says something for every religious character, naming the faith of every other faith", () => {
    for (const rc of religiousCharacters.keys) {
      const sentence = schoolFaithConstraint(school(rc));
      expect(sentence).toMatch(/^(No faith constraint|As a )/);
      if (faithFamilyOf(rc) === "OTHER") {
        expect(sentence.toLowerCase()).toContain(religiousCharacters.label(rc).toLowerCase());
      }
    }
  });
});
