import { createTestApi, type ListeningApi, type TestApi } from "@atlas/api/testing";
import { buildSchool, buildTrust, buildUser } from "@atlas/db/testing";
import type { Client } from "urql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PartnershipDocument } from "../src/gql/graphql.ts";
import { createAtlasClient } from "../src/graphql/client.ts";
import { attachDocument } from "../src/partnerships/document-upload.ts";
import { type RunningAdmin, startAdminServer } from "./support/admin-server.ts";
import { type Browser, createBrowser } from "./support/browser.ts";
import { manifests } from "./support/manifests.ts";
import { schoolRequests } from "./support/school-request.ts";

// A partnership document through the production server (`pnpm start`) to the real API
// listening over HTTP as deployed (production rules: only the apps' manifests run), with the
// app's own client: the upload is a multipart request the proxy passes on whole (the API wants
// its length and the CSRF header), and the download link is the admin's own origin.

let api: TestApi;
let listening: ListeningApi;
let admin: RunningAdmin;
let partnershipId: string;
let trustAdmin: Browser;
let client: Client;

const bytes = "%PDF-1.4\n% Visit plan\ntrailer<</Root 1 0 R>>\n%%EOF\n";

/** A browser holding this session's cookie, over the real network. */
function browserWith(cookie: string): Browser {
  return createBrowser((input, init) => {
    const headers = new Headers(init?.headers);
    headers.set("cookie", cookie);
    return fetch(input, { ...init, headers });
  });
}

beforeAll(async () => {
  api = await createTestApi({ trustedDocuments: [manifests.admin, manifests.public] });
  const { db } = api.database;
  const school = await buildSchool(db, { name: "Plover Primary School" });
  const { trust } = await buildTrust(db, { name: "Dunlin Learning Trust" });
  const person = async (roles: Parameters<typeof buildUser>[1]["roles"]) =>
    api.sessionFor((await buildUser(db, { name: "Dee Admin", passwordHash: "x", roles })).user.id);
  const adminCookie = await person([{ role: "TRUST_ADMIN", trustId: trust.id }]);
  const memberCookie = await person([{ role: "SCHOOL_MEMBER", schoolId: school.id }]);
  partnershipId = await schoolRequests(api, memberCookie, {
    trustId: Buffer.from(`Trust:${trust.id}`).toString("base64"),
    urn: school.urn,
  });
  listening = await api.listen();
  admin = await startAdminServer({ API_URL: listening.origin });
  trustAdmin = browserWith(adminCookie);
  client = createAtlasClient({ url: `${admin.origin}/graphql`, fetch: trustAdmin.fetch });
}, 60_000);

afterAll(async () => {
  await admin?.stop();
  await listening?.close();
  await api?.close();
});

describe("a partnership document through the admin server", () => {
  let downloadPath = "";

  it("is attached by the page's upload, which the API runs under production rules", async () => {
    const file = new File([bytes], "Visit plan.pdf", { type: "application/pdf" });
    expect(await attachDocument(client, partnershipId, file)).toEqual({
      kind: "done",
      fileName: "Visit plan.pdf",
    });
    // The page's query was asked again after the upload: the cache holds the new document.
    const cached = await client
      .query(PartnershipDocument, { id: partnershipId }, { requestPolicy: "cache-only" })
      .toPromise();
    const documents = cached.data?.partnership?.documents ?? [];
    expect(documents.map((d) => [d.fileName, d.byteSize, d.uploadedByName])).toEqual([
      ["Visit plan.pdf", bytes.length, "Dee Admin"],
    ]);
    downloadPath = documents[0]?.downloadPath ?? "";
    expect(downloadPath).toMatch(/^\/files\/partnership-documents\/[0-9a-f-]{36}$/);
  });

  it("downloads from the admin's own origin, for those who may read the partnership", async () => {
    const response = await trustAdmin.fetch(new URL(downloadPath, admin.origin));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="Visit plan.pdf"/,
    );
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("content-security-policy")).toContain("default-src 'self'");
    expect(await response.text()).toBe(bytes);

    // Asked with HEAD, the API's answer comes back: the same headers and no body, not the app.
    const head = await trustAdmin.fetch(new URL(downloadPath, admin.origin), { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.headers.get("content-type")).toBe("application/pdf");
    expect(head.headers.get("content-length")).toBe(String(bytes.length));
    expect(await head.text()).toBe("");

    // Without a session it is not there at all, as for a document that does not exist.
    expect((await fetch(new URL(downloadPath, admin.origin))).status).toBe(404);
  });
});
