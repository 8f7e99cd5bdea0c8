import { describe, expect, it } from "vitest";
import { documentsProblemOf, documentTypeLabel, fileSizeText } from "./documents.ts";
import { notAttachedParams, notAttachedSentence, readNotAttached } from "./not-attached.ts";

const pdf = (name: string) => new File(["%PDF-1.7 the rest"], name);

describe("documentsProblemOf", () => {
  it("passes PDFs and names every file that is not one, in one message", async () => {
    expect(await documentsProblemOf([])).toBeNull();
    expect(await documentsProblemOf([pdf("Minutes.pdf"), pdf("scan")])).toBeNull();
    expect(
      await documentsProblemOf([pdf("Minutes.pdf"), new File(["hello"], "notes.pdf"), pdf("")]),
    ).toBe(
      "notes.pdf is named as a PDF but its contents are not one; attach a real PDF or Word (.docx) document. Give the document a file name.",
    );
  });

  it("refuses more than a post may carry", async () => {
    const six = Array.from({ length: 6 }, (_, i) => pdf(`${i}.pdf`));
    expect(await documentsProblemOf(six)).toBe("Attach at most 5 documents at a time.");
  });
});

describe("how a document is described", () => {
  it.each([
    [1, "1 byte"],
    [812, "812 bytes"],
    [48_200, "47 KB"],
    [2_500_000, "2.4 MB"],
    [10 * 1024 * 1024, "10 MB"],
  ])("%i bytes are %s", (bytes, text) => {
    expect(fileSizeText(bytes)).toBe(text);
  });

  it("names the two kinds kept", () => {
    expect(documentTypeLabel("application/pdf")).toBe("PDF");
    expect(
      documentTypeLabel("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    ).toBe("Word document");
  });
});

describe("what was not attached, across a redirect", () => {
  it("comes back in our words, whatever the address claims", () => {
    const params = new URLSearchParams(
      notAttachedParams([
        { fileName: "Minutes: May.pdf", reason: "failed", message: "socket hang up" },
        { fileName: "Plan.docx", reason: "refused", message: null },
      ]),
    );
    params.append("notAttached", "anything:Call this number.pdf");
    params.append("notAttached", "failed:");
    expect(readNotAttached(params)).toEqual([
      "Minutes: May.pdf was not attached: it could not be sent just now.",
      "Plan.docx was not attached: documents cannot be added to this partnership now.",
    ]);
  });

  it("uses the API's words on the page that asked", () => {
    expect(
      notAttachedSentence({ fileName: "Late.pdf", reason: "refused", message: "It has ended." }),
    ).toBe("Late.pdf was not attached: It has ended.");
  });
});
