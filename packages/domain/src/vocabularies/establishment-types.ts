import { vocabulary } from "./vocabulary.ts";

/**
 * Type of establishment, as the register codes it. `family` groups the types the way
 * schools talk about them (a maintained school can join a trust; an academy already is one).
 */
export const establishmentTypeFamilies = vocabulary([
  { key: "MAINTAINED", label: "Local authority maintained" },
  { key: "SPECIAL", label: "Special school" },
  { key: "ACADEMY", label: "Academy" },
  { key: "FREE_SCHOOL", label: "Free school" },
]);
export type EstablishmentTypeFamily = (typeof establishmentTypeFamilies.keys)[number];

export const establishmentTypes = vocabulary([
  { key: "COMMUNITY", label: "Community school", code: "1" },
  { key: "VOLUNTARY_AIDED", label: "Voluntary aided school", code: "2" },
  { key: "VOLUNTARY_CONTROLLED", label: "Voluntary controlled school", code: "3" },
  { key: "FOUNDATION", label: "Foundation school", code: "5" },
  { key: "COMMUNITY_SPECIAL", label: "Community special school", code: "7" },
  { key: "FOUNDATION_SPECIAL", label: "Foundation special school", code: "12" },
  { key: "PUPIL_REFERRAL_UNIT", label: "Pupil referral unit", code: "14" },
  { key: "LA_NURSERY", label: "Local authority nursery school", code: "15" },
  { key: "ACADEMY_SPONSOR_LED", label: "Academy sponsor led", code: "28" },
  { key: "ACADEMY_SPECIAL_SPONSOR_LED", label: "Academy special sponsor led", code: "33" },
  { key: "ACADEMY_CONVERTER", label: "Academy converter", code: "34" },
  { key: "FREE_SCHOOL", label: "Free school", code: "35" },
  { key: "FREE_SCHOOL_SPECIAL", label: "Free school special", code: "36" },
  { key: "FREE_SCHOOL_AP", label: "Free school alternative provision", code: "38" },
  { key: "FREE_SCHOOL_16_19", label: "Free school 16 to 19", code: "39" },
  { key: "UNIVERSITY_TECHNICAL_COLLEGE", label: "University technical college", code: "40" },
  { key: "STUDIO_SCHOOL", label: "Studio school", code: "41" },
  { key: "ACADEMY_AP_CONVERTER", label: "Academy alternative provision converter", code: "42" },
  { key: "ACADEMY_AP_SPONSOR_LED", label: "Academy alternative provision sponsor led", code: "43" },
  { key: "ACADEMY_SPECIAL_CONVERTER", label: "Academy special converter", code: "44" },
  { key: "ACADEMY_16_19_CONVERTER", label: "Academy 16 to 19 converter", code: "45" },
  { key: "ACADEMY_16_19_SPONSOR_LED", label: "Academy 16 to 19 sponsor led", code: "46" },
]);
export type EstablishmentType = (typeof establishmentTypes.keys)[number];

const familyOf: Record<EstablishmentType, EstablishmentTypeFamily> = {
  COMMUNITY: "MAINTAINED",
  VOLUNTARY_AIDED: "MAINTAINED",
  VOLUNTARY_CONTROLLED: "MAINTAINED",
  FOUNDATION: "MAINTAINED",
  PUPIL_REFERRAL_UNIT: "MAINTAINED",
  LA_NURSERY: "MAINTAINED",
  COMMUNITY_SPECIAL: "SPECIAL",
  FOUNDATION_SPECIAL: "SPECIAL",
  ACADEMY_SPONSOR_LED: "ACADEMY",
  ACADEMY_SPECIAL_SPONSOR_LED: "ACADEMY",
  ACADEMY_CONVERTER: "ACADEMY",
  ACADEMY_AP_CONVERTER: "ACADEMY",
  ACADEMY_AP_SPONSOR_LED: "ACADEMY",
  ACADEMY_SPECIAL_CONVERTER: "ACADEMY",
  ACADEMY_16_19_CONVERTER: "ACADEMY",
  ACADEMY_16_19_SPONSOR_LED: "ACADEMY",
  FREE_SCHOOL: "FREE_SCHOOL",
  FREE_SCHOOL_SPECIAL: "FREE_SCHOOL",
  FREE_SCHOOL_AP: "FREE_SCHOOL",
  FREE_SCHOOL_16_19: "FREE_SCHOOL",
  UNIVERSITY_TECHNICAL_COLLEGE: "FREE_SCHOOL",
  STUDIO_SCHOOL: "FREE_SCHOOL",
};

export function establishmentTypeFamily(type: EstablishmentType): EstablishmentTypeFamily {
  return familyOf[type];
}

/** Academies and free schools are run by a trust; maintained and LA special schools are not. */
export function isAcademyType(type: EstablishmentType): boolean {
  const family = familyOf[type];
  return family === "ACADEMY" || family === "FREE_SCHOOL";
}

const specialOrAlternative: ReadonlySet<EstablishmentType> = new Set<EstablishmentType>([
  "COMMUNITY_SPECIAL",
  "FOUNDATION_SPECIAL",
  "ACADEMY_SPECIAL_SPONSOR_LED",
  "ACADEMY_SPECIAL_CONVERTER",
  "FREE_SCHOOL_SPECIAL",
  "PUPIL_REFERRAL_UNIT",
  "FREE_SCHOOL_AP",
  "ACADEMY_AP_CONVERTER",
  "ACADEMY_AP_SPONSOR_LED",
]);

/** Special schools and alternative provision (pupil referral units and AP academies). */
export function isSpecialOrAlternativeProvision(type: EstablishmentType): boolean {
  return specialOrAlternative.has(type);
}
