import type { DecisionArea } from "../vocabularies/delegation.ts";
import type { Phase } from "../vocabularies/phases.ts";
import type { TrustValue } from "../vocabularies/trust-values.ts";
import type { FaithEligibility } from "./faith-eligibility.ts";

/** What a school weighs when it maps itself against a trust. */
export const fitDimensions = [
  "VALUES",
  "DISTANCE",
  "SIZE",
  "PHASE_MIX",
  "AUTONOMY",
  "FINANCE",
] as const;
export type FitDimension = (typeof fitDimensions)[number];

/** The school's side of the mapping exercise; a dimension without a preference is not scored. */
export interface FitPreferences {
  /** 0 (ignore) to 5 (matters most); a dimension left out weighs 0. */
  readonly weights: Partial<Record<FitDimension, number>>;
  readonly values?: readonly TrustValue[];
  /** Beyond this the distance part is 0; closer scores higher. */
  readonly maxDistanceKm?: number;
  /** The size of trust (schools) it would like to join. */
  readonly size?: { readonly min: number; readonly max: number };
  /** Phases it wants the trust to run already (peers for its own staff and pupils). */
  readonly phases?: readonly Phase[];
  /** The share of decisions it wants made locally, per area, 0–1. */
  readonly autonomy?: Partial<Record<DecisionArea, number>>;
  /** The highest central contribution (percent of funding) it would accept. */
  readonly maxContributionPercent?: number;
}

/** The trust's side, from its published profile, scheme and schools. */
export interface TrustFitFacts {
  readonly values: readonly TrustValue[];
  /** From the school to the trust's nearest school, in km; null when unknown. */
  readonly distanceKm: number | null;
  readonly schoolCount: number;
  readonly phases: readonly Phase[];
  readonly autonomy: readonly { readonly area: DecisionArea; readonly index: number }[];
  /** Its central contribution, percent of funding; null when it has not published one. */
  readonly contributionPercent: number | null;
}

export interface FitPart {
  readonly dimension: FitDimension;
  /** How well the trust meets the preference, 0–1. */
  readonly score: number;
  readonly weight: number;
  /** Its share of the total: the parts' points add up to the score. */
  readonly points: number;
  readonly reason: string;
}

export interface TrustFit {
  /** 0–100; 0 for a trust the school cannot join (its faith rule says why, first of the reasons). */
  readonly score: number;
  readonly parts: readonly FitPart[];
  readonly reasons: readonly string[];
}

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));
const round1 = (x: number) => Math.round(x * 10) / 10;

/**
 * Rounds to tenths so that the rounded values add up to the rounded total (largest remainder):
 * three equal thirds of a perfect fit are 33.4, 33.3 and 33.3, not 99.9.
 */
function inTenthsSummingTo(values: readonly number[]): number[] {
  const tenths = values.map((v) => v * 10);
  const floors = tenths.map((t) => Math.floor(t + 1e-9));
  let left = Math.round(tenths.reduce((a, b) => a + b, 0)) - floors.reduce((a, b) => a + b, 0);
  const order = tenths
    .map((t, i) => ({ i, remainder: t - (floors[i] ?? 0) }))
    .sort((a, b) => b.remainder - a.remainder || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    floors[i] = (floors[i] ?? 0) + 1;
    left--;
  }
  return floors.map((f) => f / 10);
}

type Measure = (p: FitPreferences, t: TrustFitFacts) => { score: number; reason: string } | null;

const measures: Record<FitDimension, Measure> = {
  VALUES: (p, t) => {
    if (!p.values?.length) return null;
    const shared = p.values.filter((v) => t.values.includes(v));
    return {
      score: shared.length / p.values.length,
      reason: `Shares ${shared.length} of the school's ${p.values.length} values.`,
    };
  },
  DISTANCE: (p, t) => {
    if (p.maxDistanceKm === undefined || p.maxDistanceKm <= 0) return null;
    if (t.distanceKm === null) return { score: 0, reason: "Its distance is not known." };
    return {
      score: clamp01(1 - t.distanceKm / p.maxDistanceKm),
      reason: `Its nearest school is ${round1(t.distanceKm)} km away (up to ${p.maxDistanceKm} km wanted).`,
    };
  },
  SIZE: (p, t) => {
    if (!p.size) return null;
    const { min, max } = p.size;
    const n = t.schoolCount;
    // Inside the range fits fully; each school outside it costs a fifth of the range's width.
    const off = n < min ? min - n : n > max ? n - max : 0;
    const width = Math.max(1, max - min);
    return {
      score: clamp01(1 - off / Math.max(5, width)),
      reason: `Runs ${n} school${n === 1 ? "" : "s"} (${min}–${max} wanted).`,
    };
  },
  PHASE_MIX: (p, t) => {
    if (!p.phases?.length) return null;
    const present = p.phases.filter((ph) => t.phases.includes(ph));
    return {
      score: present.length / p.phases.length,
      reason: `Runs ${present.length} of the ${p.phases.length} phases wanted.`,
    };
  },
  AUTONOMY: (p, t) => {
    const wanted = Object.entries(p.autonomy ?? {}) as [DecisionArea, number][];
    if (wanted.length === 0) return null;
    // Only a shortfall counts: more local autonomy than asked for is no worse.
    const closeness = wanted.map(([area, want]) => {
      const has = t.autonomy.find((a) => a.area === area)?.index ?? 0;
      return 1 - clamp01(clamp01(want) - has);
    });
    const score = closeness.reduce((a, b) => a + b, 0) / closeness.length;
    return { score, reason: `Meets ${Math.round(score * 100)}% of the local autonomy wanted.` };
  },
  FINANCE: (p, t) => {
    if (p.maxContributionPercent === undefined) return null;
    if (t.contributionPercent === null)
      return { score: 0, reason: "It has not published its central contribution." };
    const over = t.contributionPercent - p.maxContributionPercent;
    return {
      score: clamp01(1 - Math.max(0, over) / 5),
      reason: `Takes ${t.contributionPercent}% centrally (up to ${p.maxContributionPercent}% wanted).`,
    };
  },
};

/**
 * How well a trust fits a school: each weighted dimension scored 0–1 against the school's
 * preference, combined as a weighted mean on 0–100 whose parts add up to it. A trust the
 * school's faith rules out scores 0, with the reason first; a conditional one keeps its score
 * and says what consent it needs.
 */
export function trustFit(
  preferences: FitPreferences,
  trust: TrustFitFacts,
  eligibility: FaithEligibility,
): TrustFit {
  const measured = fitDimensions.flatMap((dimension) => {
    const weight = Math.max(0, Math.min(5, preferences.weights[dimension] ?? 0));
    const m = weight > 0 ? measures[dimension](preferences, trust) : null;
    return m ? [{ dimension, weight, score: clamp01(m.score), reason: m.reason }] : [];
  });
  const totalWeight = measured.reduce((sum, m) => sum + m.weight, 0);
  const blocked = eligibility.status === "INELIGIBLE";
  const raw = measured.map((m) =>
    blocked || totalWeight === 0 ? 0 : (100 * m.weight * m.score) / totalWeight,
  );
  const points = inTenthsSummingTo(raw);
  const parts: FitPart[] = measured.map((m, i) => ({ ...m, points: points[i] ?? 0 }));
  const score = round1(points.reduce((sum, p) => sum + p, 0));
  const reasons = [
    ...(eligibility.status === "ELIGIBLE" ? [] : [eligibility.reason]),
    ...parts.map((p) => p.reason),
  ];
  return { score, parts, reasons };
}
