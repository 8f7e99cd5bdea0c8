import type { EstablishmentType } from "../vocabularies/establishment-types.ts";
import type { ReligiousCharacter } from "../vocabularies/religious-characters.ts";
import type { ChurchGovernanceLevel } from "../vocabularies/trust-profile.ts";

/** The faith a school's religious character puts it under, for the question of whom it may join. */
export type FaithFamily =
  | "NONE"
  | "CATHOLIC"
  | "CHURCH_OF_ENGLAND"
  | "CATHOLIC_AND_CHURCH_OF_ENGLAND"
  | "OTHER";

export function faithFamilyOf(rc: ReligiousCharacter): FaithFamily {
  switch (rc) {
    case "DOES_NOT_APPLY":
    case "NONE":
      return "NONE";
    case "ROMAN_CATHOLIC":
    case "CATHOLIC":
      return "CATHOLIC";
    case "CHURCH_OF_ENGLAND":
    case "CHURCH_OF_ENGLAND_METHODIST":
      return "CHURCH_OF_ENGLAND";
    case "ROMAN_CATHOLIC_CHURCH_OF_ENGLAND":
      return "CATHOLIC_AND_CHURCH_OF_ENGLAND";
    default:
      return "OTHER";
  }
}

export interface FaithSchool {
  readonly religiousCharacter: ReligiousCharacter;
  readonly establishmentType: EstablishmentType;
  readonly diocese: string | null;
}

export interface FaithTrust {
  /** The faith most of its schools hold (see `faithFamilyOf`); NONE for a trust without one. */
  readonly faith: FaithFamily;
  /** The faith named, for "OTHER" (e.g. "Jewish"): other faiths match only the same one. */
  readonly otherFaith?: ReligiousCharacter | null;
  readonly churchGovernanceLevel: ChurchGovernanceLevel;
  readonly dioceses: readonly string[];
}

/** Whether a school may join a trust, as diocesan practice is normalised here. */
export interface FaithEligibility {
  /** ELIGIBLE; CONDITIONAL (possible, with the diocese's or faith body's consent); or not. */
  readonly status: "ELIGIBLE" | "CONDITIONAL" | "INELIGIBLE";
  /** In plain words, to show beside the trust: never a silent removal. */
  readonly reason: string;
}

const sameDiocese = (school: FaithSchool, trust: FaithTrust) =>
  school.diocese !== null &&
  trust.dioceses.some((d) => d.trim().toLowerCase() === school.diocese?.trim().toLowerCase());

function catholicRule(school: FaithSchool, trust: FaithTrust): FaithEligibility {
  if (trust.faith !== "CATHOLIC")
    return {
      status: "INELIGIBLE",
      reason: "Catholic schools join Catholic trusts; this trust is not one.",
    };
  return sameDiocese(school, trust)
    ? { status: "ELIGIBLE", reason: "A Catholic trust of the school's own diocese." }
    : {
        status: "CONDITIONAL",
        reason:
          "A Catholic trust, but not of the school's diocese: Catholic schools normally join a trust of their own diocese, which decides.",
      };
}

function churchOfEnglandRule(school: FaithSchool, trust: FaithTrust): FaithEligibility {
  const level = trust.churchGovernanceLevel;
  if (school.establishmentType === "VOLUNTARY_AIDED") {
    return level === "MAJORITY"
      ? {
          status: "ELIGIBLE",
          reason: "A church-majority trust, as a voluntary aided Church of England school needs.",
        }
      : {
          status: "INELIGIBLE",
          reason:
            "Voluntary aided Church of England schools join church-majority trusts; this trust is not one.",
        };
  }
  if (level === "NONE")
    return {
      status: "INELIGIBLE",
      reason:
        "Church of England schools join trusts where the church appoints members and trustees; this trust has no church governance.",
    };
  return {
    status: "CONDITIONAL",
    reason:
      level === "MAJORITY"
        ? "A church-majority trust: the diocese's consent is still needed."
        : "A church-minority trust: possible for a voluntary controlled school, subject to diocesan policy.",
  };
}

/**
 * Whom a school may join, by faith (a normalisation of diocesan practice): Catholic schools
 * Catholic trusts, normally of the same diocese; Church of England voluntary aided schools
 * church-majority trusts; other Church of England schools church-majority or -minority trusts,
 * subject to diocesan policy; other faiths trusts of that faith, or as the faith body allows;
 * schools without a religious character any trust.
 */
export function faithEligibility(school: FaithSchool, trust: FaithTrust): FaithEligibility {
  const family = faithFamilyOf(school.religiousCharacter);
  switch (family) {
    case "NONE":
      return {
        status: "ELIGIBLE",
        reason: "A school without a religious character may join any trust.",
      };
    case "CATHOLIC":
      return catholicRule(school, trust);
    case "CHURCH_OF_ENGLAND":
      return churchOfEnglandRule(school, trust);
    case "CATHOLIC_AND_CHURCH_OF_ENGLAND": {
      // A joint school answers to both churches: either church's trust may do, with both consenting.
      const either = trust.faith === "CATHOLIC" || trust.churchGovernanceLevel !== "NONE";
      return either
        ? {
            status: "CONDITIONAL",
            reason: "A joint Catholic and Church of England school: both dioceses must consent.",
          }
        : {
            status: "INELIGIBLE",
            reason:
              "A joint Catholic and Church of England school joins a church trust; this trust is not one.",
          };
    }
    case "OTHER":
      return trust.faith === "OTHER" && trust.otherFaith === school.religiousCharacter
        ? { status: "ELIGIBLE", reason: "A trust of the school's own faith." }
        : {
            status: "CONDITIONAL",
            reason:
              "Schools of this faith join trusts of the same faith, or as their faith body allows.",
          };
  }
}

/**
 * The faith a trust stands under, from its schools' religious characters: the family most of
 * them hold (ties go to having no faith, the reading that refuses fewest schools wrongly —
 * the faith rules still apply through the trust's church governance). For other faiths, the
 * one most of its schools hold.
 */
export function trustFaithOf(characters: readonly ReligiousCharacter[]): {
  faith: FaithFamily;
  otherFaith: ReligiousCharacter | null;
} {
  const families = new Map<FaithFamily, number>();
  const others = new Map<ReligiousCharacter, number>();
  for (const rc of characters) {
    const family = faithFamilyOf(rc);
    families.set(family, (families.get(family) ?? 0) + 1);
    if (family === "OTHER") others.set(rc, (others.get(rc) ?? 0) + 1);
  }
  const half = characters.length / 2;
  const majority = [...families].find(([, n]) => n > half)?.[0] ?? "NONE";
  const otherFaith =
    majority === "OTHER" ? ([...others].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null) : null;
  return { faith: majority, otherFaith };
}
