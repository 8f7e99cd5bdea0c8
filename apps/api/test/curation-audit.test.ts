/**
 * Verification and the audit log: a curator verifies a trust (both checks, a named contact, a
 * date not in the future), the public sees the badge but not the checks; publishing,
 * unpublishing and verifying each leave an entry written with the action, which curators
 * filter and nobody can change or delete.
 */
import { tables } from "@atlas/db";
import { buildSectorBody, buildTrust, buildUser } from "@atlas/db/testing";
import { dateInEngland, modelScheme } from "@atlas/domain";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type Sender, type TestApp } from "./support/testkit.ts";

const VERIFY = `
  mutation VerifyTest($input: VerifyTrustInput!) {
    verifyTrust(input: $input) {
      __typename
      ... on VerifyTrustPayload { trust { verification { checkedOn sectorBodyName verifiedBy contactName } } }
      ... on ValidationError { issues { path message } }
      ... on NotFoundError { message }
    }
  }
`;
const BADGE = `
  query BadgeTest($id: ID!) {
    trust(id: $id) { verification { checkedOn sectorBodyName } }
  }
`;
const LOG = `
  query AuditLogTest($filter: AuditLogFilter) {
    auditLog(first: 20, filter: $filter) {
      totalCount
      edges { node { action subjectType actorName summary reason before after trustId } }
    }
  }
`;

const globalId = (typename: string, id: string) =>
  Buffer.from(`${typename}:${id}`).toString("base64");

let app: TestApp;
let curator: Sender;
let admin: Sender;
let trust: { id: string; rowId: string };
let other: { id: string; rowId: string };
const today = dateInEngland(new Date());

const checks = (trustId: string, more: Record<string, unknown> = {}) => ({
  input: {
    trustId,
    registerMatch: true,
    contactConfirmed: true,
    contactName: "Dana Chief",
    checkedOn: today,
    ...more,
  },
});

beforeAll(async () => {
  app = await createTestApp();
  const db = app.database.db;
  const built = await buildTrust(db, { name: "Heron Learning Trust" });
  const second = await buildTrust(db, { name: "Kestrel Academies" });
  trust = { id: globalId("Trust", built.trust.id), rowId: built.trust.id };
  other = { id: globalId("Trust", second.trust.id), rowId: second.trust.id };
  const body = await buildSectorBody(db, { name: "Confederation of School Trusts" });
  const people = async (name: string, roles: Parameters<typeof buildUser>[1]["roles"]) =>
    app.sessionFor((await buildUser(db, { name, passwordHash: "x", roles })).user.id);
  curator = await people("Cora Curator", [{ role: "CURATOR", sectorBodyId: body.id }]);
  admin = await people("Tia Admin", [{ role: "TRUST_ADMIN", trustId: built.trust.id }]);
});
afterAll(() => app?.close());

describe("verifyTrust", () => {
  it("records the checks, shows a badge to everyone, and keeps the checks for curators", async () => {
    const before = await app.executeRaw(BADGE, { id: trust.id }, {});
    expect((before.expectNoErrors().trust as { verification: unknown }).verification).toBeNull();

    const answer = await app.executeRaw(VERIFY, checks(trust.id), curator);
    expect(answer.expectNoErrors().verifyTrust).toEqual({
      __typename: "VerifyTrustPayload",
      trust: {
        verification: {
          checkedOn: today,
          sectorBodyName: "Confederation of School Trusts",
          verifiedBy: "Cora Curator",
          contactName: "Dana Chief",
        },
      },
    });
    const badge = await app.executeRaw(BADGE, { id: trust.id }, {});
    expect(badge.expectNoErrors().trust).toEqual({
      verification: { checkedOn: today, sectorBodyName: "Confederation of School Trusts" },
    });
  });

  it.each([
    ["the register unchecked", { registerMatch: false }, "registerMatch", /register/],
    ["no contact confirmed", { contactConfirmed: false }, "contactConfirmed", /named contact/],
    ["checks dated tomorrow", { checkedOn: "2999-01-01" }, "checkedOn", /future/],
    ["a blank contact", { contactName: "  " }, "contactName", /blank/],
  ])("refuses %s by its field, writing nothing", async (_case, more, field, message) => {
    const answer = await app.executeRaw(VERIFY, checks(other.id, more), curator);
    const result = answer.expectNoErrors().verifyTrust as {
      __typename: string;
      issues: { path: string[]; message: string }[];
    };
    expect(result.__typename).toBe("ValidationError");
    expect(result.issues).toEqual([
      { path: ["input", field], message: expect.stringMatching(message) },
    ]);
    const rows = await app.database.db
      .select()
      .from(tables.trustVerifications)
      .where(eq(tables.trustVerifications.trustId, other.rowId));
    expect(rows).toHaveLength(0);
  });

  it("refuses an unknown trust, and anyone but a curator", async () => {
    const unknown = globalId("Trust", crypto.randomUUID());
    const answer = await app.executeRaw(VERIFY, checks(unknown), curator);
    expect(answer.expectNoErrors().verifyTrust).toMatchObject({ __typename: "NotFoundError" });
    const byAdmin = await app.executeRaw(VERIFY, checks(trust.id), admin);
    expect(byAdmin.expectErrors().map((e) => e.extensions?.code)).toEqual(["FORBIDDEN"]);
  });
});

describe("the audit log", () => {
  it("holds publishing, unpublishing and verifying, each with who, what and before/after", async () => {
    const db = app.database.db;
    await db.insert(tables.trustDocumentDrafts).values({
      trustId: trust.rowId,
      kind: "SCHEME_OF_DELEGATION",
      content: { cells: modelScheme("LOCAL_GOVERNING_BODIES") },
      version: 1,
    });
    const published = await app.executeRaw(
      `mutation ($input: PublishSchemeOfDelegationInput!) {
        publishSchemeOfDelegation(input: $input) {
          __typename ... on PublishSchemeOfDelegationPayload { version { id } }
        }
      }`,
      { input: { trustId: trust.id, expectedVersion: 1, changeSummary: "Our first scheme." } },
      admin,
    );
    const versionId = (
      published.expectNoErrors().publishSchemeOfDelegation as { version: { id: string } }
    ).version.id;
    const unpublished = await app.executeRaw(
      `mutation ($input: UnpublishSchemeOfDelegationVersionInput!) {
        unpublishSchemeOfDelegationVersion(input: $input) { __typename }
      }`,
      { input: { versionId, reason: "It names a school that has left." } },
      curator,
    );
    expect(unpublished.expectNoErrors().unpublishSchemeOfDelegationVersion).toEqual({
      __typename: "UnpublishSchemeOfDelegationVersionPayload",
    });

    const log = await app.executeRaw(LOG, { filter: { trustId: trust.id } }, curator);
    const { auditLog } = log.expectNoErrors() as {
      auditLog: { totalCount: number; edges: { node: Record<string, unknown> }[] };
    };
    expect(auditLog.totalCount).toBe(3);
    expect(auditLog.edges.map((e) => e.node)).toEqual([
      {
        action: "TRUST_DOCUMENT_UNPUBLISHED",
        subjectType: "TRUST_DOCUMENT_VERSION",
        actorName: "Cora Curator",
        summary: "Unpublished version 1 of the scheme of delegation of Heron Learning Trust",
        reason: "It names a school that has left.",
        before: { number: 1, live: true },
        after: { number: 1, live: false },
        trustId: trust.id,
      },
      {
        action: "TRUST_DOCUMENT_PUBLISHED",
        subjectType: "TRUST_DOCUMENT_VERSION",
        actorName: "Tia Admin",
        summary: "Published version 1 of the scheme of delegation of Heron Learning Trust",
        reason: "Our first scheme.",
        before: null,
        after: { number: 1, live: true },
        trustId: trust.id,
      },
      expect.objectContaining({
        action: "TRUST_VERIFIED",
        actorName: "Cora Curator",
        summary: "Verified Heron Learning Trust",
        before: null,
        after: expect.objectContaining({ contactName: "Dana Chief", checkedOn: today }),
      }),
    ]);
  });

  it("is filtered by action and by day", async () => {
    const only = async (filter: Record<string, unknown>) => {
      const answer = await app.executeRaw(LOG, { filter }, curator);
      return (answer.expectNoErrors() as { auditLog: { totalCount: number } }).auditLog.totalCount;
    };
    expect(await only({ actions: ["TRUST_VERIFIED"] })).toBe(1);
    expect(
      await only({ actions: ["TRUST_DOCUMENT_PUBLISHED", "TRUST_DOCUMENT_UNPUBLISHED"] }),
    ).toBe(2);
    expect(await only({ from: today, to: today })).toBe(3);
    expect(await only({ to: "2000-01-01" })).toBe(0);
    const backwards = await app.executeRaw(
      LOG,
      { filter: { from: today, to: "2000-01-01" } },
      curator,
    );
    expect(backwards.expectErrors()[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT" });
  });

  it("is for curators only, and cannot be changed or deleted", async () => {
    const byAdmin = await app.executeRaw(LOG, {}, admin);
    expect(byAdmin.expectErrors().map((e) => e.extensions?.code)).toEqual(["FORBIDDEN"]);
    const db = app.database.db;
    await expect(
      db.update(tables.auditEvents).set({ summary: "Nothing happened" }),
    ).rejects.toThrow();
    await expect(db.delete(tables.auditEvents)).rejects.toThrow();
    expect(await db.$count(tables.auditEvents)).toBe(3);
  });
});
