import { religiousCharacters } from "../vocabularies/religious-characters.ts";
import { type FaithSchool, faithFamilyOf } from "./faith-eligibility.ts";

/** "(Diocese of Leeds)" when the register names one: the diocese is who a church school asks. */
const ofDiocese = (diocese: string | null) => (diocese ? ` (${diocese})` : "");

/**
 * Which trusts a school may join because of its religious character, in one plain sentence for
 * the school itself. It says, before any trust is named, what `faithEligibility` applies to each
 * trust, so the two must change together.
 */
export function schoolFaithConstraint(school: FaithSchool): string {
  const diocese = ofDiocese(school.diocese);
  switch (faithFamilyOf(school.religiousCharacter)) {
    case "NONE":
      return "No faith constraint: the school may join any trust (a trust with a religious character would need to agree how the school's character is kept).";
    case "CATHOLIC":
      return `As a Catholic school, it may join only a Catholic trust, normally one of its own diocese${diocese}, which decides.`;
    case "CHURCH_OF_ENGLAND":
      return school.establishmentType === "VOLUNTARY_AIDED"
        ? "As a voluntary aided Church of England school, it may join only a church-majority trust (one where the church appoints most of the members and trustees)."
        : `As a Church of England school, it may join a church-majority or church-minority trust, subject to its diocese${diocese}, which must consent.`;
    case "CATHOLIC_AND_CHURCH_OF_ENGLAND":
      return "As a joint Catholic and Church of England school, it may join a Catholic or a Church of England trust, with both churches consenting.";
    case "OTHER": {
      const rc = school.religiousCharacter;
      // The register capitalises "Multi-faith"; mid-sentence it reads as an ordinary word.
      const faith = rc === "MULTI_FAITH" ? "multi-faith" : religiousCharacters.label(rc);
      return `As a ${faith} school, it may join a trust of the same faith, or another trust as its faith body allows.`;
    }
  }
}
