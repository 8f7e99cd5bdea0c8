import { describe, expect, it } from "vitest";
import { fitPreferencesSchema } from "../src/schemas/fit-preferences.ts";

const messages = (value: unknown) => {
  const parsed = fitPreferencesSchema.safeParse(value);
  return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
};

describe("fitPreferencesSchema", () => {
  it("accepts a full set of preferences", () => {
    expect(
      messages({
        vision: "A village school at the heart of its community.",
        weights: { VALUES: 5, DISTANCE: 3, SIZE: 1, PHASE_MIX: 0, AUTONOMY: 4, FINANCE: 2 },
        values: ["COMMUNITY", "INCLUSION"],
        maxDistanceKm: 20,
        size: { min: 3, max: 12 },
        phases: ["PRIMARY"],
        autonomy: { CURRICULUM_AND_STANDARDS: 0.8, BUDGET: 0.5 },
        maxContributionPercent: 5,
      }),
    ).toEqual([]);
  });

  it.each([
    [
      "no weight above 0",
      { weights: { VALUES: 0 } },
      "weights: Give at least one dimension a weight above 0, or no trust can be scored.",
    ],
    [
      "a weight of 6",
      { weights: { VALUES: 6 } },
      "weights.VALUES: Give each weight as a whole number from 0 to 5.",
    ],
    [
      "a value twice",
      { weights: { VALUES: 1 }, values: ["KINDNESS", "KINDNESS"] },
      "values: Choose each value only once.",
    ],
    [
      "a size the wrong way round",
      { weights: { SIZE: 1 }, size: { min: 9, max: 3 } },
      "size.min: Make the smallest size no more than the largest.",
    ],
    [
      "autonomy over 1",
      { weights: { AUTONOMY: 1 }, autonomy: { BUDGET: 1.5 } },
      "autonomy.BUDGET: Give each area's autonomy as a number from 0 to 1.",
    ],
    [
      "a distance of 0",
      { weights: { DISTANCE: 1 }, maxDistanceKm: 0 },
      "maxDistanceKm: Give a distance of more than 0 km.",
    ],
    [
      "an unknown field",
      { weights: { VALUES: 1 }, colour: "blue" },
      ': Unrecognized key: "colour"',
    ],
  ])("refuses %s, saying what to fix", (_name, value, message) => {
    expect(messages(value)).toContain(message);
  });
});
