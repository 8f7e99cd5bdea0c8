import type { SchemeGrid } from "../schemes/scheme.ts";
import { decisionAreas, delegationDecisions, delegationTiers } from "../vocabularies/delegation.ts";
import { type Phase, phases } from "../vocabularies/phases.ts";
import { type Region, regions } from "../vocabularies/regions.ts";
import {
  type ChurchGovernanceLevel,
  churchGovernanceLevels,
  type GrowthStage,
  growthStages,
} from "../vocabularies/trust-profile.ts";
import { type TrustValue, trustValues } from "../vocabularies/trust-values.ts";
import type { AreaAutonomy } from "./local-autonomy-index.ts";

/** What a side-by-side comparison shows of one trust; null where it has not published it. */
export interface ComparableTrust {
  readonly schoolCount: number;
  readonly pupilCount: number;
  readonly phaseCounts: readonly { readonly phase: Phase; readonly count: number }[];
  readonly regions: readonly Region[];
  readonly values: readonly TrustValue[] | null;
  readonly churchGovernanceLevel: ChurchGovernanceLevel | null;
  readonly growthStage: GrowthStage | null;
  readonly openToPartnerships: boolean | null;
  readonly contribution: { readonly min: number; readonly max: number } | null;
  readonly gagPooling: boolean | null;
  readonly autonomy: readonly AreaAutonomy[] | null;
  readonly scheme: SchemeGrid | null;
}

export const comparisonGroups = [
  "AT_A_GLANCE",
  "VALUES",
  "GROWTH",
  "FAITH",
  "FINANCE",
  "AUTONOMY",
  "SCHEME",
] as const;
export type ComparisonGroup = (typeof comparisonGroups)[number];

export interface ComparisonRow {
  readonly group: ComparisonGroup;
  /** Stable across comparisons, e.g. `autonomy.BUDGET` or `scheme.APPOINT_HEADTEACHER`. */
  readonly key: string;
  readonly label: string;
  /** One per trust, in the order given, in words. */
  readonly values: readonly string[];
  /** Whether the trusts differ on it: what a reader should look at. */
  readonly differs: boolean;
}

export const NOT_PUBLISHED = "Not published";

/** A comparison takes 2 to 4 trusts: fewer is no comparison, more do not fit side by side. */
export const MIN_COMPARED = 2;
export const MAX_COMPARED = 4;

const yesNo = (b: boolean | null) => (b === null ? NOT_PUBLISHED : b ? "Yes" : "No");
const percent = (n: number) => `${Math.round(n * 100)}%`;

/** The tier that decides a decision in a scheme, in words. */
function decider(scheme: SchemeGrid | null, decision: string): string {
  if (!scheme) return NOT_PUBLISHED;
  const tiers = scheme.filter((c) => c.decision === decision && c.level === "DECIDES");
  if (tiers.length === 0) return "No one decides";
  return tiers.map((c) => delegationTiers.label(c.tier)).join(" and ");
}

/**
 * Every dimension of two or more trusts row by row, in words, each marked where they differ:
 * the profile's facts, autonomy per decision area, and the scheme aligned decision by decision.
 */
export function comparisonRows(trusts: readonly ComparableTrust[]): ComparisonRow[] {
  const rows: ComparisonRow[] = [];
  const row = (
    group: ComparisonGroup,
    key: string,
    label: string,
    textOf: (t: ComparableTrust) => string,
  ) => {
    const values = trusts.map(textOf);
    rows.push({ group, key, label, values, differs: new Set(values).size > 1 });
  };
  row("AT_A_GLANCE", "schools", "Schools", (t) => String(t.schoolCount));
  row("AT_A_GLANCE", "pupils", "Pupils", (t) => t.pupilCount.toLocaleString("en-GB"));
  row("AT_A_GLANCE", "phases", "Phases", (t) =>
    t.phaseCounts.length === 0
      ? "None"
      : phases.keys
          .flatMap((p) => t.phaseCounts.filter((c) => c.phase === p))
          .map((c) => `${phases.label(c.phase)} ${c.count}`)
          .join(", "),
  );
  row(
    "AT_A_GLANCE",
    "regions",
    "Regions",
    (t) =>
      regions.keys
        .filter((r) => t.regions.includes(r))
        .map((r) => regions.label(r))
        .join(", ") || "None",
  );
  row("VALUES", "values", "Values", (t) =>
    t.values === null
      ? NOT_PUBLISHED
      : trustValues.keys
          .filter((v) => t.values?.includes(v))
          .map((v) => trustValues.label(v))
          .join(", ") || "None listed",
  );
  row("GROWTH", "growthStage", "Growth stage", (t) =>
    t.growthStage ? growthStages.label(t.growthStage) : NOT_PUBLISHED,
  );
  row("GROWTH", "openToPartnerships", "Open to trust partnerships", (t) =>
    yesNo(t.openToPartnerships),
  );
  row("FAITH", "churchGovernanceLevel", "Church governance", (t) =>
    t.churchGovernanceLevel ? churchGovernanceLevels.label(t.churchGovernanceLevel) : NOT_PUBLISHED,
  );
  row("FINANCE", "contribution", "Central contribution", (t) =>
    t.contribution === null
      ? NOT_PUBLISHED
      : t.contribution.min === t.contribution.max
        ? `${t.contribution.min}%`
        : `${t.contribution.min}% to ${t.contribution.max}%`,
  );
  row("FINANCE", "gagPooling", "Pools GAG funding", (t) => yesNo(t.gagPooling));
  for (const area of decisionAreas.keys) {
    row("AUTONOMY", `autonomy.${area}`, decisionAreas.label(area), (t) => {
      if (t.autonomy === null) return NOT_PUBLISHED;
      const found = t.autonomy.find((a) => a.area === area);
      return found ? `${percent(found.index)} local` : "Not in the scheme";
    });
  }
  for (const decision of delegationDecisions.keys) {
    row("SCHEME", `scheme.${decision}`, delegationDecisions.label(decision), (t) =>
      decider(t.scheme, decision),
    );
  }
  return rows;
}
