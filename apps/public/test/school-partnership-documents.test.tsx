import { fileURLToPath } from "node:url";
import { createTestApi, type TestApi } from "@atlas/api/testing";
import { tables } from "@atlas/db";
import { buildSchool, buildTrust, buildUser } from "@atlas/db/testing";
import { addMonths, dateInEngland, MAX_DOCUMENT_BYTES } from "@atlas/domain";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { loader as documentLoader } from "../app/routes/partnership-document.ts";
import PartnershipPage, {
  action as partnershipAction,
  loader as partnershipLoader,
} from "../app/routes/school-partnership.tsx";
import RequestPage, {
  action as requestAction,
  loader as requestLoader,
} from "../app/routes/school-partnership-new.tsx";
import { routeArgs } from "./route-args.ts";
import { type ApiCall, routeFetchTo } from "./support/api.ts";
import { outcome, render } from "./support/route-results.tsx";

// Documents on a school's partnership through the public app's forms, against the real API as
// deployed (production rules: only the operations in this app's manifest run, so the multipart
// upload must be one of them): attached with the request or on the partnership's page, checked
// here first, listed, and downloaded through this site by the school's members only.

const manifest = fileURLToPath(new URL("../app/gql/persisted-documents.json", import.meta.url));

let api: TestApi;
let calls: ApiCall[];
let urn: number;
let schoolId: string;
let trustId: string;
let member: string;
let otherMember: string;
const today = dateInEngland(new Date());

const PDF = new TextEncoder().encode(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
);
// The local file header of a zip holding word/document.xml: what a .docx starts with.
const DOCX = new Uint8Array([
  ...[0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x00, 0x00],
  ...new TextEncoder().encode("word/document.xml<w:document/>"),
]);

/** A global id as the API gives them out (Relay's: the type and row id, in base64). */
const globalId = (typename: string, id: string) =>
  Buffer.from(`${typename}:${id}`).toString("base64");

beforeAll(async () => {
  api = await createTestApi({ trustedDocuments: [manifest] });
  const { db } = api.database;
  const school = await buildSchool(db, { name: "Willow Primary School" });
  const other = await buildSchool(db, { name: "Aspen Primary School" });
  urn = school.urn;
  schoolId = school.id;
  const { trust } = await buildTrust(db, { name: "Larch Learning Trust", schools: [{}] });
  trustId = globalId("Trust", trust.id);
  // Sessions made directly: signing in is not one of this app's operations' business here.
  const person = async (name: string, forSchool: string) => {
    const { user } = await buildUser(db, {
      name,
      passwordHash: "x",
      roles: [{ role: "SCHOOL_MEMBER", schoolId: forSchool }],
    });
    return api.sessionFor(user.id);
  };
  member = await person("Sam Member", school.id);
  otherMember = await person("Kit Other", other.id);
});

afterAll(async () => {
  await api.close();
});

afterEach(() => {
  vi.unstubAllGlobals();
});

const newPath = () => `/schools/${urn}/partnerships/new?${new URLSearchParams({ trust: trustId })}`;

/** A form posted as the browser posts one with a file box: multipart, files where chosen. */
function multipart(cookie: string, fields: [string, string | File][]) {
  const body = new FormData();
  for (const [name, value] of fields) body.append(name, value);
  return { method: "POST", headers: { cookie, "sec-fetch-site": "same-origin" }, body };
}

/** The request form's answers, then its documents: the file box comes last, as on the page. */
function requestFields(documents: File[]): [string, string | File][] {
  return [
    ["trustId", trustId],
    ["idempotencyKey", crypto.randomUUID()],
    ["intent", "EXPLORE_JOINING"],
    ["focusAreas", "CURRICULUM"],
    ["objectives", "Share curriculum planning."],
    ["proposedStartDate", today],
    ["proposedEndDate", addMonths(today, 12)],
    ["expectedServiceChargePounds", ""],
    ["governingBodyResolutionDate", ""],
    ...documents.map((file): [string, File] => ["documents", file]),
  ];
}

function request(documents: File[], cookie = member) {
  return outcome(
    requestAction(
      routeArgs(newPath(), { urn: String(urn) }, multipart(cookie, requestFields(documents))),
    ),
  );
}

const partnershipIdOf = (path: string) =>
  decodeURIComponent(/partnerships\/([^?]+)/.exec(path)?.[1] ?? "");

async function renderPartnership(path: string, actionData?: unknown) {
  const loaded = await outcome(
    partnershipLoader(
      routeArgs(
        path,
        { urn: String(urn), partnershipId: partnershipIdOf(path) },
        { headers: { cookie: member } },
      ),
    ),
  );
  expect(loaded.status).toBe(200);
  return render(
    PartnershipPage,
    "/schools/:urn/partnerships/:partnershipId",
    path,
    loaded.data,
    actionData,
  );
}

function postOnPage(path: string, fields: [string, string | File][]) {
  return outcome(
    partnershipAction(
      routeArgs(
        path,
        { urn: String(urn), partnershipId: partnershipIdOf(path) },
        multipart(member, fields),
      ),
    ),
  );
}

function download(id: string, cookie?: string) {
  const path = `/files/partnership-documents/${id}`;
  return documentLoader(routeArgs(path, { id }, cookie ? { headers: { cookie } } : undefined));
}

async function schoolPartnerships() {
  const rows = await api.database.db.select().from(tables.partnerships);
  return rows.filter((r) => r.schoolId === schoolId);
}

async function documentsOf(partnershipRowId: string) {
  const rows = await api.database.db.select().from(tables.partnershipDocuments);
  return rows.filter((r) => r.partnershipId === partnershipRowId);
}

const requestOperations = () => calls.filter((c) => c.operationName === "RequestPartnership");

describe("documents on a school's partnership", () => {
  let path = "";
  let minutesId = "";

  it("offers a file box on the request form, which posts multipart", async () => {
    calls = routeFetchTo(api);
    const loaded = await outcome(
      requestLoader(routeArgs(newPath(), { urn: String(urn) }, { headers: { cookie: member } })),
    );
    const html = render(RequestPage, "/schools/:urn/partnerships/new", newPath(), loaded.data);
    expect(html).toMatch(/<form[^>]*enctype="multipart\/form-data"/i);
    const box = html.match(/<input [^>]*id="documents"[^>]*>/)?.[0] ?? "";
    for (const attribute of [
      'type="file"',
      'name="documents"',
      'multiple=""',
      'accept=".pdf,.docx"',
      'aria-describedby="documents-hint"',
    ]) {
      expect(box).toContain(attribute);
    }
    expect(html).toContain('<label class="ui-label" for="documents">Documents (optional)</label>');
    expect(html).toContain("PDF or Word (.docx) files, each at most 10 MB, up to 5 at a time.");
  });

  it("refuses a file that is not a PDF or Word document by its field, keeps the answers and makes nothing", async () => {
    calls = routeFetchTo(api);
    const refused = await request([
      new File([PDF], "Minutes.pdf"),
      new File(["MZ\x90\x00\x03\x00"], "setup.exe"),
    ]);
    expect(refused.status).toBe(400);
    const failed = refused.data as {
      values: { objectives: string };
      errors: { fields: Record<string, string>; summary: { href: string; text: string }[] };
      chosenDocuments: string[];
    };
    expect(failed.errors.fields.documents).toBe(
      "setup.exe is a .exe file; attach a PDF or Word (.docx) document.",
    );
    expect(failed.errors.summary).toEqual([
      { href: "#documents", text: failed.errors.fields.documents },
    ]);
    expect(failed.values.objectives).toBe("Share curriculum planning.");
    expect(requestOperations()).toEqual([]);
    expect(await schoolPartnerships()).toEqual([]);

    const loaded = await outcome(
      requestLoader(routeArgs(newPath(), { urn: String(urn) }, { headers: { cookie: member } })),
    );
    const html = render(
      RequestPage,
      "/schools/:urn/partnerships/new",
      newPath(),
      loaded.data,
      refused.data,
    );
    expect(html).toContain('href="#documents"');
    expect(html).toContain('aria-describedby="documents-hint documents-error" aria-invalid="true"');
    expect(html).toContain("choose them again: Minutes.pdf, setup.exe.");
    expect(html).toContain(">Share curriculum planning.</textarea>");
  });

  it("refuses a document over the limit as it streams in, keeping the answers before it", async () => {
    calls = routeFetchTo(api);
    const refused = await request([
      new File([PDF, new Uint8Array(MAX_DOCUMENT_BYTES)], "scan.pdf"),
    ]);
    expect(refused.status).toBe(400);
    const failed = refused.data as {
      values: { objectives: string; proposedStartDate: string };
      errors: { fields: Record<string, string> };
    };
    expect(failed.errors.fields.documents).toMatch(/larger than 10 MB/);
    expect(failed.values).toMatchObject({
      objectives: "Share curriculum planning.",
      proposedStartDate: today,
    });
    expect(requestOperations()).toEqual([]);
    expect(await schoolPartnerships()).toEqual([]);
  });

  it("sends the request, then its document, which the partnership's page lists", async () => {
    calls = routeFetchTo(api);
    const sent = await request([new File([PDF], "Governors' minutes.pdf")]);
    expect(sent.status).toBe(303);
    expect(sent.location).toMatch(
      new RegExp(`^/schools/${urn}/partnerships/[^/?]+\\?done=requested$`),
    );
    path = (sent.location ?? "").replace(/\?.*$/, "");
    const [made, ...others] = await schoolPartnerships();
    expect(others).toEqual([]);
    const [minutes] = await documentsOf(made?.id ?? "");
    expect(minutes).toMatchObject({ fileName: "Governors' minutes.pdf", party: "SCHOOL" });
    minutesId = minutes?.id ?? "";

    const html = await renderPartnership(`${path}?done=requested`);
    const section = html.slice(
      html.indexOf('id="documents-heading"'),
      html.indexOf('id="messages-heading"'),
    );
    expect(section).toContain(
      `<a class="ui-link" href="/files/partnership-documents/${minutesId}" download="">Governors&#x27; minutes.pdf</a>`,
    );
    expect(section.replace(/<[^>]+>/g, " ")).toMatch(
      /Governors&#x27; minutes\.pdf\s+PDF\s+125 bytes\s+Sam Member, the school\s+\d{1,2} \w+ \d{4} at \d{2}:\d{2}/,
    );
    // The history records it, by name.
    const history = html.slice(html.indexOf('id="history-heading"'));
    expect(history).toContain("Added a document");
    expect(history).toContain("Governors&#x27; minutes.pdf");
  });

  it("downloads the document through this site for the school's members, and for no one else", async () => {
    calls = routeFetchTo(api);
    const answer = await download(minutesId, member);
    expect(answer.status).toBe(200);
    expect(Object.fromEntries(answer.headers)).toEqual({
      "content-type": "application/pdf",
      "content-length": String(PDF.byteLength),
      "content-disposition": `attachment; filename="Governors' minutes.pdf"; filename*=UTF-8''${encodeURIComponent("Governors' minutes.pdf")}`,
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    });
    expect(new Uint8Array(await answer.arrayBuffer())).toEqual(PDF);
    // The visitor's session went to the API with the request, as every request from here does.
    expect(calls.at(-1)?.headers.get("cookie")).toBe(member);

    expect((await download(minutesId, otherMember)).status).toBe(404);
    expect((await download(minutesId)).status).toBe(404);
    expect((await download("not-a-document")).status).toBe(404);
  });

  it("attaches more on the partnership's page, checked the same way", async () => {
    calls = routeFetchTo(api);
    let html = await renderPartnership(path);
    expect(html).toContain(
      '<h3 id="attach-documents-heading" class="ui-heading ui-heading--m">Attach documents</h3>',
    );
    expect(html).toContain('name="action" value="ATTACH_DOCUMENTS"');
    expect(html).toMatch(/<form[^>]*enctype="multipart\/form-data"/i);

    const none = await postOnPage(path, [["action", "ATTACH_DOCUMENTS"]]);
    expect(none.status).toBe(400);
    const wrong = await postOnPage(path, [
      ["action", "ATTACH_DOCUMENTS"],
      ["documents", new File(["just some text"], "notes.pdf")],
    ]);
    expect(wrong.status).toBe(400);
    html = await renderPartnership(path, wrong.data);
    expect(html).toContain("Not every document was attached");
    expect(html).toContain('href="#documents"');
    expect(html).toContain("notes.pdf is named as a PDF but its contents are not one");
    const rowId = (await schoolPartnerships())[0]?.id ?? "";
    expect(await documentsOf(rowId)).toHaveLength(1);

    const attached = await postOnPage(path, [
      ["action", "ATTACH_DOCUMENTS"],
      ["documents", new File([DOCX], "Improvement plan.docx")],
    ]);
    expect(attached).toMatchObject({ status: 303, location: `${path}?done=document` });
    html = await renderPartnership(`${path}?done=document`);
    expect(html).toContain("The document is attached.");
    expect(html).toContain("Improvement plan.docx");
    expect(html).toContain("Word document");
    expect(await documentsOf(rowId)).toHaveLength(2);
  });

  it("says which document was not attached when the API could not take it after the request", async () => {
    // A second trust, so that the school may ask again; its document's upload fails on the way.
    const { trust } = await buildTrust(api.database.db, { name: "Hawthorn Trust", schools: [{}] });
    trustId = globalId("Trust", trust.id);
    calls = routeFetchTo(api);
    const reachApi = globalThis.fetch;
    vi.stubGlobal("fetch", (input: RequestInfo | URL, init?: RequestInit) =>
      init?.body instanceof FormData
        ? Promise.reject(new TypeError("fetch failed"))
        : reachApi(input, init),
    );
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const sent = await request([new File([PDF], "Minutes.pdf")]);
    expect(logged).toHaveBeenCalledWith(
      "The document Minutes.pdf was not attached:",
      expect.anything(),
    );
    logged.mockRestore();
    expect(sent.status).toBe(303);
    const location = new URL(sent.location ?? "", "http://localhost");
    expect(location.searchParams.getAll("notAttached")).toEqual(["failed:Minutes.pdf"]);
    expect(await schoolPartnerships()).toHaveLength(2);

    const html = await renderPartnership(`${location.pathname}${location.search}`);
    expect(html).toContain("The request is sent to the trust.");
    expect(html).toContain("Not every document was attached");
    expect(html).toContain("Minutes.pdf was not attached: it could not be sent just now.");
    expect(html).toContain('href="#attach-documents"');
  });

  it("offers no form once the partnership has ended, and shows the API's refusal if one is sent", async () => {
    calls = routeFetchTo(api);
    const loaded = await outcome(
      partnershipLoader(
        routeArgs(
          path,
          { urn: String(urn), partnershipId: partnershipIdOf(path) },
          {
            headers: { cookie: member },
          },
        ),
      ),
    );
    const { version } = (loaded.data as { partnership: { version: number } }).partnership;
    const withdrawn = await postOnPage(path, [
      ["action", "WITHDRAW"],
      ["expectedVersion", String(version)],
      ["reason", "The governors chose to wait."],
    ]);
    expect(withdrawn.status).toBe(303);
    const html = await renderPartnership(path);
    expect(html).toContain("This partnership has ended, so no more documents can be added.");
    expect(html).not.toContain('value="ATTACH_DOCUMENTS"');
    // Still listed, and still there to download.
    expect(html).toContain("Improvement plan.docx");

    const late = await postOnPage(path, [
      ["action", "ATTACH_DOCUMENTS"],
      ["documents", new File([PDF, "x"], "Late.pdf")],
    ]);
    expect(late.status).toBe(400);
    expect(
      (late.data as { errors: { fields: Record<string, string> } }).errors.fields.documents,
    ).toBe(
      "Late.pdf was not attached: This partnership has ended, so no more documents can be added.",
    );
  });
});
