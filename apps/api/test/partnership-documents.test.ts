/**
 * Documents on a partnership: either side attaches a PDF or a .docx, stored once by its
 * hash; wrong types and oversized files are refused by name; the other side downloads the
 * same bytes; strangers get a 404 and curators read but do not attach.
 */
import { createHash, randomUUID } from "node:crypto";
import { tables } from "@atlas/db";
import { buildSchool, buildSectorBody, buildTrust, buildUser } from "@atlas/db/testing";
import { addMonths, dateInEngland, MAX_DOCUMENT_BYTES } from "@atlas/domain";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type Sender, serverContextFrom, type TestApp } from "./support/testkit.ts";

const ATTACH = `
  mutation AttachDocumentTest($input: AttachPartnershipDocumentInput!) {
    attachPartnershipDocument(input: $input) {
      __typename
      ... on PartnershipPayload { partnership { documents { id fileName sha256 } } }
      ... on UserError { message }
    }
  }
`;

const READ = `
  query PartnershipDocumentsTest($id: ID!) {
    partnership(id: $id) {
      documents { id fileName mediaType byteSize sha256 party uploadedByName uploadedAt downloadPath }
    }
  }
`;

const globalId = (typename: string, id: string) =>
  Buffer.from(`${typename}:${id}`).toString("base64");
const PDF = new TextEncoder().encode(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
);
// The local file header of a zip holding word/document.xml: what a .docx starts with.
const DOCX = Buffer.concat([
  Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x00, 0x00]),
  Buffer.from("word/document.xml<w:document/>"),
]);

let app: TestApp;
let partnershipId: string;
let member: Sender;
let admin: Sender;
let stranger: Sender;
let curator: Sender;

/** Sends a GraphQL multipart request (the spec graphql-yoga reads) with one file. */
async function attach(file: File, as: Sender, id = partnershipId) {
  const form = new FormData();
  form.set(
    "operations",
    JSON.stringify({ query: ATTACH, variables: { input: { partnershipId: id, file: null } } }),
  );
  form.set("map", JSON.stringify({ 0: ["variables.input.file"] }));
  form.set("0", file);
  const encoded = new Response(form);
  const body = new Uint8Array(await encoded.arrayBuffer());
  const response = await app.yoga.fetch(
    "http://test/graphql",
    {
      method: "POST",
      headers: {
        "content-type": encoded.headers.get("content-type") ?? "",
        "content-length": String(body.byteLength),
        "x-graphql-yoga-csrf": "1",
        ...(as.cookie ? { cookie: as.cookie } : {}),
      },
      body,
    },
    serverContextFrom(),
  );
  const json = (await response.json()) as {
    data?: {
      attachPartnershipDocument: {
        __typename: string;
        message?: string;
        partnership?: { documents: { id: string; sha256: string }[] };
      };
    };
    errors?: unknown[];
  };
  return { status: response.status, json, result: json.data?.attachPartnershipDocument };
}

function download(path: string, as: Sender) {
  return app.yoga.fetch(
    `http://test${path}`,
    { headers: as.cookie ? { cookie: as.cookie } : {} },
    serverContextFrom(),
  );
}

async function documents(as: Sender) {
  const result = await app.executeRaw(READ, { id: partnershipId }, as);
  return (result.expectNoErrors().partnership as { documents: Record<string, unknown>[] })
    .documents;
}

let ids: { schoolId: string; trustId: string };

/** A partnership row of the school and trust, written directly: its state is the test's. */
function partnershipRow(state: "REQUESTED" | "WITHDRAWN") {
  const today = dateInEngland(new Date());
  return {
    ...ids,
    state,
    intent: "EXPLORE_JOINING" as const,
    terms: {
      startDate: today,
      endDate: addMonths(today, 12),
      focusAreas: ["CURRICULUM" as const],
      objectives: "Curriculum planning together.",
      serviceChargePounds: 0,
      extensionAllowed: false,
      maxTermMonths: 24,
      servicesProvided: "To be agreed.",
      dataProtection: "To be agreed.",
    },
    startDate: today,
    endDate: addMonths(today, 12),
    idempotencyKey: randomUUID(),
  };
}

beforeAll(async () => {
  app = await createTestApp();
  const db = app.database.db;
  const school = await buildSchool(db, { name: "Brook Primary School" });
  const trust = await buildTrust(db, { name: "Heron Learning Trust" });
  ids = { schoolId: school.id, trustId: trust.trust.id };
  const [row] = await db
    .insert(tables.partnerships)
    .values(partnershipRow("REQUESTED"))
    .returning();
  if (!row) throw new Error("no partnership");
  partnershipId = globalId("Partnership", row.id);
  const person = async (name: string, roles: Parameters<typeof buildUser>[1]["roles"]) =>
    app.sessionFor((await buildUser(db, { name, passwordHash: "x", roles })).user.id);
  member = await person("Sam Member", [{ role: "SCHOOL_MEMBER", schoolId: school.id }]);
  admin = await person("Tia Admin", [{ role: "TRUST_ADMIN", trustId: trust.trust.id }]);
  const otherTrust = await buildTrust(db);
  stranger = await person("Kit Admin", [{ role: "TRUST_ADMIN", trustId: otherTrust.trust.id }]);
  const body = await buildSectorBody(db);
  curator = await person("Cora Curator", [{ role: "CURATOR", sectorBodyId: body.id }]);
});
afterAll(() => app?.close());

describe("attachPartnershipDocument", () => {
  it("keeps a PDF from the school, which the trust downloads byte for byte", async () => {
    const { result } = await attach(new File([PDF], "Governors' minutes – May.pdf"), member);
    expect(result?.__typename).toBe("PartnershipPayload");
    const [doc] = await documents(admin);
    expect(doc).toMatchObject({
      fileName: "Governors' minutes – May.pdf",
      mediaType: "application/pdf",
      byteSize: PDF.byteLength,
      sha256: createHash("sha256").update(PDF).digest("hex"),
      party: "SCHOOL",
      uploadedByName: "Sam Member",
    });
    const response = await download(String(doc?.downloadPath), admin);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("content-disposition")).toContain(
      `filename*=UTF-8''${encodeURIComponent("Governors' minutes – May.pdf")}`,
    );
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(PDF);
  });

  it("keeps the same file twice as one document", async () => {
    const { result } = await attach(new File([PDF], "copy.pdf"), admin);
    expect(result?.__typename).toBe("PartnershipPayload");
    expect(result?.partnership?.documents).toHaveLength(1);
  });

  it("keeps a .docx from the trust", async () => {
    const { result } = await attach(new File([DOCX], "Terms.docx"), admin);
    expect(result?.__typename).toBe("PartnershipPayload");
    const docs = await documents(member);
    expect(docs.map((d) => [d.fileName, d.mediaType, d.party])).toEqual([
      ["Governors' minutes – May.pdf", "application/pdf", "SCHOOL"],
      [
        "Terms.docx",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "TRUST",
      ],
    ]);
  });

  it("records each new document in the history and tells the other side", async () => {
    const result = await app.executeRaw(
      `query DocumentHistoryTest($id: ID!) {
        partnership(id: $id) { partnershipEvents { action actorParty details } }
      }`,
      { id: partnershipId },
      member,
    );
    const { partnershipEvents } = result.expectNoErrors().partnership as {
      partnershipEvents: { action: string; actorParty: string; details: { fileName?: string } }[];
    };
    // The same bytes sent again made no document, so no entry either.
    expect(
      partnershipEvents
        .filter((e) => e.action === "DOCUMENT")
        .map((e) => [e.actorParty, e.details.fileName]),
    ).toEqual([
      ["SCHOOL", "Governors' minutes – May.pdf"],
      ["TRUST", "Terms.docx"],
    ]);
    const sent = await app.database.db
      .select({ to: tables.outboxMessages.recipientName, body: tables.outboxMessages.body })
      .from(tables.outboxMessages)
      .where(eq(tables.outboxMessages.topic, "partnership.document"));
    expect(sent.map((m) => m.to).sort()).toEqual(["Sam Member", "Tia Admin"]);
    const toTrust = sent.find((m) => m.to === "Tia Admin")?.body ?? "";
    expect(toTrust).toContain("The document:\nGovernors' minutes – May.pdf");
    expect(toTrust).toContain(
      `http://localhost:3001/partnership-requests/${encodeURIComponent(partnershipId)}`,
    );
  });

  it.each([
    ["an executable", new File([Buffer.from("MZ\x90\x00\x03\x00")], "setup.exe"), /\.exe file/],
    ["text named .pdf", new File(["just some text"], "notes.pdf"), /named as a PDF/],
    [
      "an oversized PDF",
      new File([PDF, new Uint8Array(MAX_DOCUMENT_BYTES)], "scan.pdf"),
      /at most 10 MB/,
    ],
  ])("refuses %s by name", async (_case, file, message) => {
    const { result } = await attach(file, member);
    expect(result?.__typename).toBe("PartnershipDocumentRejectedError");
    expect(result?.message).toMatch(message);
    expect(await documents(member)).toHaveLength(2);
  });

  it("lets a curator read but not attach, and hides the documents from strangers", async () => {
    const [doc] = await documents(curator);
    expect((await download(String(doc?.downloadPath), curator)).status).toBe(200);
    const { json } = await attach(new File([PDF, "x"], "curated.pdf"), curator);
    expect(JSON.stringify(json.errors)).toContain("FORBIDDEN");
    expect((await download(String(doc?.downloadPath), stranger)).status).toBe(404);
    expect((await download(String(doc?.downloadPath), {})).status).toBe(404);
    const { json: strangerJson } = await attach(new File([PDF, "y"], "mine.pdf"), stranger);
    expect(JSON.stringify(strangerJson.errors)).toContain("FORBIDDEN");
  });

  it("refuses documents once the partnership has ended", async () => {
    const [ended] = await app.database.db
      .insert(tables.partnerships)
      .values(partnershipRow("WITHDRAWN"))
      .returning({ id: tables.partnerships.id });
    const { result } = await attach(
      new File([PDF], "late.pdf"),
      member,
      globalId("Partnership", ended?.id ?? ""),
    );
    expect(result).toMatchObject({
      __typename: "PartnershipRefusedError",
      message: expect.stringMatching(/ended/),
    });
  });

  it("refuses files sent with any other operation", async () => {
    const form = new FormData();
    form.set("operations", JSON.stringify({ query: "{ __typename }", variables: { f: null } }));
    form.set("map", JSON.stringify({ 0: ["variables.f"] }));
    form.set("0", new File([PDF], "a.pdf"));
    const encoded = new Response(form);
    const body = new Uint8Array(await encoded.arrayBuffer());
    const response = await app.yoga.fetch(
      "http://test/graphql",
      {
        method: "POST",
        headers: {
          "content-type": encoded.headers.get("content-type") ?? "",
          "content-length": String(body.byteLength),
          "x-graphql-yoga-csrf": "1",
        },
        body,
      },
      serverContextFrom(),
    );
    expect(JSON.stringify(await response.json())).toContain("PAYLOAD_TOO_LARGE");
  });
});
