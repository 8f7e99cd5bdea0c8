import { vocabulary } from "./vocabulary.ts";

/**
 * A school's latest graded inspection outcome, as the register names it (`OfstedRating (name)`).
 * Serious weaknesses and special measures are the two categories of concern within inadequate.
 */
export const inspectionOutcomes = vocabulary([
  { key: "OUTSTANDING", label: "Outstanding" },
  { key: "GOOD", label: "Good" },
  { key: "REQUIRES_IMPROVEMENT", label: "Requires improvement" },
  { key: "INADEQUATE", label: "Inadequate" },
  { key: "SERIOUS_WEAKNESSES", label: "Serious weaknesses" },
  { key: "SPECIAL_MEASURES", label: "Special measures" },
]);
export type InspectionOutcome = (typeof inspectionOutcomes.keys)[number];
