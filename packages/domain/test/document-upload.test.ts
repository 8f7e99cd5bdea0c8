import { describe, expect, it } from "vitest";
import {
  documentMediaType,
  documentMediaTypes,
  documentUploadProblem,
  MAX_DOCUMENT_BYTES,
} from "../src/index.ts";

const bytes = (text: string) => new TextEncoder().encode(text);
const pdf = bytes("%PDF-1.4\n");
const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]);
const exe = bytes("MZ\x90\x00\x03");

describe("documentUploadProblem", () => {
  it.each([
    ["a PDF", "minutes.pdf", 2000, pdf, null],
    ["a PDF without the extension", "minutes", 2000, pdf, null],
    ["a DOCX", "Terms of reference.DOCX", 2000, zip, null],
    ["exactly the limit", "big.pdf", MAX_DOCUMENT_BYTES, pdf, null],
    ["one byte over", "big.pdf", MAX_DOCUMENT_BYTES + 1, pdf, /at most 10 MB/],
    ["an executable", "setup.exe", 2000, exe, /\.exe file/],
    ["text pretending to be a PDF", "notes.pdf", 12, bytes("hello there"), /named as a PDF/],
    ["a zip that is not named .docx", "budget.xlsx", 2000, zip, /\.xlsx file/],
    ["an executable named .docx", "plan.docx", 2000, exe, /named as a DOCX/],
    ["no extension, unknown bytes", "README", 10, bytes("hello"), /unknown type/],
    ["an empty file", "empty.pdf", 0, new Uint8Array(), /empty/],
    ["no name", "  ", 10, pdf, /file name/],
  ] as const)("%s", (_case, fileName, size, leadingBytes, expected) => {
    const problem = documentUploadProblem({ fileName, size, leadingBytes });
    if (expected === null) expect(problem).toBeNull();
    else expect(problem).toMatch(expected);
  });

  it("names the size in megabytes", () => {
    expect(
      documentUploadProblem({ fileName: "scan.pdf", size: 15 * 1024 * 1024, leadingBytes: pdf }),
    ).toBe("scan.pdf is 15 MB; documents may be at most 10 MB.");
  });
});

describe("documentMediaType", () => {
  it("serves PDFs and DOCX files with their own types", () => {
    expect(documentMediaType("a.pdf", pdf)).toBe(documentMediaTypes.pdf);
    expect(documentMediaType("a.docx", zip)).toBe(documentMediaTypes.docx);
    expect(documentMediaType("a.zip", zip)).toBeNull();
  });
});
