import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { agreementPdf } from "./agreement-pdf.ts";

const agreement = {
  title: "Trust Partnership agreement between Brook Primary School and Heron Learning Trust",
  sections: [
    {
      heading: "1. Parties",
      paragraphs: ["This agreement is between Heron Learning Trust and Brook Primary School."],
    },
    {
      heading: "5. Service charge",
      paragraphs: ["The school pays the trust £2,500.00 – over the term."],
    },
  ],
};

describe("agreementPdf", () => {
  it("is a PDF with the agreement's title, on one A4 page", async () => {
    const bytes = await agreementPdf(agreement, { footer: "Downloaded from Trust Atlas" });
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe("%PDF-");
    const read = await PDFDocument.load(bytes);
    expect(read.getTitle()).toBe(agreement.title);
    expect(read.getPageCount()).toBe(1);
    expect(read.getPage(0).getSize().width).toBeCloseTo(595.28);
  });

  it("runs onto more pages when it is long, and survives characters the fonts lack", async () => {
    const long = {
      title: "A long agreement → with an arrow",
      sections: Array.from({ length: 40 }, (_, i) => ({
        heading: `${i + 1}. Section`,
        paragraphs: [
          "Words and more words, enough to wrap across the width of the page. ".repeat(6),
        ],
      })),
    };
    const read = await PDFDocument.load(await agreementPdf(long, { footer: "Test" }));
    expect(read.getPageCount()).toBeGreaterThan(2);
  });
});
