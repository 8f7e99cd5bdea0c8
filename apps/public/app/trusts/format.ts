import {
  type EstablishmentType,
  establishmentTypes,
  phases,
  SCA_MIN_ACADEMIES,
  SCA_PUPILS_ABOVE,
  type Vocabulary,
} from "@atlas/domain";
import { countOf, formatDate, formatNumber, type MapSchool, type SchoolPupils } from "@atlas/ui";
import { inReadingOrder, type PhaseCount } from "./profile.ts";
import type { CentralContribution, TrustFinance, TrustSchool } from "./types.ts";

const percentFormat = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 });
const listFormat = new Intl.ListFormat("en-GB", { style: "long", type: "conjunction" });

/** 5 → "5%", 4.5 → "4.5%". */
export function percentText(value: number): string {
  return `${percentFormat.format(value)}%`;
}

/** True for text worth showing: not null, not only spaces. */
export function hasText(text: string | null | undefined): text is string {
  return typeof text === "string" && text.trim() !== "";
}

/** A trust's own words as paragraphs: a blank line starts a new one. */
export function paragraphsOf(text: string | null | undefined): string[] {
  if (!hasText(text)) return [];
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== "");
}

/** ["A", "B", "C"] → "A, B and C". */
export function listText(items: readonly string[]): string {
  return listFormat.format(items);
}

/** Keys in their vocabulary's order (the order every page lists them in), each once. */
export function inVocabularyOrder<K extends string>(
  keys: readonly K[],
  vocabulary: Vocabulary<K>,
): K[] {
  const chosen = new Set(keys);
  return vocabulary.keys.filter((key) => chosen.has(key));
}

/** Labels of keys, in the vocabulary's order. */
export function labelsOf<K extends string>(
  keys: readonly K[],
  vocabulary: Vocabulary<K>,
): string[] {
  return inVocabularyOrder(keys, vocabulary).map((key) => vocabulary.label(key));
}

/**
 * The central services contribution (top-slice) as a school would say it: "5%" for a flat
 * rate, "3–5%, varies by school size" for a range.
 */
export function contributionText(contribution: CentralContribution): string {
  const { kind, percent, minPercent, maxPercent, variesBy } = contribution;
  if (kind === "FLAT") return percent === null ? "Not stated" : percentText(percent);
  const low = minPercent ?? maxPercent;
  const high = maxPercent ?? minPercent;
  if (low === null || high === null) return "Not stated";
  const rate =
    low === high ? percentText(low) : `${percentFormat.format(low)}–${percentText(high)}`;
  return hasText(variesBy) ? `${rate}, varies by ${variesBy.trim()}` : rate;
}

/** Whether the trust pools its schools' General Annual Grant. */
export function gagPoolingText(pooled: boolean): string {
  return pooled
    ? "Pooled: the trust holds its schools' General Annual Grant together"
    : "Not pooled: each school keeps its own General Annual Grant";
}

/** How the trust holds reserves, and the level it aims for. */
export function reservesText(reserves: TrustFinance["reserves"]): string {
  const held = reserves.pooled ? "Pooled centrally" : "Each school keeps its own";
  return reserves.targetPercent === null
    ? held
    : `${held}, with a target of ${percentText(reserves.targetPercent)}`;
}

export function yesNo(value: boolean): string {
  return value ? "Yes" : "No";
}

/** How many more schools the trust says it could take on. */
export function capacityText(capacity: number): string {
  return capacity === 0 ? "No more schools for now" : `Up to ${countOf(capacity, "more school")}`;
}

/**
 * The School Condition Allocation in one line: whether the trust is big enough to get its capital
 * funding as an allocation, or its schools bid for it (the API decides, by the department's rule).
 */
export function schoolConditionAllocationLine(eligible: boolean): string {
  const threshold = `${SCA_MIN_ACADEMIES} or more academies and more than ${formatNumber(SCA_PUPILS_ABOVE)} pupils`;
  return eligible
    ? `Large enough for a School Condition Allocation (${threshold}): the trust gets capital funding for its buildings each year, without bidding.`
    : `Not large enough for a School Condition Allocation (${threshold}): its schools bid to the Condition Improvement Fund for capital funding.`;
}

/** "Profile version 3, published 4 March 2026: New growth plans." */
export function versionLine(
  what: string,
  version: { number: number; publishedAt: string; changeSummary: string },
): string {
  const summary = version.changeSummary.trim();
  const line = `${what} version ${version.number}, published ${formatDate(version.publishedAt)}`;
  return summary === "" ? line : `${line}: ${summary}`;
}

/** A `mailto:` link for an address that looks like one, else null (shown as text). */
export function mailtoHref(email: string): string | null {
  const address = email.trim();
  // Nothing that would add to the link (?cc=…, #…) or end it: just an address.
  const part = String.raw`[^\s@<>()",;:?#&/\\%]+`;
  return new RegExp(`^${part}@${part}\\.${part}$`).test(address) ? `mailto:${address}` : null;
}

/** A web address safe to link to (https only), else null. */
export function httpsHref(url: string | null): string | null {
  if (!hasText(url)) return null;
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    return null;
  }
}

/** Specialist provision, as a school weighing a trust looks for it. */
export type Provision = "special" | "alternative";

const SPECIAL_TYPES: ReadonlySet<EstablishmentType> = new Set([
  "COMMUNITY_SPECIAL",
  "FOUNDATION_SPECIAL",
  "ACADEMY_SPECIAL_SPONSOR_LED",
  "ACADEMY_SPECIAL_CONVERTER",
  "FREE_SCHOOL_SPECIAL",
]);

const ALTERNATIVE_PROVISION_TYPES: ReadonlySet<EstablishmentType> = new Set([
  "PUPIL_REFERRAL_UNIT",
  "FREE_SCHOOL_AP",
  "ACADEMY_AP_CONVERTER",
  "ACADEMY_AP_SPONSOR_LED",
]);

/** Special school, alternative provision, or neither (null). */
export function provisionOf(type: EstablishmentType): Provision | null {
  if (SPECIAL_TYPES.has(type)) return "special";
  if (ALTERNATIVE_PROVISION_TYPES.has(type)) return "alternative";
  return null;
}

export const PROVISION_LABEL: Record<Provision, string> = {
  special: "Special",
  alternative: "Alternative provision",
};

export interface TypeCount {
  establishmentType: EstablishmentType;
  count: number;
}

/** How many of the trust's schools are special schools and alternative provision, in a line. */
export function specialistProvisionLine(counts: readonly TypeCount[]): string {
  let special = 0;
  let alternative = 0;
  for (const { establishmentType, count } of counts) {
    const provision = provisionOf(establishmentType);
    if (provision === "special") special += count;
    if (provision === "alternative") alternative += count;
  }
  const specialText = countOf(special, "special school");
  const alternativeText = countOf(alternative, "alternative provision school");
  if (special > 0 && alternative > 0)
    return `The trust runs ${specialText} and ${alternativeText}.`;
  if (special > 0) return `The trust runs ${specialText}, and no alternative provision.`;
  if (alternative > 0) return `The trust runs ${alternativeText}, and no special school.`;
  return "None of the trust's schools is a special school or alternative provision.";
}

/** Types of school, most schools first, then in the register's order. */
export function typesByCount<T extends TypeCount>(counts: readonly T[]): T[] {
  const order = establishmentTypes.keys;
  return [...counts].sort(
    (a, b) =>
      b.count - a.count || order.indexOf(a.establishmentType) - order.indexOf(b.establishmentType),
  );
}

export function schoolHref(urn: number): string {
  return `/schools/${urn}`;
}

/** The trust's schools by phase, for the phase mix chart: youngest pupils first. */
export function phaseMixOf(
  counts: readonly PhaseCount[],
): { key: string; label: string; count: number }[] {
  return inReadingOrder(counts).map(({ phase, count }) => ({
    key: phase,
    label: phases.label(phase),
    count,
  }));
}

/** A school's phase, or its type where the phase says nothing (most special schools). */
function kindOf(school: Pick<TrustSchool, "phase" | "establishmentType">): string {
  return school.phase === "NOT_APPLICABLE"
    ? establishmentTypes.label(school.establishmentType)
    : phases.label(school.phase);
}

/** The trust's schools on this page, for the map: a dot each, and a line in its list. */
export function mapSchoolsOf(schools: readonly TrustSchool[]): MapSchool[] {
  return schools.map((school) => ({
    id: school.id,
    name: school.name,
    latitude: school.location?.latitude ?? null,
    longitude: school.location?.longitude ?? null,
    detail: `${kindOf(school)}, ${school.localAuthority.name}`,
    href: schoolHref(school.urn),
  }));
}

/** The trust's schools on this page, for the pupils-per-school chart. */
export function pupilsPerSchoolOf(schools: readonly TrustSchool[]): SchoolPupils[] {
  return schools.map((school) => ({
    id: school.id,
    name: school.name,
    pupils: school.pupils,
    href: schoolHref(school.urn),
  }));
}
