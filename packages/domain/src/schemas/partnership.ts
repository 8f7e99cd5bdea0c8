import { z } from "zod";
import { addMonths, compareDates, isIsoDate, longDate } from "../rules/calendar-dates.ts";
import { partnershipFocusAreas, partnershipIntents } from "../vocabularies/partnerships.ts";
import { urnSchema } from "./search.ts";
import { boundedText } from "./text.ts";

/**
 * A Trust Partnership is a trial, not a membership by another name: however it is extended,
 * it ends at most 24 months after it started.
 */
export const MAX_PARTNERSHIP_MONTHS = 24;

const MAX_TEXT = 4000;
const MAX_SERVICE_CHARGE_POUNDS = 1_000_000;

const unique = <T>(items: readonly T[]) => new Set(items).size === items.length;

const isoDate = (what: string) =>
  z
    .string({ error: `Enter ${what} as a date, YYYY-MM-DD.` })
    .refine(isIsoDate, `Enter ${what} as a real date, YYYY-MM-DD.`);

const focusAreas = z
  .array(z.enum(partnershipFocusAreas.keys, { error: "Choose focus areas from the list." }), {
    error: "Choose at least one focus area.",
  })
  .min(1, "Choose at least one focus area: a partnership is about teaching and learning.")
  .refine(unique, "Choose each focus area only once.");

const poundsMessage = `Give the service charge in pounds, from £0 to £${MAX_SERVICE_CHARGE_POUNDS.toLocaleString("en-GB")}.`;
const pounds = z
  .number({ error: poundsMessage })
  .min(0, poundsMessage)
  .max(MAX_SERVICE_CHARGE_POUNDS, poundsMessage)
  // A tolerance, because 0.29 * 100 is not quite 29 in floating point.
  .refine(
    (n) => Math.abs(n * 100 - Math.round(n * 100)) < 1e-6,
    "Give the service charge in pounds and pence, with at most 2 decimal places.",
  );

type DateIssue = { path: string[]; message: string };

/**
 * The date rules shared by a request and the agreed terms. Skips quietly when a date is not a
 * real one: that field has its own issue already, and comparing it would only add noise.
 */
/**
 * Runs the date rules whatever else is wrong with the form, so a too-long partnership is
 * named in the same answer as a missing intent rather than only after it is fixed. Zod's
 * default runs an object's refinements only once every field is valid.
 */
const whenDatesGiven = (startField: string, endField: string) => ({
  when: ({ value }: { value: unknown }) => {
    const given = (value ?? {}) as Record<string, unknown>;
    return typeof given[startField] === "string" && typeof given[endField] === "string";
  },
});

function termDateProblems(
  start: unknown,
  end: unknown,
  endField: string,
  maxTermMonths: number = MAX_PARTNERSHIP_MONTHS,
): DateIssue[] {
  if (typeof start !== "string" || typeof end !== "string") return [];
  if (!isIsoDate(start) || !isIsoDate(end)) return [];
  if (compareDates(end, start) <= 0)
    return [{ path: [endField], message: "The end date must be after the start date." }];
  const latest = addMonths(start, MAX_PARTNERSHIP_MONTHS);
  if (compareDates(end, latest) > 0)
    return [
      {
        path: [endField],
        message: `The end date must be at most ${MAX_PARTNERSHIP_MONTHS} months after the start: by ${longDate(latest)}.`,
      },
    ];
  const agreedLatest = addMonths(start, maxTermMonths);
  if (compareDates(end, agreedLatest) > 0)
    return [
      {
        path: [endField],
        message: `The end date must be within the maximum term of ${maxTermMonths} months: by ${longDate(agreedLatest)}, or lengthen the maximum term.`,
      },
    ];
  return [];
}

const maxTermMessage = `Give the maximum term as a whole number of months, from 1 to ${MAX_PARTNERSHIP_MONTHS}.`;

/**
 * The terms of a partnership, as the model agreement sets them out: dates, what the trust
 * works on with the school and provides, what it charges, whether it may be extended and for
 * how long at most, and how data is protected. The parties are the partnership's own school
 * and trust, so they are not repeated here.
 */
export const partnershipTermsSchema = z
  .object({
    startDate: isoDate("the start date"),
    endDate: isoDate("the end date"),
    focusAreas,
    objectives: boundedText("the objectives", MAX_TEXT),
    serviceChargePounds: pounds,
    extensionAllowed: z.boolean({ error: "Say whether the partnership may be extended." }),
    maxTermMonths: z
      .number({ error: maxTermMessage })
      .int(maxTermMessage)
      .min(1, maxTermMessage)
      .max(MAX_PARTNERSHIP_MONTHS, maxTermMessage),
    servicesProvided: boundedText("the services the trust provides", MAX_TEXT),
    dataProtection: boundedText("how personal data is shared and protected", MAX_TEXT),
  })
  .strict()
  .superRefine(
    (terms, ctx) => {
      const maxTerm =
        Number.isInteger(terms.maxTermMonths) &&
        terms.maxTermMonths >= 1 &&
        terms.maxTermMonths <= MAX_PARTNERSHIP_MONTHS
          ? terms.maxTermMonths
          : MAX_PARTNERSHIP_MONTHS;
      for (const issue of termDateProblems(terms.startDate, terms.endDate, "endDate", maxTerm))
        ctx.addIssue({ code: "custom", ...issue });
    },
    whenDatesGiven("startDate", "endDate"),
  );
export type PartnershipTerms = z.infer<typeof partnershipTermsSchema>;

/** What a school sends to ask a trust for a partnership; the trust answers with terms. */
export const partnershipRequestSchema = z
  .object({
    trustId: z
      .string({ error: "Choose the trust to ask." })
      .trim()
      .min(1, "Choose the trust to ask."),
    urn: urnSchema,
    // Lets a resent request (a double click, a retry after a dropped connection) be recognised
    // as the same one rather than opening a second partnership.
    idempotencyKey: z.uuid("Send a UUID as the idempotency key."),
    intent: z.enum(partnershipIntents.keys, {
      error: "Choose what the school hopes the partnership leads to.",
    }),
    focusAreas,
    objectives: boundedText("the objectives", MAX_TEXT),
    proposedStartDate: isoDate("the proposed start date"),
    proposedEndDate: isoDate("the proposed end date"),
    expectedServiceChargePounds: pounds.optional(),
    governingBodyResolutionDate: isoDate("the date of the governing body's resolution").optional(),
  })
  .strict()
  .superRefine(
    (request, ctx) => {
      for (const issue of termDateProblems(
        request.proposedStartDate,
        request.proposedEndDate,
        "proposedEndDate",
      ))
        ctx.addIssue({ code: "custom", ...issue });
    },
    whenDatesGiven("proposedStartDate", "proposedEndDate"),
  );
export type PartnershipRequestInput = z.infer<typeof partnershipRequestSchema>;
