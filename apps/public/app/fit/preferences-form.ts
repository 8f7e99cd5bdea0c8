import {
  type DecisionArea,
  decisionAreas,
  type FitDimension,
  type FitPreferencesInput,
  fitDimensions,
  fitPreferencesSchema,
} from "@atlas/domain";
import { type FieldIssueLike, type FormErrors, formErrors } from "@atlas/ui";
import type { FitPreferencesInput as ApiFitPreferencesInput } from "../gql/graphql.ts";

// The fit profile form and the domain's preferences, both ways. The form keeps what was typed
// as text, so a failed attempt shows it back exactly; only a valid form becomes preferences.

/** Size limits the domain allows; a blank end of the range means "no limit" at that end. */
const SIZE_FLOOR = 1;
const SIZE_CEILING = 500;

/** The weight a dimension starts at on a first profile: every one counts until told not to. */
const DEFAULT_WEIGHT = "3";

export const weightField = (d: FitDimension) => `weight-${d}` as const;
export const autonomyField = (a: DecisionArea) => `autonomy-${a}` as const;

/** Every field, in page order (the error summary lists errors in this order). */
export const FIT_FIELDS = [
  "vision",
  "values",
  ...fitDimensions.map(weightField),
  "maxDistanceKm",
  "sizeMin",
  "sizeMax",
  "phases",
  ...decisionAreas.keys.map(autonomyField),
  "maxContributionPercent",
] as const;
export type FitField = (typeof FIT_FIELDS)[number];
export type FitFormErrors = FormErrors<FitField>;

/** The form as typed: text throughout, choices as the values posted. */
export interface FitFormValues {
  vision: string;
  values: string[];
  weights: Record<FitDimension, string>;
  maxDistanceKm: string;
  sizeMin: string;
  sizeMax: string;
  phases: string[];
  /** Percent, "" for no preference. */
  autonomy: Record<DecisionArea, string>;
  maxContributionPercent: string;
}

/** The saved profile as the API gives it (School.fitProfile). */
export interface SavedFitProfile {
  vision?: string | null;
  values: readonly string[];
  weights: readonly { dimension: FitDimension; weight: number }[];
  maxDistanceKm?: number | null;
  sizeMin?: number | null;
  sizeMax?: number | null;
  phases: readonly string[];
  autonomy: readonly { area: DecisionArea; share: number }[];
  maxContributionPercent?: number | null;
}

function text(value: number | null | undefined): string {
  return value == null ? "" : String(value);
}

/** What the form shows: the saved profile, or a first profile's starting point. */
export function formValuesFromProfile(profile: SavedFitProfile | null): FitFormValues {
  const weight = (d: FitDimension) => {
    if (!profile) return DEFAULT_WEIGHT;
    return String(profile.weights.find((w) => w.dimension === d)?.weight ?? 0);
  };
  const share = (a: DecisionArea) => {
    const found = profile?.autonomy.find((x) => x.area === a);
    return found ? String(Math.round(found.share * 100)) : "";
  };
  return {
    vision: profile?.vision ?? "",
    values: [...(profile?.values ?? [])],
    weights: Object.fromEntries(fitDimensions.map((d) => [d, weight(d)])) as Record<
      FitDimension,
      string
    >,
    maxDistanceKm: text(profile?.maxDistanceKm),
    // The range's ends stand for "no limit" (see preferencesFromForm): shown blank again.
    sizeMin: profile?.sizeMin === SIZE_FLOOR ? "" : text(profile?.sizeMin),
    sizeMax: profile?.sizeMax === SIZE_CEILING ? "" : text(profile?.sizeMax),
    phases: [...(profile?.phases ?? [])],
    autonomy: Object.fromEntries(decisionAreas.keys.map((a) => [a, share(a)])) as Record<
      DecisionArea,
      string
    >,
    maxContributionPercent: text(profile?.maxContributionPercent),
  };
}

/** The form's values from a posted body. */
export function readFitForm(form: FormData): FitFormValues {
  const one = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value : "";
  };
  const all = (name: string) => form.getAll(name).filter((v): v is string => typeof v === "string");
  return {
    vision: one("vision"),
    values: all("values"),
    weights: Object.fromEntries(fitDimensions.map((d) => [d, one(weightField(d))])) as Record<
      FitDimension,
      string
    >,
    maxDistanceKm: one("maxDistanceKm"),
    sizeMin: one("sizeMin"),
    sizeMax: one("sizeMax"),
    phases: all("phases"),
    autonomy: Object.fromEntries(
      decisionAreas.keys.map((a) => [a, one(autonomyField(a))]),
    ) as Record<DecisionArea, string>,
    maxContributionPercent: one("maxContributionPercent"),
  };
}

/** A typed number: undefined when blank, NaN when it is not a number at all ("abc", "1,5"). */
function numberOf(raw: string): number | undefined {
  const trimmed = raw.trim();
  if (trimmed === "") return undefined;
  return /^[-+]?(\d+\.?\d*|\.\d+)$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/** The form field a problem is about: a zod path (`[weights, SIZE]`) or the API's (`[input, preferences, …]`). */
export function fieldOfIssue(path: readonly PropertyKey[]): FitField | undefined {
  const rest = path.filter((p) => p !== "input" && p !== "preferences").map(String);
  const [head, key] = rest;
  switch (head) {
    case "vision":
    case "values":
    case "phases":
    case "maxDistanceKm":
    case "maxContributionPercent":
      return head;
    case "weights":
      // "Give at least one a weight" is about them all: the summary links the first.
      return fitDimensions.find((d) => d === key)
        ? weightField(key as FitDimension)
        : "weight-VALUES";
    case "size":
      return key === "max" ? "sizeMax" : "sizeMin";
    case "autonomy":
      return decisionAreas.has(key ?? "")
        ? autonomyField(key as DecisionArea)
        : autonomyField(decisionAreas.keys[0]);
    default:
      return undefined;
  }
}

/** One message by each field, the first for it; one naming no field goes on the first field. */
export function fitErrorsFromIssues(
  issues: readonly FieldIssueLike[],
  placed: Partial<Record<FitField, string>> = {},
): FitFormErrors {
  const messages = { ...placed };
  for (const issue of issues) {
    const field = fieldOfIssue(issue.path) ?? FIT_FIELDS[0];
    messages[field] ??= issue.message;
  }
  return formErrors(FIT_FIELDS, messages);
}

export type FitFormResult =
  | { ok: true; preferences: FitPreferencesInput }
  | { ok: false; errors: FitFormErrors };

/**
 * The preferences a form stands for, checked with the domain's schema (the same the API
 * applies). Text that is not a number gets its own message here: zod would only say "NaN".
 */
export function preferencesFromForm(values: FitFormValues): FitFormResult {
  const own: Partial<Record<FitField, string>> = {};
  const num = (field: FitField, raw: string, message: string) => {
    const n = numberOf(raw);
    if (Number.isNaN(n)) {
      own[field] = message;
      return undefined;
    }
    return n;
  };

  const weights: Partial<Record<FitDimension, number>> = {};
  for (const d of fitDimensions) {
    const n = num(
      weightField(d),
      values.weights[d],
      "Give each weight as a whole number from 0 to 5.",
    );
    if (n !== undefined) weights[d] = n;
  }
  const autonomy: Partial<Record<DecisionArea, number>> = {};
  for (const a of decisionAreas.keys) {
    const message = `Choose how much of ${decisionAreas.label(a).toLowerCase()} the school wants decided locally, from 0% to 100%.`;
    const n = num(autonomyField(a), values.autonomy[a], message);
    if (n === undefined) continue;
    if (n < 0 || n > 100) own[autonomyField(a)] = message;
    else autonomy[a] = n / 100;
  }
  const maxDistanceKm = num(
    "maxDistanceKm",
    values.maxDistanceKm,
    "Give the distance in km as a number, like 15.",
  );
  const sizeMin = num(
    "sizeMin",
    values.sizeMin,
    "Give the smallest size as a whole number of schools.",
  );
  const sizeMax = num(
    "sizeMax",
    values.sizeMax,
    "Give the largest size as a whole number of schools.",
  );
  const maxContributionPercent = num(
    "maxContributionPercent",
    values.maxContributionPercent,
    "Give the highest contribution as a number, like 5.",
  );
  const vision = values.vision.trim();

  const candidate = {
    ...(vision === "" ? {} : { vision }),
    weights,
    ...(values.values.length > 0 ? { values: values.values } : {}),
    ...(maxDistanceKm === undefined ? {} : { maxDistanceKm }),
    ...(sizeMin === undefined && sizeMax === undefined
      ? {}
      : { size: { min: sizeMin ?? SIZE_FLOOR, max: sizeMax ?? SIZE_CEILING } }),
    ...(values.phases.length > 0 ? { phases: values.phases } : {}),
    ...(Object.keys(autonomy).length > 0 ? { autonomy } : {}),
    ...(maxContributionPercent === undefined ? {} : { maxContributionPercent }),
  };
  const parsed = fitPreferencesSchema.safeParse(candidate);
  if (parsed.success && Object.keys(own).length === 0) {
    return { ok: true, preferences: parsed.data };
  }
  return { ok: false, errors: fitErrorsFromIssues(parsed.error?.issues ?? [], own) };
}

/** The preferences as the API's input takes them: autonomy as a list rather than a record. */
export function toApiPreferences(preferences: FitPreferencesInput): ApiFitPreferencesInput {
  const { autonomy, ...rest } = preferences;
  return {
    ...rest,
    ...(autonomy
      ? {
          autonomy: Object.entries(autonomy).map(([area, share]) => ({
            area: area as DecisionArea,
            share: share ?? 0,
          })),
        }
      : {}),
  };
}
