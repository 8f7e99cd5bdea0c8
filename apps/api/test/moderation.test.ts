/**
 * Moderation: every newly published profile or scheme version enters the curators' queue; a
 * curator approves it, asks for changes (the comment reaches the trust's administrators) or
 * unpublishes it with a reason. With approval required before publication a new version is
 * held back from the public (and from search) until approved.
 */
import { tables } from "@atlas/db";
import { buildSectorBody, buildTrust, buildUser } from "@atlas/db/testing";
import { modelScheme } from "@atlas/domain";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestApp, type Sender, type TestApp } from "./support/testkit.ts";

const PUBLISH = `
  mutation ModerationPublish($input: PublishSchemeOfDelegationInput!) {
    publishSchemeOfDelegation(input: $input) {
      __typename
      ... on PublishSchemeOfDelegationPayload { version { id number held moderation { state } } }
    }
  }
`;
const QUEUE = `
  query ModerationQueueTest($filter: ModerationQueueFilter) {
    moderationQueue(first: 10, filter: $filter) {
      totalCount
      nodes { id kind number changeSummary publishedBy held state trust { name } }
    }
  }
`;
const DECIDE = `
  mutation DecideModerationTest($input: DecideModerationInput!) {
    decideModeration(input: $input) {
      __typename
      ... on DecideModerationPayload { item { state held } }
      ... on ValidationError { issues { path message } }
      ... on NotFoundError { message }
      ... on AlreadyModeratedError { state decidedBy message }
    }
  }
`;
const SETTINGS = `
  mutation SetModerationTest($input: SetModerationSettingsInput!) {
    setModerationSettings(input: $input) {
      __typename ... on ModerationSettingsPayload { settings { approvalRequired updatedBy } }
    }
  }
`;
const PUBLIC_SCHEME = `
  query PublicSchemeTest($id: ID!) { trust(id: $id) { schemeOfDelegation { number } } }
`;
const HISTORY = `
  query SchemeHistoryTest($id: ID!) {
    trust(id: $id) {
      schemeOfDelegationHistory { number held moderation { state decidedBy comment } }
    }
  }
`;

const globalId = (typename: string, id: string) =>
  Buffer.from(`${typename}:${id}`).toString("base64");

let app: TestApp;
let curator: Sender;
let admin: Sender;
let trust: { id: string; rowId: string };
let draftVersion = 0;

/** Saves a new scheme draft (told apart by its revision) and publishes it. */
async function publishNewVersion(summary: string) {
  const db = app.database.db;
  draftVersion += 1;
  const content = { cells: modelScheme("LOCAL_GOVERNING_BODIES"), revision: draftVersion };
  await db
    .insert(tables.trustDocumentDrafts)
    .values({ trustId: trust.rowId, kind: "SCHEME_OF_DELEGATION", content, version: draftVersion })
    .onConflictDoUpdate({
      target: [tables.trustDocumentDrafts.trustId, tables.trustDocumentDrafts.kind],
      set: { content, version: draftVersion },
    });
  const answer = await app.executeRaw(
    PUBLISH,
    { input: { trustId: trust.id, expectedVersion: draftVersion, changeSummary: summary } },
    admin,
  );
  const result = answer.expectNoErrors().publishSchemeOfDelegation as {
    __typename: string;
    version: { id: string; number: number; held: boolean; moderation: { state: string } };
  };
  expect(result.__typename).toBe("PublishSchemeOfDelegationPayload");
  return result.version;
}

async function decide(versionId: string, decision: string, comment?: string, as = curator) {
  const answer = await app.executeRaw(DECIDE, { input: { versionId, decision, comment } }, as);
  return answer.expectNoErrors().decideModeration as Record<string, unknown>;
}

async function publicNumber(): Promise<number | null> {
  const answer = await app.executeRaw(PUBLIC_SCHEME, { id: trust.id }, {});
  const found = answer.expectNoErrors().trust as { schemeOfDelegation: { number: number } | null };
  return found.schemeOfDelegation?.number ?? null;
}

async function setApproval(approvalRequired: boolean) {
  const answer = await app.executeRaw(SETTINGS, { input: { approvalRequired } }, curator);
  return answer.expectNoErrors().setModerationSettings;
}

beforeAll(async () => {
  app = await createTestApp();
  const db = app.database.db;
  const built = await buildTrust(db, { name: "Osprey Learning Trust" });
  trust = { id: globalId("Trust", built.trust.id), rowId: built.trust.id };
  const body = await buildSectorBody(db, { name: "Confederation of School Trusts" });
  const people = async (name: string, roles: Parameters<typeof buildUser>[1]["roles"]) =>
    app.sessionFor((await buildUser(db, { name, passwordHash: "x", roles })).user.id);
  curator = await people("Mo Curator", [{ role: "CURATOR", sectorBodyId: body.id }]);
  admin = await people("Ada Admin", [{ role: "TRUST_ADMIN", trustId: built.trust.id }]);
});
afterAll(() => app?.close());
beforeEach(async () => {
  await setApproval(false);
});

describe("the moderation queue", () => {
  it("lists a new version, live at once, until a curator approves it", async () => {
    const version = await publishNewVersion("First scheme");
    expect(version).toMatchObject({ held: false, moderation: { state: "PENDING" } });
    expect(await publicNumber()).toBe(version.number);

    const queue = await app.executeRaw(QUEUE, {}, curator);
    expect(queue.expectNoErrors().moderationQueue).toMatchObject({
      totalCount: 1,
      nodes: [
        {
          id: version.id,
          kind: "SCHEME_OF_DELEGATION",
          changeSummary: "First scheme",
          publishedBy: "Ada Admin",
          held: false,
          state: "PENDING",
          trust: { name: "Osprey Learning Trust" },
        },
      ],
    });
    const mine = await app.executeRaw(QUEUE, { filter: { trustId: trust.id } }, curator);
    expect(mine.expectNoErrors().moderationQueue).toMatchObject({ totalCount: 1 });
    const other = globalId("Trust", crypto.randomUUID());
    const none = await app.executeRaw(QUEUE, { filter: { trustId: other } }, curator);
    expect(none.expectNoErrors().moderationQueue).toMatchObject({ totalCount: 0 });
    expect(await decide(version.id, "APPROVE")).toEqual({
      __typename: "DecideModerationPayload",
      item: { state: "APPROVED", held: false },
    });
    const after = await app.executeRaw(QUEUE, {}, curator);
    expect(after.expectNoErrors().moderationQueue).toMatchObject({ totalCount: 0 });
    // A second decision is told of the first, and changes nothing.
    expect(await decide(version.id, "UNPUBLISH", "Too late")).toMatchObject({
      __typename: "AlreadyModeratedError",
      state: "APPROVED",
      decidedBy: "Mo Curator",
    });
    expect(await publicNumber()).toBe(version.number);
  });

  it("asks for changes with a comment the trust's administrators read, in the history and by email", async () => {
    const version = await publishNewVersion("Second scheme");
    expect(await decide(version.id, "REQUEST_CHANGES", "Say who approves the budget.")).toEqual({
      __typename: "DecideModerationPayload",
      item: { state: "CHANGES_REQUESTED", held: false },
    });
    // Moderated after publication: it stays public while the trust makes the changes.
    expect(await publicNumber()).toBe(version.number);
    const history = await app.executeRaw(HISTORY, { id: trust.id }, admin);
    const versions = (
      history.expectNoErrors().trust as {
        schemeOfDelegationHistory: { number: number; moderation: unknown }[];
      }
    ).schemeOfDelegationHistory;
    expect(versions.find((v) => v.number === version.number)?.moderation).toEqual({
      state: "CHANGES_REQUESTED",
      decidedBy: "Mo Curator",
      comment: "Say who approves the budget.",
    });
    const mail = await app.database.db
      .select()
      .from(tables.outboxMessages)
      .where(eq(tables.outboxMessages.topic, "moderation.request_changes"));
    expect(mail).toHaveLength(1);
    expect(mail[0]?.recipientEmail).toMatch(/^ada\.admin\./);
    expect(mail[0]?.body).toContain("Say who approves the budget.");
    expect(mail[0]?.body).toMatch(/\/trusts\/.+\/scheme-of-delegation/);
  });

  it("unpublishes with a reason: the public sees the version before, and the log records it", async () => {
    const before = await publicNumber();
    const version = await publishNewVersion("Third scheme");
    expect(await publicNumber()).toBe(version.number);
    expect(await decide(version.id, "UNPUBLISH", "It names a pupil.")).toMatchObject({
      item: { state: "UNPUBLISHED" },
    });
    expect(await publicNumber()).toBe(before);
    const entries = await app.database.db
      .select({ action: tables.auditEvents.action, reason: tables.auditEvents.reason })
      .from(tables.auditEvents)
      .where(eq(tables.auditEvents.subjectId, (await rowOf(version.id)).id));
    expect(entries).toContainEqual({
      action: "TRUST_DOCUMENT_UNPUBLISHED",
      reason: "It names a pupil.",
    });
  });

  it("holds new versions back from the public while approval is required", async () => {
    expect(await setApproval(true)).toEqual({
      __typename: "ModerationSettingsPayload",
      settings: { approvalRequired: true, updatedBy: "Mo Curator" },
    });
    const shown = await publicNumber();
    const version = await publishNewVersion("Fourth scheme");
    expect(version).toMatchObject({ held: true, moderation: { state: "PENDING" } });
    expect(await publicNumber()).toBe(shown);
    const facts = async () =>
      (
        await app.database.db
          .select({ schemeVersionId: tables.trustPublishedFacts.schemeVersionId })
          .from(tables.trustPublishedFacts)
          .where(eq(tables.trustPublishedFacts.trustId, trust.rowId))
      )[0]?.schemeVersionId ?? null;
    expect(await facts()).not.toBe((await rowOf(version.id)).id);

    const held = await app.executeRaw(QUEUE, { filter: { held: true } }, curator);
    expect(held.expectNoErrors().moderationQueue).toMatchObject({
      totalCount: 1,
      nodes: [{ id: version.id, held: true }],
    });
    // Asking for changes keeps it from the public; the trust publishes again.
    expect(await decide(version.id, "REQUEST_CHANGES", "Add the finance committee.")).toMatchObject(
      {
        item: { state: "CHANGES_REQUESTED", held: true },
      },
    );
    expect(await publicNumber()).toBe(shown);
    const next = await publishNewVersion("Fifth scheme, with the committee");
    expect(next.held).toBe(true);
    expect(await decide(next.id, "APPROVE", "Thank you.")).toMatchObject({
      item: { state: "APPROVED", held: false },
    });
    expect(await publicNumber()).toBe(next.number);
    expect(await facts()).toBe((await rowOf(next.id)).id);
    const mail = await app.database.db
      .select({ subject: tables.outboxMessages.subject })
      .from(tables.outboxMessages)
      .where(eq(tables.outboxMessages.topic, "moderation.approve"));
    expect(mail).toEqual([{ subject: expect.stringMatching(/is now public/) }]);
  });

  it("lets a trust publish again the same content a curator sent back while it was held", async () => {
    await setApproval(true);
    const held = await publishNewVersion("Held, then sent back");
    await decide(held.id, "REQUEST_CHANGES", "Check the dates.");
    // The trust decides it was right: the same draft goes again, as a new held version.
    const answer = await app.executeRaw(
      PUBLISH,
      { input: { trustId: trust.id, expectedVersion: draftVersion, changeSummary: "Again" } },
      admin,
    );
    expect(answer.expectNoErrors().publishSchemeOfDelegation).toMatchObject({
      __typename: "PublishSchemeOfDelegationPayload",
      version: { number: held.number + 1, held: true, moderation: { state: "PENDING" } },
    });
  });

  it("refuses a decision without what the trust needs to read, an unknown version, and non-curators", async () => {
    const version = await publishNewVersion("Sixth scheme");
    expect(await decide(version.id, "REQUEST_CHANGES", "  ")).toMatchObject({
      __typename: "ValidationError",
      issues: [{ path: ["input", "comment"], message: expect.stringMatching(/trust reads it/) }],
    });
    expect(
      await decide(globalId("SchemeOfDelegationVersion", crypto.randomUUID()), "APPROVE"),
    ).toMatchObject({
      __typename: "NotFoundError",
    });
    expect(await decide(trust.id, "APPROVE")).toMatchObject({ __typename: "NotFoundError" });
    const byAdmin = await app.executeRaw(
      DECIDE,
      { input: { versionId: version.id, decision: "APPROVE" } },
      admin,
    );
    expect(byAdmin.expectErrors().map((e) => e.extensions?.code)).toEqual(["FORBIDDEN"]);
    const queueByAdmin = await app.executeRaw(QUEUE, {}, admin);
    expect(queueByAdmin.expectErrors().map((e) => e.extensions?.code)).toEqual(["FORBIDDEN"]);
    // Still waiting, untouched.
    expect((await rowOf(version.id)).moderationState).toBe("PENDING");
  });

  it("keeps a decision on record: the database refuses to change it", async () => {
    const version = await publishNewVersion("Seventh scheme");
    await decide(version.id, "APPROVE");
    const { id } = await rowOf(version.id);
    await expect(
      app.database.db
        .update(tables.trustDocumentVersions)
        .set({ moderationState: "CHANGES_REQUESTED", moderationComment: "later" })
        .where(eq(tables.trustDocumentVersions.id, id)),
    ).rejects.toThrow();
    await expect(
      app.database.db
        .update(tables.trustDocumentVersions)
        .set({ held: true })
        .where(eq(tables.trustDocumentVersions.id, id)),
    ).rejects.toThrow();
  });
});

async function rowOf(versionGlobalId: string) {
  const id = Buffer.from(versionGlobalId, "base64").toString().split(":")[1] ?? "";
  const [row] = await app.database.db
    .select()
    .from(tables.trustDocumentVersions)
    .where(eq(tables.trustDocumentVersions.id, id));
  if (!row) throw new Error(`no version ${id}`);
  return row;
}
