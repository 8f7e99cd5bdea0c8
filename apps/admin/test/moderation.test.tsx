import { createTestApi, type TestApi } from "@atlas/api/testing";
import { demoPassword } from "@atlas/data";
import { tables } from "@atlas/db";
import { buildSectorBody, buildTrust, buildUser } from "@atlas/db/testing";
import { modelScheme } from "@atlas/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  DecideModerationDocument,
  ModerationQueueDocument,
  SetModerationSettingsDocument,
  TrustCurationDocument,
} from "../src/gql/graphql.ts";
import { queuePageSize } from "../src/moderation/operations.ts";
import { textOf as text, renderPage as visit } from "./support/render.tsx";
import { demoPasswordHash, sessionIn, signIn } from "./support/session.ts";

// The moderation page against the real API: a curator sees what trusts published, oldest
// first, decides, and the queue is read again; the setting is saved; a trust's administrator
// is told the page is not theirs.

let api: TestApi;
let curatorEmail: string;
let adminEmail: string;

beforeAll(async () => {
  api = await createTestApi();
  const { db } = api.database;
  const { trust } = await buildTrust(db, { name: "Wren Valley Trust" });
  const body = await buildSectorBody(db, { name: "Trust Atlas Curation" });
  const person = async (name: string, roles: Parameters<typeof buildUser>[1]["roles"]) =>
    (await buildUser(db, { name, passwordHash: demoPasswordHash, roles })).email;
  curatorEmail = await person("Cora Curator", [{ role: "CURATOR", sectorBodyId: body.id }]);
  adminEmail = await person("Tia Admin", [{ role: "TRUST_ADMIN", trustId: trust.id }]);
  // Two versions published straight to the table: both wait in the queue.
  await db.insert(tables.trustDocumentVersions).values(
    [1, 2].map((number) => ({
      trustId: trust.id,
      kind: "SCHEME_OF_DELEGATION" as const,
      number,
      content: { cells: modelScheme("LOCAL_GOVERNING_BODIES"), number },
      draftVersion: number,
      changeSummary: `Scheme change ${number}`,
      publishedAt: new Date(Date.UTC(2026, 10, number)),
    })),
  );
});

afterAll(async () => {
  await api?.close();
});

async function signedInAs(email: string) {
  const visitor = sessionIn(api);
  await signIn(visitor.session.current(), email, demoPassword);
  return visitor;
}

describe("the moderation page", () => {
  it("lists what waits, oldest first, with a decision for each and the setting", async () => {
    const { session } = await signedInAs(curatorEmail);
    const client = session.current();
    const queue = await client
      .query(ModerationQueueDocument, { first: queuePageSize, filter: null })
      .toPromise();
    expect(queue.data?.moderationQueue?.totalCount).toBe(2);
    const page = text(await visit(session, "/moderation"));
    expect(page).toContain("Waiting for a decision (2)");
    expect(page.indexOf("version 1")).toBeLessThan(page.indexOf("version 2"));
    expect(page).toContain("Wren Valley Trust: Scheme of delegation, version 1");
    expect(page).toContain("Scheme change 1");
    expect(page).toContain("Record decision");
    expect(page).toContain("Require a curator's approval before a new profile or scheme is public");

    // The trust's curation page names what waits, and leads to the queue.
    const trustId = queue.data?.moderationQueue?.nodes[0]?.trust.id ?? "";
    await client.query(TrustCurationDocument, { id: trustId }).toPromise();
    const curation = text(await visit(session, `/curation/trusts/${encodeURIComponent(trustId)}`));
    expect(curation).toContain(
      "Awaiting moderation Scheme of delegation version 1, Scheme of delegation version 2.",
    );
    expect(curation).toContain("Decide in the moderation queue");
  });

  it("takes a decision, and reads the queue again without it", async () => {
    const { session } = await signedInAs(curatorEmail);
    const client = session.current();
    const before = await client
      .query(ModerationQueueDocument, { first: queuePageSize, filter: null })
      .toPromise();
    const first = before.data?.moderationQueue?.nodes[0];
    if (!first) throw new Error("nothing in the queue");
    const refused = await client
      .mutation(DecideModerationDocument, {
        input: { versionId: first.id, decision: "REQUEST_CHANGES" },
      })
      .toPromise();
    expect(refused.data?.decideModeration).toMatchObject({ __typename: "ValidationError" });
    const decided = await client
      .mutation(DecideModerationDocument, {
        input: { versionId: first.id, decision: "REQUEST_CHANGES", comment: "Name the CEO." },
      })
      .toPromise();
    expect(decided.data?.decideModeration).toMatchObject({
      __typename: "DecideModerationPayload",
      item: { state: "CHANGES_REQUESTED" },
    });
    // The cache dropped the queue: asked again, the API answers without the decided version.
    const after = await client
      .query(ModerationQueueDocument, { first: queuePageSize, filter: null })
      .toPromise();
    expect(after.data?.moderationQueue?.nodes.map((n) => n.id)).not.toContain(first.id);
    expect(after.data?.moderationQueue?.totalCount).toBe(1);
  });

  it("saves the setting, and the page shows it", async () => {
    const { session } = await signedInAs(curatorEmail);
    const client = session.current();
    const saved = await client
      .mutation(SetModerationSettingsDocument, { input: { approvalRequired: true } })
      .toPromise();
    expect(saved.data?.setModerationSettings).toMatchObject({
      settings: { approvalRequired: true, updatedBy: "Cora Curator" },
    });
    const queue = await client
      .query(ModerationQueueDocument, { first: queuePageSize, filter: null })
      .toPromise();
    expect(queue.data?.moderationSettings.approvalRequired).toBe(true);
    await client
      .mutation(SetModerationSettingsDocument, { input: { approvalRequired: false } })
      .toPromise();
  });

  it("tells a trust's administrator the page is for curators", async () => {
    const { session } = await signedInAs(adminEmail);
    const page = text(await visit(session, "/moderation"));
    expect(page).toContain("You cannot use this area");
    expect(page).not.toContain("Record decision");
  });
});
