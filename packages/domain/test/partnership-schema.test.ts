import { describe, expect, it } from "vitest";
import {
  MAX_PARTNERSHIP_MONTHS,
  partnershipRequestSchema,
  partnershipTermsSchema,
} from "../src/schemas/partnership.ts";

const terms = {
  startDate: "2026-09-01",
  endDate: "2027-07-31",
  focusAreas: ["CURRICULUM", "LEADERSHIP_MENTORING"],
  objectives: "Raise standards in reading across Key Stage 2.",
  serviceChargePounds: 4500.5,
  extensionAllowed: true,
  maxTermMonths: 18,
  servicesProvided: "Termly curriculum reviews and a mentor for the headteacher.",
  dataProtection: "Pupil data is shared under the trust's data sharing agreement.",
};

const request = {
  trustId: "trust-42",
  urn: 123456,
  idempotencyKey: "0b7d7c36-3f0e-4c8e-9a57-2f8a3c1e5d10",
  intent: "EXPLORE_JOINING",
  focusAreas: ["CURRICULUM"],
  objectives: "See how the trust's curriculum would work in our school.",
  proposedStartDate: "2026-09-01",
  proposedEndDate: "2027-08-31",
};

const messagesOf =
  (schema: typeof partnershipTermsSchema | typeof partnershipRequestSchema) => (value: unknown) => {
    const parsed = schema.safeParse(value);
    return parsed.success
      ? []
      : parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
  };
const termsMessages = messagesOf(partnershipTermsSchema);
const requestMessages = messagesOf(partnershipRequestSchema);

describe("partnershipTermsSchema", () => {
  it("accepts full terms and keeps them as given, trimming the text", () => {
    const parsed = partnershipTermsSchema.parse({ ...terms, objectives: `  ${terms.objectives} ` });
    expect(parsed).toEqual(terms);
  });

  it("allows the most the rules allow", () => {
    expect(MAX_PARTNERSHIP_MONTHS).toBe(24);
    expect(termsMessages({ ...terms, maxTermMonths: 24, endDate: "2028-09-01" })).toEqual([]);
    expect(termsMessages({ ...terms, serviceChargePounds: 0 })).toEqual([]);
    expect(termsMessages({ ...terms, serviceChargePounds: 1_000_000 })).toEqual([]);
    expect(termsMessages({ ...terms, serviceChargePounds: 0.29 })).toEqual([]);
    expect(termsMessages({ ...terms, extensionAllowed: false })).toEqual([]);
  });

  it.each([
    [
      "an end more than 24 months after the start",
      { maxTermMonths: 24, endDate: "2028-09-02" },
      "endDate: The end date must be at most 24 months after the start: by 1 September 2028.",
    ],
    [
      "an end more than 24 months after the start, held to the month's end",
      { startDate: "2026-08-31", endDate: "2028-09-01", maxTermMonths: 24 },
      "endDate: The end date must be at most 24 months after the start: by 31 August 2028.",
    ],
    [
      "an end past the maximum term",
      { endDate: "2028-03-02" },
      "endDate: The end date must be within the maximum term of 18 months: by 1 March 2028, or lengthen the maximum term.",
    ],
    [
      "an end before the start",
      { endDate: "2026-08-01" },
      "endDate: The end date must be after the start date.",
    ],
    [
      "an end on the start",
      { endDate: "2026-09-01" },
      "endDate: The end date must be after the start date.",
    ],
    [
      "no focus area",
      { focusAreas: [] },
      "focusAreas: Choose at least one focus area: a partnership is about teaching and learning.",
    ],
    [
      "a focus area twice",
      { focusAreas: ["SEND", "SEND"] },
      "focusAreas: Choose each focus area only once.",
    ],
    [
      "a focus area not on the list",
      { focusAreas: ["SPORT"] },
      "focusAreas.0: Choose focus areas from the list.",
    ],
    [
      "a date that does not exist",
      { startDate: "2026-02-30" },
      "startDate: Enter the start date as a real date, YYYY-MM-DD.",
    ],
    [
      "a date written the English way",
      { endDate: "31/07/2027" },
      "endDate: Enter the end date as a real date, YYYY-MM-DD.",
    ],
    [
      "a date as a number",
      { endDate: 20270731 },
      "endDate: Enter the end date as a date, YYYY-MM-DD.",
    ],
    [
      "a negative service charge",
      { serviceChargePounds: -1 },
      "serviceChargePounds: Give the service charge in pounds, from £0 to £1,000,000.",
    ],
    [
      "a service charge over £1,000,000",
      { serviceChargePounds: 1_000_000.01 },
      "serviceChargePounds: Give the service charge in pounds, from £0 to £1,000,000.",
    ],
    [
      "a service charge in fractions of a penny",
      { serviceChargePounds: 10.005 },
      "serviceChargePounds: Give the service charge in pounds and pence, with at most 2 decimal places.",
    ],
    [
      "a service charge as text",
      { serviceChargePounds: "4500" },
      "serviceChargePounds: Give the service charge in pounds, from £0 to £1,000,000.",
    ],
    [
      "a maximum term of 25 months",
      { maxTermMonths: 25 },
      "maxTermMonths: Give the maximum term as a whole number of months, from 1 to 24.",
    ],
    [
      "a maximum term of 0",
      { maxTermMonths: 0 },
      "maxTermMonths: Give the maximum term as a whole number of months, from 1 to 24.",
    ],
    [
      "a maximum term in part months",
      { maxTermMonths: 12.5 },
      "maxTermMonths: Give the maximum term as a whole number of months, from 1 to 24.",
    ],
    [
      "no services",
      { servicesProvided: "   " },
      "servicesProvided: Enter the services the trust provides; it cannot be blank.",
    ],
    [
      "objectives too long",
      { objectives: "x".repeat(4001) },
      "objectives: Shorten the objectives to at most 4000 characters.",
    ],
    [
      "no word on data protection",
      { dataProtection: undefined },
      "dataProtection: Enter how personal data is shared and protected.",
    ],
    [
      "no word on extension",
      { extensionAllowed: undefined },
      "extensionAllowed: Say whether the partnership may be extended.",
    ],
    ["a field we do not know", { parties: ["SCHOOL"] }, ': Unrecognized key: "parties"'],
  ])("refuses %s", (_name, change, message) => {
    expect(termsMessages({ ...terms, ...change })).toEqual([message]);
  });

  it("reports a bad field and a bad date range together", () => {
    expect(termsMessages({ ...terms, focusAreas: [], endDate: "2026-08-01" })).toEqual([
      "focusAreas: Choose at least one focus area: a partnership is about teaching and learning.",
      "endDate: The end date must be after the start date.",
    ]);
  });
});

describe("partnershipRequestSchema", () => {
  it("accepts a request, with or without the optional fields", () => {
    expect(requestMessages(request)).toEqual([]);
    expect(
      requestMessages({
        ...request,
        intent: "CONVERT_AND_JOIN",
        expectedServiceChargePounds: 3000,
        governingBodyResolutionDate: "2026-03-12",
      }),
    ).toEqual([]);
  });

  it("judges the dates even when another answer is missing", () => {
    const { intent: _missing, ...withoutIntent } = request;
    expect(requestMessages({ ...withoutIntent, proposedEndDate: "2028-09-02" })).toEqual([
      "intent: Choose what the school hopes the partnership leads to.",
      "proposedEndDate: The end date must be at most 24 months after the start: by 1 September 2028.",
    ]);
  });

  it("does not judge dates against today: it has no clock", () => {
    expect(
      requestMessages({
        ...request,
        proposedStartDate: "2001-09-01",
        proposedEndDate: "2002-08-31",
        governingBodyResolutionDate: "2099-01-01",
      }),
    ).toEqual([]);
  });

  it.each([
    [
      "an end more than 24 months after the start",
      { proposedEndDate: "2028-09-02" },
      "proposedEndDate: The end date must be at most 24 months after the start: by 1 September 2028.",
    ],
    [
      "an end before the start",
      { proposedEndDate: "2026-06-30" },
      "proposedEndDate: The end date must be after the start date.",
    ],
    [
      "no focus area",
      { focusAreas: [] },
      "focusAreas: Choose at least one focus area: a partnership is about teaching and learning.",
    ],
    [
      "a start date that does not exist",
      { proposedStartDate: "2026-02-30" },
      "proposedStartDate: Enter the proposed start date as a real date, YYYY-MM-DD.",
    ],
    [
      "a resolution date that does not exist",
      { governingBodyResolutionDate: "2026-04-31" },
      "governingBodyResolutionDate: Enter the date of the governing body's resolution as a real date, YYYY-MM-DD.",
    ],
    [
      "an expected service charge over £1,000,000",
      { expectedServiceChargePounds: 2_000_000 },
      "expectedServiceChargePounds: Give the service charge in pounds, from £0 to £1,000,000.",
    ],
    ["a five-digit URN", { urn: 12345 }, "urn: A URN has six digits."],
    ["no trust", { trustId: "  " }, "trustId: Choose the trust to ask."],
    [
      "an idempotency key that is not a UUID",
      { idempotencyKey: "once" },
      "idempotencyKey: Send a UUID as the idempotency key.",
    ],
    [
      "an intent not on the list",
      { intent: "TAKEOVER" },
      "intent: Choose what the school hopes the partnership leads to.",
    ],
    ["no objectives", { objectives: "" }, "objectives: Enter the objectives; it cannot be blank."],
  ])("refuses %s", (_name, change, message) => {
    expect(requestMessages({ ...request, ...change })).toEqual([message]);
  });
});
