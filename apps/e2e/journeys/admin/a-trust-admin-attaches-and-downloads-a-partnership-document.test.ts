import { describe, expect } from "vitest";
import { seriousAxeViolations } from "../../support/browser.ts";
import { journey } from "../../support/journey.ts";

// On a running partnership of the demo trust (not the demo school's, which the partnership
// journey asks for), the trust administrator attaches a document through the admin's
// production server and downloads it again from the same origin: the upload is a GraphQL
// multipart request the API runs under production rules, the link is proxied to the API.

const pdf = Buffer.from("%PDF-1.4\n% Termly review\ntrailer<</Root 1 0 R>>\n%%EOF\n");

describe("a trust administrator attaches and downloads a partnership document", () => {
  journey(
    "a wrong file is refused by the field with nothing sent; a PDF is attached, listed and downloaded",
    async ({ openContext }) => {
      const context = await openContext({ app: "admin", as: "trustAdmin" });
      const page = await context.newPage();
      const uploads: string[] = [];
      page.on("request", (request) => {
        if (/^multipart\/form-data/.test(request.headers()["content-type"] ?? "")) {
          uploads.push(request.url());
        }
      });

      await page.goto("/partnership-requests?state=ACTIVE");
      await page.getByRole("heading", { level: 1, name: "Partnership requests" }).waitFor();
      await page.getByRole("table").getByRole("row").nth(1).getByRole("link").click();
      const documents = page.getByRole("region", { name: "Documents", exact: true });
      const form = documents.getByRole("region", { name: "Attach a document" });
      await form.waitFor();
      const field = form.getByLabel("Document to attach");
      await expect(field.getAttribute("accept")).resolves.toBe(".pdf,.docx");

      // A text file is refused by the field, in the browser: nothing leaves it.
      await field.setInputFiles({
        name: "Visit notes.txt",
        mimeType: "text/plain",
        buffer: Buffer.from("Notes from the visit."),
      });
      await form.getByRole("button", { name: "Attach the document" }).click();
      const problem = "Visit notes.txt is a .txt file; attach a PDF or Word (.docx) document.";
      await page.getByRole("alert").filter({ hasText: "There is a problem" }).waitFor();
      await expect(field.getAttribute("aria-invalid")).resolves.toBe("true");
      await form.getByText(`Error: ${problem}`).waitFor();
      expect(uploads).toEqual([]);

      // A PDF is attached, said so politely, and listed with who added it.
      await field.setInputFiles({
        name: "Termly review.pdf",
        mimeType: "application/pdf",
        buffer: pdf,
      });
      await form.getByRole("button", { name: "Attach the document" }).click();
      await form
        .getByRole("status")
        .filter({ hasText: "Termly review.pdf is attached. The school has been told." })
        .waitFor();
      expect(uploads).toHaveLength(1);
      const row = documents.getByRole("row").filter({ hasText: "Termly review.pdf" });
      await row.getByText("PDF", { exact: true }).waitFor();
      await row.getByText(/, the trust$/).waitFor();
      await expect(field.getAttribute("aria-invalid")).resolves.toBeNull();
      expect(await seriousAxeViolations(page)).toEqual([]);

      // The link is the admin's own origin, and brings the same bytes back.
      const link = row.getByRole("link", { name: "Download Termly review.pdf" });
      expect(new URL((await link.getAttribute("href")) ?? "", page.url()).origin).toBe(
        new URL(page.url()).origin,
      );
      const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
      expect(download.suggestedFilename()).toBe("Termly review.pdf");
      const chunks: Buffer[] = [];
      for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
      expect(Buffer.concat(chunks).equals(pdf)).toBe(true);
    },
  );
});
