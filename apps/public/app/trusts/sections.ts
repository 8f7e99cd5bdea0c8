import { hasText } from "./format.ts";
import type { TrustProfile } from "./types.ts";

/**
 * The parts of a trust's page, in the order a school weighing the trust reads them: the facts
 * first, then what the trust says about itself (what it believes, where it works and grows, what
 * it offers, what it costs, who decides), then its schools and the register's details.
 */
const READING_ORDER = [
  { id: "at-a-glance", title: "At a glance" },
  { id: "vision-and-values", title: "Vision and values" },
  { id: "ethos", title: "Ethos" },
  { id: "quality", title: "Trust quality" },
  { id: "faith", title: "Faith" },
  { id: "geography", title: "Where the trust works" },
  { id: "growth", title: "Growth" },
  { id: "school-improvement", title: "School improvement" },
  { id: "central-services", title: "Central services" },
  { id: "finance", title: "Finance" },
  { id: "governance", title: "Governance" },
  { id: "scheme-of-delegation", title: "Scheme of delegation" },
  { id: "map", title: "Map of the schools" },
  { id: "pupils", title: "Pupils per school" },
  { id: "schools", title: "Schools in the trust" },
  { id: "register", title: "Register details" },
] as const;

export type SectionId = (typeof READING_ORDER)[number]["id"];

export interface TrustPageSection {
  id: SectionId;
  title: string;
}

/** The heading of each part of the page, by its id. */
export const SECTION_TITLE = Object.fromEntries(
  READING_ORDER.map(({ id, title }) => [id, title]),
) as Record<SectionId, string>;

/** What decides which parts the page has. */
export interface SectionInputs {
  profile: Pick<
    TrustProfile,
    | "ethos"
    | "qualityStatements"
    | "faith"
    | "geography"
    | "growth"
    | "schoolImprovementOffer"
    | "centralServices"
    | "finance"
    | "governance"
  > | null;
  /** Schools listed on this page (the map and the pupils chart show them). */
  schoolsListed: number;
}

function hasPart(id: SectionId, { profile, schoolsListed }: SectionInputs): boolean {
  switch (id) {
    // The facts, the scheme (or a note that there is none), the list and the register: always.
    case "at-a-glance":
    case "scheme-of-delegation":
    case "schools":
    case "register":
      return true;
    case "map":
    case "pupils":
      return schoolsListed > 0;
    case "vision-and-values":
      // The vision statement is the one part every published profile has.
      return profile !== null;
    case "ethos":
      return hasText(profile?.ethos);
    case "quality":
      return (profile?.qualityStatements ?? []).some((q) => hasText(q.statement));
    case "faith":
      return (profile?.faith ?? null) !== null;
    case "geography": {
      const geography = profile?.geography ?? null;
      return (
        geography !== null &&
        geography.regions.length +
          geography.localAuthorities.length +
          geography.growthAreas.length >
          0
      );
    }
    case "growth":
      return (profile?.growth ?? null) !== null;
    case "school-improvement":
      return hasText(profile?.schoolImprovementOffer);
    case "central-services":
      return (profile?.centralServices.length ?? 0) > 0;
    case "finance":
      return (profile?.finance ?? null) !== null;
    case "governance":
      return (profile?.governance ?? null) !== null;
  }
}

/** The parts this trust's page has, in reading order (the contents list and the page follow it). */
export function trustPageSections(inputs: SectionInputs): TrustPageSection[] {
  return READING_ORDER.filter(({ id }) => hasPart(id, inputs)).map(({ id, title }) => ({
    id,
    title,
  }));
}
