import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { FaithEligibility } from "../src/rules/faith-eligibility.ts";
import {
  type FitPreferences,
  fitDimensions,
  type TrustFitFacts,
  trustFit,
} from "../src/rules/trust-fit.ts";
import { decisionAreas } from "../src/vocabularies/delegation.ts";
import { phases } from "../src/vocabularies/phases.ts";
import { trustValues } from "../src/vocabularies/trust-values.ts";

const eligible: FaithEligibility = { status: "ELIGIBLE", reason: "Any trust." };
const ineligible: FaithEligibility = {
  status: "INELIGIBLE",
  reason: "Catholic schools join Catholic trusts; this trust is not one.",
};

const value = fc.constantFrom(...trustValues.keys);
const phase = fc.constantFrom(...phases.keys);
const area = fc.constantFrom(...decisionAreas.keys);
const weight = fc.integer({ min: 0, max: 5 });

const preferences: fc.Arbitrary<FitPreferences> = fc.record({
  weights: fc.record(
    Object.fromEntries(fitDimensions.map((d) => [d, weight])) as Record<
      (typeof fitDimensions)[number],
      fc.Arbitrary<number>
    >,
  ),
  values: fc.uniqueArray(value, { minLength: 1, maxLength: 6 }),
  maxDistanceKm: fc.integer({ min: 1, max: 200 }),
  size: fc
    .integer({ min: 1, max: 40 })
    .chain((min) => fc.integer({ min, max: min + 30 }).map((max) => ({ min, max }))),
  phases: fc.uniqueArray(phase, { minLength: 1, maxLength: 4 }),
  autonomy: fc.dictionary(area, fc.double({ min: 0, max: 1, noNaN: true })),
  maxContributionPercent: fc.integer({ min: 0, max: 10 }),
});

const facts: fc.Arbitrary<TrustFitFacts> = fc.record({
  values: fc.uniqueArray(value, { maxLength: 10 }),
  distanceKm: fc.option(fc.double({ min: 0, max: 400, noNaN: true }), { nil: null }),
  schoolCount: fc.integer({ min: 0, max: 100 }),
  phases: fc.uniqueArray(phase, { maxLength: 8 }),
  autonomy: fc.uniqueArray(fc.record({ area, index: fc.double({ min: 0, max: 1, noNaN: true }) }), {
    selector: (a) => a.area,
  }),
  contributionPercent: fc.option(fc.double({ min: 0, max: 15, noNaN: true }), { nil: null }),
});

const sum = (xs: readonly number[]) => Math.round(xs.reduce((a, b) => a + b, 0) * 10) / 10;

describe("trustFit", () => {
  it("is bounded: 0 to 100, every part 0 to 1", () => {
    fc.assert(
      fc.property(preferences, facts, (p, t) => {
        const fit = trustFit(p, t, eligible);
        expect(fit.score).toBeGreaterThanOrEqual(0);
        expect(fit.score).toBeLessThanOrEqual(100);
        for (const part of fit.parts) {
          expect(part.score).toBeGreaterThanOrEqual(0);
          expect(part.score).toBeLessThanOrEqual(1);
        }
      }),
    );
  });

  it("is the sum of its parts' points, each with a reason", () => {
    fc.assert(
      fc.property(preferences, facts, (p, t) => {
        const fit = trustFit(p, t, eligible);
        expect(fit.score).toBe(sum(fit.parts.map((part) => part.points)));
        expect(fit.reasons.length).toBe(fit.parts.length);
      }),
    );
  });

  it("never falls when the trust comes to share one more of the school's values", () => {
    fc.assert(
      fc.property(preferences, facts, (p, t) => {
        const missing = (p.values ?? []).find((v) => !t.values.includes(v));
        fc.pre(missing !== undefined);
        const closer = {
          ...t,
          values: [...t.values, missing as (typeof trustValues.keys)[number]],
        };
        expect(trustFit(p, closer, eligible).score).toBeGreaterThanOrEqual(
          trustFit(p, t, eligible).score,
        );
      }),
    );
  });

  it("never falls when the trust is nearer, or takes a smaller contribution", () => {
    fc.assert(
      fc.property(preferences, facts, fc.double({ min: 0, max: 1, noNaN: true }), (p, t, f) => {
        const before = trustFit(p, t, eligible).score;
        if (t.distanceKm !== null)
          expect(
            trustFit(p, { ...t, distanceKm: t.distanceKm * f }, eligible).score,
          ).toBeGreaterThanOrEqual(before);
        if (t.contributionPercent !== null)
          expect(
            trustFit(p, { ...t, contributionPercent: t.contributionPercent * f }, eligible).score,
          ).toBeGreaterThanOrEqual(before);
      }),
    );
  });

  it("never falls when the trust delegates more of an area the school cares about", () => {
    fc.assert(
      fc.property(preferences, facts, area, (p, t, a) => {
        const more = {
          ...t,
          autonomy: [...t.autonomy.filter((x) => x.area !== a), { area: a, index: 1 }],
        };
        expect(trustFit(p, more, eligible).score).toBeGreaterThanOrEqual(
          trustFit(p, t, eligible).score,
        );
      }),
    );
  });

  it("scores a trust the school's faith rules out 0, saying why first", () => {
    fc.assert(
      fc.property(preferences, facts, (p, t) => {
        const fit = trustFit(p, t, ineligible);
        expect(fit.score).toBe(0);
        expect(fit.reasons[0]).toBe(ineligible.reason);
      }),
    );
  });

  it("gives a perfect fit 100, its parts adding up exactly", () => {
    const fit = trustFit(
      {
        weights: { VALUES: 1, PHASE_MIX: 1, SIZE: 1 },
        values: ["INCLUSION"],
        phases: ["PRIMARY"],
        size: { min: 5, max: 10 },
      },
      {
        values: ["INCLUSION"],
        distanceKm: 3,
        schoolCount: 7,
        phases: ["PRIMARY"],
        autonomy: [],
        contributionPercent: 5,
      },
      eligible,
    );
    expect(fit.score).toBe(100);
    expect(fit.parts.map((p) => p.points)).toEqual([33.4, 33.3, 33.3]);
  });

  it("leaves out dimensions the school did not weigh", () => {
    const fit = trustFit(
      { weights: { VALUES: 3 }, values: ["INCLUSION", "EQUITY"] },
      {
        values: ["INCLUSION"],
        distanceKm: null,
        schoolCount: 3,
        phases: [],
        autonomy: [],
        contributionPercent: null,
      },
      eligible,
    );
    expect(fit).toEqual({
      score: 50,
      parts: [
        {
          dimension: "VALUES",
          score: 0.5,
          weight: 3,
          points: 50,
          reason: "Shares 1 of the school's 2 values.",
        },
      ],
      reasons: ["Shares 1 of the school's 2 values."],
    });
  });
});
