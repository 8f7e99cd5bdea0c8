import { type DbOrTx, executeRows, tables } from "@atlas/db";
import {
  type AreaAutonomy,
  type ChurchGovernanceLevel,
  type EstablishmentType,
  type FitPreferencesInput,
  faithEligibility,
  type Phase,
  type ReligiousCharacter,
  type TrustFit,
  type TrustValue,
  trustFaithOf,
  trustFit,
} from "@atlas/domain";
import { eq } from "drizzle-orm";
import { fitFactsStatement } from "./sql.ts";

/** The school a ranking is for: what the register says constrains it, and where it is. */
export interface FitSchool {
  religiousCharacter: ReligiousCharacter;
  establishmentType: EstablishmentType;
  diocese: string | null;
  easting: number | null;
  northing: number | null;
}

export interface RankedTrust extends TrustFit {
  trustId: string;
  trustName: string;
  eligibility: "ELIGIBLE" | "CONDITIONAL" | "INELIGIBLE";
}

/** The register details that constrain the school and place it; null for a URN of none. */
export async function fitSchoolByUrn(db: DbOrTx, urn: number): Promise<FitSchool | null> {
  const { schools } = tables;
  const [school] = await db
    .select({
      religiousCharacter: schools.religiousCharacter,
      establishmentType: schools.establishmentType,
      diocese: schools.diocese,
      easting: schools.easting,
      northing: schools.northing,
    })
    .from(schools)
    .where(eq(schools.urn, urn));
  return school ?? null;
}

const list = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

/**
 * Every open trust running a school, scored for this school: one statement for the facts,
 * then the domain's faith rule and fit score for each. Best first; equal scores by name.
 * A trust the school's faith rules out stays in the list with 0 and the reason.
 */
export async function rankTrusts(
  db: DbOrTx,
  school: FitSchool,
  preferences: FitPreferencesInput,
): Promise<RankedTrust[]> {
  const origin =
    school.easting === null || school.northing === null
      ? null
      : { easting: school.easting, northing: school.northing };
  const rows = await executeRows(db, fitFactsStatement(origin));
  const ranked = rows.map((row): RankedTrust => {
    const { faith, otherFaith } = trustFaithOf(list(row.characters) as ReligiousCharacter[]);
    const eligibility = faithEligibility(school, {
      faith,
      otherFaith,
      churchGovernanceLevel: (row.church as ChurchGovernanceLevel | null) ?? "NONE",
      dioceses: [...new Set([...list(row.dioceses), ...list(row.school_dioceses)])],
    });
    const fit = trustFit(
      preferences,
      {
        values: list(row.trust_values) as TrustValue[],
        distanceKm: row.distance_km == null ? null : Number(row.distance_km),
        schoolCount: Number(row.school_count),
        phases: list(row.phases) as Phase[],
        autonomy: (Array.isArray(row.autonomy) ? row.autonomy : []) as AreaAutonomy[],
        contributionPercent: row.contribution == null ? null : Number(row.contribution),
      },
      eligibility,
    );
    return {
      ...fit,
      trustId: String(row.id),
      trustName: String(row.name),
      eligibility: eligibility.status,
    };
  });
  return ranked.sort((a, b) => b.score - a.score || a.trustName.localeCompare(b.trustName));
}
