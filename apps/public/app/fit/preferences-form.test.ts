import { describe, expect, it } from "vitest";
import {
  type FitFormValues,
  fitErrorsFromIssues,
  formValuesFromProfile,
  preferencesFromForm,
  readFitForm,
  toApiPreferences,
} from "./preferences-form.ts";

/** A posted form: each pair one field, as a browser sends it. */
function posted(pairs: [string, string][]): FitFormValues {
  const form = new FormData();
  for (const [name, value] of pairs) form.append(name, value);
  return readFitForm(form);
}

const zeroWeights: [string, string][] = [
  ["weight-VALUES", "0"],
  ["weight-DISTANCE", "0"],
  ["weight-SIZE", "0"],
  ["weight-PHASE_MIX", "0"],
  ["weight-AUTONOMY", "0"],
  ["weight-FINANCE", "0"],
];

const withWeights = (overrides: [string, string][]): [string, string][] => [
  ...zeroWeights.filter(([name]) => !overrides.some(([o]) => o === name)),
  ...overrides,
];

describe("preferencesFromForm", () => {
  it.each([
    {
      name: "a full form",
      pairs: [
        ["vision", "  Every child known by name.  "],
        ["values", "INCLUSION"],
        ["values", "COMMUNITY"],
        ...withWeights([
          ["weight-VALUES", "5"],
          ["weight-DISTANCE", "3"],
          ["weight-SIZE", "1"],
          ["weight-FINANCE", "2"],
        ]),
        ["maxDistanceKm", "12.5"],
        ["sizeMin", "3"],
        ["sizeMax", "15"],
        ["phases", "PRIMARY"],
        ["autonomy-CURRICULUM_AND_STANDARDS", "75"],
        ["autonomy-BUDGET", "0"],
        ["autonomy-STAFFING", ""],
        ["maxContributionPercent", "5"],
      ] as [string, string][],
      preferences: {
        vision: "Every child known by name.",
        values: ["INCLUSION", "COMMUNITY"],
        weights: { VALUES: 5, DISTANCE: 3, SIZE: 1, PHASE_MIX: 0, AUTONOMY: 0, FINANCE: 2 },
        maxDistanceKm: 12.5,
        size: { min: 3, max: 15 },
        phases: ["PRIMARY"],
        autonomy: { CURRICULUM_AND_STANDARDS: 0.75, BUDGET: 0 },
        maxContributionPercent: 5,
      },
    },
    {
      name: "empty optional fields",
      pairs: withWeights([["weight-VALUES", "2"]]).concat([
        ["vision", "   "],
        ["maxDistanceKm", ""],
        ["sizeMin", ""],
        ["sizeMax", ""],
        ["maxContributionPercent", " "],
      ]),
      preferences: {
        weights: { VALUES: 2, DISTANCE: 0, SIZE: 0, PHASE_MIX: 0, AUTONOMY: 0, FINANCE: 0 },
      },
    },
    {
      name: "one end of the size range: no limit at the other",
      pairs: withWeights([
        ["weight-SIZE", "4"],
        ["sizeMin", "10"],
      ]),
      preferences: {
        weights: { VALUES: 0, DISTANCE: 0, SIZE: 4, PHASE_MIX: 0, AUTONOMY: 0, FINANCE: 0 },
        size: { min: 10, max: 500 },
      },
    },
  ])("turns $name into preferences", ({ pairs, preferences }) => {
    expect(preferencesFromForm(posted(pairs))).toEqual({ ok: true, preferences });
  });

  it.each([
    {
      name: "a weight out of range",
      pairs: withWeights([["weight-DISTANCE", "9"]]).concat([["weight-VALUES", "1"]]),
      field: "weight-DISTANCE",
      message: "Give each weight as a whole number from 0 to 5.",
    },
    {
      name: "a distance that is not a number",
      pairs: withWeights([["weight-DISTANCE", "3"]]).concat([["maxDistanceKm", "abc"]]),
      field: "maxDistanceKm",
      message: "Give the distance in km as a number, like 15.",
    },
    {
      name: "a distance of 0",
      pairs: withWeights([["weight-DISTANCE", "3"]]).concat([["maxDistanceKm", "0"]]),
      field: "maxDistanceKm",
      message: "Give a distance of more than 0 km.",
    },
    {
      name: "a size in words",
      pairs: withWeights([["weight-SIZE", "3"]]).concat([["sizeMax", "ten"]]),
      field: "sizeMax",
      message: "Give the largest size as a whole number of schools.",
    },
    {
      name: "a size range the wrong way round",
      pairs: withWeights([["weight-SIZE", "3"]]).concat([
        ["sizeMin", "20"],
        ["sizeMax", "5"],
      ]),
      field: "sizeMin",
      message: "Make the smallest size no more than the largest.",
    },
    {
      name: "autonomy over 100%",
      pairs: withWeights([["weight-AUTONOMY", "3"]]).concat([["autonomy-BUDGET", "150"]]),
      field: "autonomy-BUDGET",
      message: "Choose how much of budget the school wants decided locally, from 0% to 100%.",
    },
    {
      name: "a contribution of 1,5",
      pairs: withWeights([["weight-FINANCE", "3"]]).concat([["maxContributionPercent", "1,5"]]),
      field: "maxContributionPercent",
      message: "Give the highest contribution as a number, like 5.",
    },
    {
      name: "nothing that matters",
      pairs: zeroWeights,
      field: "weight-VALUES",
      message: "Give at least one dimension a weight above 0, or no trust can be scored.",
    },
  ])("gives $name a field error", ({ pairs, field, message }) => {
    const result = preferencesFromForm(posted(pairs));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.fields).toEqual({ [field]: message });
    expect(result.errors.summary).toEqual([{ href: `#${field}`, text: message }]);
  });

  it("reports every field in error at once, in the form's order", () => {
    const result = preferencesFromForm(
      posted(
        withWeights([["weight-VALUES", "x"]]).concat([
          ["maxContributionPercent", "200"],
          ["maxDistanceKm", "far"],
        ]),
      ),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.summary.map((s) => s.href)).toEqual([
      "#weight-VALUES",
      "#maxDistanceKm",
      "#maxContributionPercent",
    ]);
  });
});

describe("the API's issues", () => {
  it("are placed by the field their path names", () => {
    const errors = fitErrorsFromIssues([
      { path: ["input", "preferences", "weights", "SIZE"], message: "Too heavy." },
      { path: ["input", "preferences", "size", "max"], message: "Too big." },
      { path: ["input", "preferences", "autonomy", "STAFFING"], message: "Too free." },
      { path: ["input", "expectedVersion"], message: "Stale." },
    ]);
    expect(errors.fields).toEqual({
      vision: "Stale.",
      "weight-SIZE": "Too heavy.",
      sizeMax: "Too big.",
      "autonomy-STAFFING": "Too free.",
    });
  });
});

describe("the form from a saved profile and back", () => {
  it("shows a first profile with every dimension weighted the same", () => {
    const values = formValuesFromProfile(null);
    expect(Object.values(values.weights)).toEqual(["3", "3", "3", "3", "3", "3"]);
    expect(values.maxDistanceKm).toBe("");
  });

  it("shows what was saved, the size range's open ends blank", () => {
    const values = formValuesFromProfile({
      vision: "Known by name.",
      values: ["KINDNESS"],
      weights: [
        { dimension: "VALUES", weight: 4 },
        { dimension: "SIZE", weight: 2 },
      ],
      maxDistanceKm: 20,
      sizeMin: 1,
      sizeMax: 12,
      phases: ["SECONDARY"],
      autonomy: [{ area: "BUDGET", share: 0.5 }],
      maxContributionPercent: 4.5,
    });
    expect(values).toMatchObject({
      vision: "Known by name.",
      values: ["KINDNESS"],
      weights: { VALUES: "4", SIZE: "2", DISTANCE: "0" },
      maxDistanceKm: "20",
      sizeMin: "",
      sizeMax: "12",
      phases: ["SECONDARY"],
      maxContributionPercent: "4.5",
    });
    expect(values.autonomy.BUDGET).toBe("50");
    expect(values.autonomy.STAFFING).toBe("");
    expect(preferencesFromForm(values)).toMatchObject({
      ok: true,
      preferences: { size: { min: 1, max: 12 }, autonomy: { BUDGET: 0.5 } },
    });
  });

  it("gives the API autonomy as a list", () => {
    expect(
      toApiPreferences({ weights: { AUTONOMY: 1 }, autonomy: { BUDGET: 0.25, STAFFING: 1 } }),
    ).toEqual({
      weights: { AUTONOMY: 1 },
      autonomy: [
        { area: "BUDGET", share: 0.25 },
        { area: "STAFFING", share: 1 },
      ],
    });
  });
});
