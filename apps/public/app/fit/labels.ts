import type { FitDimension } from "@atlas/domain";

/** The fit dimensions in plain words (the domain names them only by key). */
export const DIMENSION_LABELS: Record<FitDimension, string> = {
  VALUES: "Shared values",
  DISTANCE: "Distance",
  SIZE: "Size of trust",
  PHASE_MIX: "Phases it runs",
  AUTONOMY: "Local autonomy",
  FINANCE: "Central contribution",
};

/** What the school is asked about each dimension, as the weight's question. */
export const DIMENSION_QUESTIONS: Record<FitDimension, string> = {
  VALUES: "Holding the school's values",
  DISTANCE: "Being near the school",
  SIZE: "Being the size of trust the school wants",
  PHASE_MIX: "Running the phases the school wants",
  AUTONOMY: "Leaving decisions to the school",
  FINANCE: "Taking no more than the school accepts centrally",
};

/** A weight in words: a number alone (0–5) says little about how much something matters. */
export const WEIGHT_LABELS = [
  "Does not matter",
  "Matters a little",
  "Matters somewhat",
  "Matters",
  "Matters a lot",
  "Matters most",
] as const;

export function weightLabel(weight: number): string {
  return WEIGHT_LABELS[weight] ?? String(weight);
}

/** The autonomy choices offered, in percent; the API takes them as shares of 1. */
export const AUTONOMY_PERCENTS = [0, 25, 50, 75, 100] as const;
