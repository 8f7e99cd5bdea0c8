import { z } from "zod";
import { fitDimensions } from "../rules/trust-fit.ts";
import { decisionAreas } from "../vocabularies/delegation.ts";
import { phases } from "../vocabularies/phases.ts";
import { trustValues } from "../vocabularies/trust-values.ts";
import { MAX_NEAR_KM } from "./search.ts";
import { boundedText } from "./text.ts";

const unique = <T>(items: readonly T[]) => new Set(items).size === items.length;

const share = z
  .number({ error: "Give each area's autonomy as a number from 0 to 1." })
  .min(0, "Give each area's autonomy as a number from 0 to 1.")
  .max(1, "Give each area's autonomy as a number from 0 to 1.");

/**
 * What a school records about itself for the mapping exercise: its vision, its values (the
 * trusts' own vocabulary, so they can be compared), and what it wants of a trust, each
 * dimension weighted 0 (ignore) to 5 (matters most). Read by `trustFit`.
 */
export const fitPreferencesSchema = z
  .object({
    vision: boundedText("the school's vision", 1000).optional(),
    weights: z
      .partialRecord(
        z.enum(fitDimensions, { error: "Weigh only the dimensions Trust Atlas scores." }),
        z
          .number({ error: "Give each weight as a whole number from 0 to 5." })
          .int("Give each weight as a whole number from 0 to 5.")
          .min(0, "Give each weight as a whole number from 0 to 5.")
          .max(5, "Give each weight as a whole number from 0 to 5."),
      )
      .refine(
        (w) => Object.values(w).some((v) => (v ?? 0) > 0),
        "Give at least one dimension a weight above 0, or no trust can be scored.",
      ),
    values: z
      .array(z.enum(trustValues.keys, { error: "Choose values from the list." }))
      .max(10, "Choose at most 10 values.")
      .refine(unique, "Choose each value only once.")
      .optional(),
    maxDistanceKm: z
      .number({ error: "Give the distance in km as a number." })
      .positive("Give a distance of more than 0 km.")
      .max(MAX_NEAR_KM, `Give a distance of at most ${MAX_NEAR_KM} km.`)
      .optional(),
    size: z
      .object({
        min: z
          .number()
          .int("Give the smallest size as a whole number.")
          .min(1, "A trust runs at least 1 school."),
        max: z
          .number()
          .int("Give the largest size as a whole number.")
          .max(500, "Give at most 500 schools."),
      })
      .strict()
      .refine((s) => s.min <= s.max, {
        message: "Make the smallest size no more than the largest.",
        path: ["min"],
      })
      .optional(),
    phases: z
      .array(z.enum(phases.keys, { error: "Choose phases from the list." }))
      .max(phases.keys.length)
      .refine(unique, "Choose each phase only once.")
      .optional(),
    autonomy: z
      .partialRecord(
        z.enum(decisionAreas.keys, { error: "Choose decision areas from the list." }),
        share,
      )
      .optional(),
    maxContributionPercent: z
      .number({ error: "Give the highest contribution as a number." })
      .min(0, "Give the highest contribution as a percentage from 0 to 100.")
      .max(100, "Give the highest contribution as a percentage from 0 to 100.")
      .optional(),
  })
  .strict();
export type FitPreferencesInput = z.infer<typeof fitPreferencesSchema>;
