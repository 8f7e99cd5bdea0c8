import { z } from "zod";
import { establishmentTypes } from "../vocabularies/establishment-types.ts";
import { establishmentStatuses, groupStatuses, groupTypes } from "../vocabularies/groups.ts";
import { phases } from "../vocabularies/phases.ts";
import { regions } from "../vocabularies/regions.ts";
import { religiousCharacters } from "../vocabularies/religious-characters.ts";
import { sizeBands } from "../vocabularies/size-bands.ts";
import { churchGovernanceLevels, growthStages } from "../vocabularies/trust-profile.ts";
import { trustValues } from "../vocabularies/trust-values.ts";
import { plainText } from "./text.ts";

/**
 * Relay pagination arguments; pages hold at most 100 nodes, and 20 when no size is asked.
 * A size of 0 is allowed: it asks only for totals.
 */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;
export const PAGE_SIZE_MESSAGE = `Ask for between 0 and ${MAX_PAGE_SIZE} results a page.`;
const pageSize = z.number().int().min(0, PAGE_SIZE_MESSAGE).max(MAX_PAGE_SIZE, PAGE_SIZE_MESSAGE);
export const pageArgsSchema = z
  .object({
    first: pageSize.nullish(),
    last: pageSize.nullish(),
    after: plainText().max(500).nullish(),
    before: plainText().max(500).nullish(),
  })
  .refine((a) => !(a.first != null && a.last != null), {
    message: "Use either first or last, not both.",
    path: ["last"],
  });

const searchText = plainText()
  .trim()
  .max(100, "Search text can be at most 100 characters.")
  .transform((s) => (s.length === 0 ? undefined : s));

const list = <T extends z.ZodType>(item: T, what: string) =>
  z.array(item).max(50, `Choose at most 50 ${what}.`).nullish();

/** Trusts Trust Atlas lists: closed trusts never are, and federations and sponsors are not trusts. */
export const listedTrustStatuses = groupStatuses.keys.filter((k) => k !== "CLOSED");
export const listedTrustTypes = ["MULTI_ACADEMY_TRUST", "SINGLE_ACADEMY_TRUST"] as const;

/** School URNs are six digits. */
export const urnSchema = z
  .number()
  .int()
  .min(100000, "A URN has six digits.")
  .max(999999, "A URN has six digits.");

/** How far from a school a search may look: England is about 600 km from end to end. */
export const MAX_NEAR_KM = 300;

/** A range with either end open; the low end may not pass the high one. */
const range = (what: string, lowest: number, highest: number, whole: boolean) => {
  let bound = z
    .number({ error: `Give ${what} as a number.` })
    .min(lowest, `Give ${what} from ${lowest} to ${highest}.`)
    .max(highest, `Give ${what} from ${lowest} to ${highest}.`);
  if (whole) bound = bound.int(`Give ${what} as a whole number.`);
  return z
    .object({ min: bound.nullish(), max: bound.nullish() })
    .strict()
    .refine((r) => r.min == null || r.max == null || r.min <= r.max, {
      message: `Make the lowest ${what} no more than the highest.`,
      path: ["min"],
    })
    .nullish();
};

export const valuesMatches = ["ANY", "ALL"] as const;
export type ValuesMatch = (typeof valuesMatches)[number];

/** What a school can narrow the list of trusts by. */
export const trustFilterSchema = z
  .object({
    search: searchText.nullish(),
    regions: list(z.enum(regions.keys), "regions"),
    localAuthorityCodes: list(
      z.number().int().min(100, "Use a 3-digit local authority code.").max(999),
      "local authorities",
    ),
    near: z
      .object({
        urn: urnSchema,
        withinKm: z
          .number({ error: "Give the distance in km as a number." })
          .positive("Give a distance of more than 0 km.")
          .max(MAX_NEAR_KM, `Look at most ${MAX_NEAR_KM} km from the school.`),
      })
      .strict()
      .nullish(),
    phases: list(z.enum(phases.keys), "phases"),
    hasSpecialOrAlternativeProvision: z.boolean().nullish(),
    sizeBand: z.enum(sizeBands.keys).nullish(),
    pupils: range("number of pupils", 0, 1_000_000, true),
    religiousCharacters: list(z.enum(religiousCharacters.keys), "religious characters"),
    statuses: list(
      z.enum(groupStatuses.keys).refine((s) => s !== "CLOSED", "Closed trusts are not listed."),
      "statuses",
    ),
    types: list(
      z
        .enum(groupTypes.keys)
        .refine(
          (t): t is (typeof listedTrustTypes)[number] =>
            (listedTrustTypes as readonly string[]).includes(t),
          "Trust Atlas lists multi-academy and single-academy trusts only.",
        ),
      "trust types",
    ),
    growthStages: list(z.enum(growthStages.keys), "growth stages"),
    openToPartnerships: z.boolean().nullish(),
    churchGovernanceLevels: list(z.enum(churchGovernanceLevels.keys), "church governance levels"),
    values: list(z.enum(trustValues.keys), "values"),
    valuesMatch: z.enum(valuesMatches).nullish(),
    contributionPercent: range("central contribution (percent)", 0, 100, false),
    gagPooling: z.boolean().nullish(),
    localAutonomy: range("local autonomy (0 to 1)", 0, 1, false),
    /** Verified by a sector body (true) or not yet (false): public, as the badge is. */
    verified: z.boolean().nullish(),
    /** Has a live published profile (true) or none (false). */
    published: z.boolean().nullish(),
    /** Has a published version waiting for a curator's check: curators alone may ask. */
    awaitingModeration: z.boolean().nullish(),
  })
  .strict();
export type TrustFilter = z.infer<typeof trustFilterSchema>;

export const schoolFilterSchema = z
  .object({
    search: searchText.nullish(),
    regions: list(z.enum(regions.keys), "regions"),
    phases: list(z.enum(phases.keys), "phases"),
    establishmentTypes: list(z.enum(establishmentTypes.keys), "establishment types"),
    religiousCharacters: list(z.enum(religiousCharacters.keys), "religious characters"),
    localAuthorityCodes: list(
      z.number().int().min(100, "Use a 3-digit local authority code.").max(999),
      "local authorities",
    ),
    inTrust: z.boolean().nullish(),
    statuses: list(
      z
        .enum(establishmentStatuses.keys)
        .refine((s) => s !== "CLOSED", "Closed schools are not listed."),
      "statuses",
    ),
  })
  .strict();
export type SchoolFilter = z.infer<typeof schoolFilterSchema>;
