import { z } from "zod";
import { establishmentTypes } from "../vocabularies/establishment-types.ts";
import { phases } from "../vocabularies/phases.ts";
import { regions } from "../vocabularies/regions.ts";
import { religiousCharacters } from "../vocabularies/religious-characters.ts";
import { sizeBands } from "../vocabularies/size-bands.ts";

/** Relay pagination arguments; pages hold at most 100 nodes, and 20 when no size is asked. */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;
export const pageArgsSchema = z
  .object({
    first: z
      .number()
      .int()
      .min(1, "Ask for at least 1 result.")
      .max(MAX_PAGE_SIZE, `Ask for at most ${MAX_PAGE_SIZE} results a page.`)
      .nullish(),
    last: z
      .number()
      .int()
      .min(1, "Ask for at least 1 result.")
      .max(MAX_PAGE_SIZE, `Ask for at most ${MAX_PAGE_SIZE} results a page.`)
      .nullish(),
    after: z.string().max(500).nullish(),
    before: z.string().max(500).nullish(),
  })
  .refine((a) => !(a.first != null && a.last != null), {
    message: "Use either first or last, not both.",
    path: ["last"],
  });

const searchText = z
  .string()
  .trim()
  .max(100, "Search text can be at most 100 characters.")
  .transform((s) => (s.length === 0 ? undefined : s));

const list = <T extends z.ZodType>(item: T, what: string) =>
  z.array(item).max(50, `Choose at most 50 ${what}.`).nullish();

/** What a school can narrow the list of trusts by. */
export const trustFilterSchema = z
  .object({
    search: searchText.nullish(),
    regions: list(z.enum(regions.keys), "regions"),
    phases: list(z.enum(phases.keys), "phases"),
    sizeBand: z.enum(sizeBands.keys).nullish(),
    religiousCharacters: list(z.enum(religiousCharacters.keys), "religious characters"),
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
  })
  .strict();
export type SchoolFilter = z.infer<typeof schoolFilterSchema>;

/** School URNs are six digits. */
export const urnSchema = z
  .number()
  .int()
  .min(100000, "A URN has six digits.")
  .max(999999, "A URN has six digits.");
