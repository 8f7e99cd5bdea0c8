import { describe, expect, it } from "vitest";
import {
  checkTerms,
  readTermsPost,
  type TermsValues,
  termsErrors,
  termsValuesFrom,
} from "./propose-terms-form.ts";

const terms = {
  startDate: "2027-01-04",
  endDate: "2027-12-17",
  focusAreas: ["CURRICULUM", "CPD"] as const,
  objectives: "Curriculum planning together.",
  serviceChargePounds: 2500.5,
  extensionAllowed: true,
  maxTermMonths: 18,
  servicesProvided: "Subject networks.",
  dataProtection: "Each party controls its own data.",
};

const filled: TermsValues = termsValuesFrom({ ...terms, focusAreas: [...terms.focusAreas] });

function posted(pairs: [string, string][]) {
  const form = new FormData();
  for (const [name, value] of pairs) form.append(name, value);
  return readTermsPost(form);
}

describe("the school's proposed terms", () => {
  it("starts from the terms as they stand", () => {
    expect(filled).toEqual({
      ...terms,
      focusAreas: ["CURRICULUM", "CPD"],
      serviceChargePounds: "2500.5",
      extensionAllowed: "yes",
      maxTermMonths: "18",
      reason: "",
    });
  });

  it("reads only a PROPOSE_TERMS post with a version, keeping what was typed", () => {
    expect(
      posted([
        ["action", "WITHDRAW"],
        ["expectedVersion", "2"],
      ]),
    ).toBeNull();
    expect(
      posted([
        ["action", "PROPOSE_TERMS"],
        ["expectedVersion", "0"],
      ]),
    ).toBeNull();
    expect(
      posted([
        ["action", "PROPOSE_TERMS"],
        ["expectedVersion", "4"],
        ["startDate", " 2027-01-04 "],
        ["focusAreas", "CURRICULUM"],
        ["focusAreas", "GOVERNANCE"],
        ["objectives", " Typed as is. "],
        ["extensionAllowed", "no"],
      ]),
    ).toEqual({
      expectedVersion: 4,
      values: {
        startDate: "2027-01-04",
        endDate: "",
        focusAreas: ["CURRICULUM", "GOVERNANCE"],
        objectives: " Typed as is. ",
        servicesProvided: "",
        serviceChargePounds: "",
        extensionAllowed: "no",
        maxTermMonths: "",
        dataProtection: "",
        reason: "",
      },
    });
  });

  it.each([
    {
      case: "the terms unchanged",
      values: filled,
      sent: { ...terms, focusAreas: ["CURRICULUM", "CPD"] },
      reason: null,
    },
    {
      case: "pounds as people write them, no extension, and a word to the trust",
      values: {
        ...filled,
        serviceChargePounds: "£3,000",
        extensionAllowed: "no",
        reason: " We would rather start in January. ",
      },
      sent: {
        ...terms,
        focusAreas: ["CURRICULUM", "CPD"],
        serviceChargePounds: 3000,
        extensionAllowed: false,
      },
      reason: "We would rather start in January.",
    },
  ])("sends $case", ({ values, sent, reason }) => {
    expect(checkTerms(values)).toEqual({ ok: true, terms: sent, reason });
  });

  it.each([
    {
      case: "an end before the start",
      values: { ...filled, endDate: "2026-12-01" },
      fields: { "propose-endDate": "The end date must be after the start date." },
    },
    {
      case: "no focus area, no choice about extending",
      values: { ...filled, focusAreas: [], extensionAllowed: "" },
      fields: {
        "propose-focusAreas": expect.stringMatching(/at least one focus area/),
        "propose-extensionAllowed": "Say whether the partnership may be extended.",
      },
    },
    {
      case: "a charge and a term that are not numbers",
      values: { ...filled, serviceChargePounds: "a lot", maxTermMonths: "1.5" },
      fields: {
        "propose-serviceChargePounds": expect.stringMatching(/service charge in pounds/),
        "propose-maxTermMonths": expect.stringMatching(/whole number of months/),
      },
    },
    {
      case: "blank services",
      values: { ...filled, servicesProvided: "  " },
      fields: {
        "propose-servicesProvided": expect.stringMatching(/cannot be blank/),
      },
    },
  ])("refuses $case, by field and in page order", ({ values, fields }) => {
    const checked = checkTerms(values);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.errors.fields).toEqual(fields);
    expect(checked.errors.summary.map((s) => s.href)).toEqual(
      Object.keys(fields).map((id) => `#${id}`),
    );
  });

  it("places the API's issues by the last part of their path", () => {
    expect(
      termsErrors([
        { path: ["terms", "startDate"], message: "The start date has passed." },
        { path: ["input", "expectedVersion"], message: "Reload." },
      ]).fields,
    ).toEqual({ "propose-startDate": "Reload. The start date has passed." });
  });
});
