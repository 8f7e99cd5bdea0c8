import { PDFDocument, type PDFFont, type PDFPage, StandardFonts } from "pdf-lib";

/** A partnership agreement as the API gives it (`Partnership.agreement`). */
export interface AgreementText {
  title: string;
  sections: readonly { heading: string; paragraphs: readonly string[] }[];
}

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 56;
const SIZE = { title: 16, heading: 12, body: 10.5, footer: 8 };
const LEADING = 1.4;

/**
 * The standard PDF fonts write Windows-1252 only: a character outside it (an arrow, an emoji)
 * would stop the whole document, so it is written as "?" instead.
 */
function printable(font: PDFFont, text: string): string {
  return [...text]
    .map((ch) => {
      try {
        font.encodeText(ch);
        return ch;
      } catch {
        return "?";
      }
    })
    .join("");
}

/** Words into lines no wider than `width`, a long word on a line of its own. */
function wrap(font: PDFFont, size: number, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line === "" ? word : `${line} ${word}`;
    if (line !== "" && font.widthOfTextAtSize(next, size) > width) {
      lines.push(line);
      line = word;
    } else {
      line = next;
    }
  }
  if (line !== "") lines.push(line);
  return lines;
}

/**
 * The agreement as an A4 PDF: its title, each section's heading and paragraphs, page numbers,
 * and a line saying where it came from and when. Built with pdf-lib, so the same code makes
 * it in a browser (the admin app) and on a server (the public app).
 */
export async function agreementPdf(
  agreement: AgreementText,
  options: { footer: string },
): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(agreement.title);
  pdf.setSubject("Trust Partnership agreement");
  pdf.setCreator("Trust Atlas");
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const width = A4.width - 2 * MARGIN;
  let page: PDFPage = pdf.addPage([A4.width, A4.height]);
  let y = A4.height - MARGIN;

  const write = (text: string, font: PDFFont, size: number, spaceAfter: number) => {
    for (const line of wrap(font, size, printable(font, text), width)) {
      if (y - size < MARGIN + SIZE.footer * 3) {
        page = pdf.addPage([A4.width, A4.height]);
        y = A4.height - MARGIN;
      }
      y -= size;
      page.drawText(line, { x: MARGIN, y, size, font });
      y -= size * (LEADING - 1);
    }
    y -= spaceAfter;
  };

  write(agreement.title, bold, SIZE.title, 14);
  for (const section of agreement.sections) {
    write(section.heading, bold, SIZE.heading, 4);
    for (const paragraph of section.paragraphs) write(paragraph, regular, SIZE.body, 6);
    y -= 6;
  }

  const pages = pdf.getPages();
  pages.forEach((p, i) => {
    const text = printable(regular, `${options.footer} · Page ${i + 1} of ${pages.length}`);
    p.drawText(text, { x: MARGIN, y: MARGIN / 2, size: SIZE.footer, font: regular });
  });
  return pdf.save();
}
