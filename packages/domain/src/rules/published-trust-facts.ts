import type { TrustProfileInput } from "../schemas/trust-profile.ts";
import type { LooseSchemeCell } from "../schemes/scheme.ts";
import type { ChurchGovernanceLevel, GrowthStage } from "../vocabularies/trust-profile.ts";
import { type TrustValue, trustValues } from "../vocabularies/trust-values.ts";
import { type AreaAutonomy, localAutonomyIndex } from "./local-autonomy-index.ts";

/**
 * What search, compare and fit read from a trust's published profile and scheme, kept beside
 * the trust so a search filters on columns instead of opening every trust's documents. Null
 * means the trust has not published that part: a filter on it leaves the trust out, and fit
 * says it is not known rather than guessing.
 */
export interface PublishedTrustFacts {
  readonly values: readonly TrustValue[];
  readonly openToPartnerships: boolean | null;
  readonly openToNewSchools: boolean | null;
  readonly growthStage: GrowthStage | null;
  readonly churchGovernanceLevel: ChurchGovernanceLevel | null;
  readonly dioceses: readonly string[];
  /** The central contribution (percent of funding): a flat rate is both its lowest and highest. */
  readonly contributionMinPercent: number | null;
  readonly contributionMaxPercent: number | null;
  readonly gagPooling: boolean | null;
  readonly autonomy: readonly AreaAutonomy[];
  /** The mean of the areas' indexes (each area counts the same), 0–1; null without a scheme. */
  readonly autonomyIndex: number | null;
  /** The words full-text search matches besides the name: vision, values, ethos, offer. */
  readonly searchDocument: string;
}

/** The facts of the newest published profile and scheme; either may be missing. */
export function publishedTrustFacts(
  profile: TrustProfileInput | null,
  scheme: readonly LooseSchemeCell[] | null,
): PublishedTrustFacts {
  const contribution = profile?.finance?.contribution;
  const autonomy = scheme ? localAutonomyIndex(scheme) : [];
  const values = profile?.values ?? [];
  return {
    values: values.map((v) => v.value),
    openToPartnerships: profile?.growth?.openToPartnerships ?? null,
    openToNewSchools: profile?.growth?.openToNewSchools ?? null,
    growthStage: profile?.growth?.stage ?? null,
    churchGovernanceLevel: profile?.faith?.churchGovernanceLevel ?? null,
    dioceses: profile?.faith?.dioceses ?? [],
    contributionMinPercent:
      contribution === undefined
        ? null
        : contribution.kind === "FLAT"
          ? contribution.percent
          : contribution.minPercent,
    contributionMaxPercent:
      contribution === undefined
        ? null
        : contribution.kind === "FLAT"
          ? contribution.percent
          : contribution.maxPercent,
    gagPooling: profile?.finance?.gagPooling ?? null,
    autonomy,
    autonomyIndex:
      autonomy.length === 0
        ? null
        : Math.round((autonomy.reduce((sum, a) => sum + a.index, 0) / autonomy.length) * 100) / 100,
    searchDocument: profile
      ? [
          profile.visionStatement,
          ...values.flatMap((v) => [trustValues.label(v.value), v.statement]),
          profile.ethos,
          profile.schoolImprovementOffer,
        ]
          .filter((part): part is string => typeof part === "string" && part.length > 0)
          .join("\n")
      : "",
  };
}
