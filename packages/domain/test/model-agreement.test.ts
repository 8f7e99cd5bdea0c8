import { describe, expect, it } from "vitest";
import { modelAgreement, type PartnershipTerms } from "../src/index.ts";

const parties = {
  schoolName: "Brook Primary School",
  schoolUrn: 123456,
  trustName: "Heron Learning Trust",
  trustCompaniesHouseNumber: "07654321",
};
const terms: PartnershipTerms = {
  startDate: "2027-09-01",
  endDate: "2028-07-31",
  focusAreas: ["CURRICULUM", "CPD", "SEND"],
  objectives: "Share curriculum planning.",
  serviceChargePounds: 2500,
  extensionAllowed: true,
  maxTermMonths: 18,
  servicesProvided: "Subject networks and CPD days.",
  dataProtection: "Each party is a controller of its own data.",
};
const text = (a: ReturnType<typeof modelAgreement>) =>
  a.sections.flatMap((s) => [s.heading, ...s.paragraphs]).join("\n");

describe("modelAgreement", () => {
  it("holds every part of the model agreement, in its words", () => {
    const agreement = modelAgreement(parties, terms, terms.endDate);
    expect(agreement.title).toBe(
      "Trust Partnership agreement between Brook Primary School and Heron Learning Trust",
    );
    expect(agreement.sections.map((s) => s.heading)).toEqual([
      "1. Parties",
      "2. Term",
      "3. Focus on teaching and learning",
      "4. Services provided",
      "5. Service charge",
      "6. Data protection",
      "7. What the partnership leads to",
    ]);
    const all = text(agreement);
    expect(all).toContain("company registered in England, number 07654321");
    expect(all).toContain("URN 123456");
    expect(all).toContain("starts on 1 September 2027 and ends on 31 July 2028");
    expect(all).toContain("no more than 18 months after it starts");
    expect(all).toContain(
      "teaching and learning: Curriculum, Staff training (CPD) and Special educational needs (SEND).",
    );
    expect(all).toContain("£2,500.00");
    expect(all).not.toContain("now ends");
  });

  it.each([
    [{ extensionAllowed: false }, "It may not be extended."],
    [{ serviceChargePounds: 0 }, "without charge"],
  ])("says %j as %s", (change, words) => {
    expect(text(modelAgreement(parties, { ...terms, ...change }, terms.endDate))).toContain(words);
  });

  it("records an extension, and a trust with no company number on record", () => {
    const agreement = modelAgreement(
      { ...parties, trustCompaniesHouseNumber: null },
      terms,
      "2029-01-31",
    );
    expect(text(agreement)).toContain("By an agreed extension it now ends on 31 January 2029.");
    expect(text(agreement)).toContain('between Heron Learning Trust ("the trust")');
  });
});
