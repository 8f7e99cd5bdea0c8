import { buildSectorBody, buildTrust, buildUser } from "@atlas/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./gql/index.ts";
import { createTestApp, expectTypename, type Sender, type TestApp } from "./support/testkit.ts";

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app?.close());

const SAVE = graphql(`
  mutation SaveProfile($input: SaveTrustProfileDraftInput!) {
    saveTrustProfileDraft(input: $input) {
      __typename
      ... on SaveTrustProfileDraftPayload {
        draft { version savedBy visionStatement unpublishedChanges { field before after } }
        trust { id }
      }
      ... on VersionConflictError { message currentVersion changedBy changedAt }
      ... on ValidationError { message issues { path message } }
    }
  }
`);

const PUBLISH = graphql(`
  mutation PublishProfile($input: PublishTrustProfileInput!) {
    publishTrustProfile(input: $input) {
      __typename
      ... on PublishTrustProfilePayload {
        version { id number changeSummary publishedBy visionStatement }
        trust { profile { number } }
      }
      ... on VersionConflictError { currentVersion changedBy }
      ... on NothingToPublishError { message publishedNumber }
      ... on ValidationError { issues { path message } }
    }
  }
`);

const UNPUBLISH = graphql(`
  mutation UnpublishProfile($input: UnpublishTrustProfileVersionInput!) {
    unpublishTrustProfileVersion(input: $input) {
      __typename
      ... on UnpublishTrustProfileVersionPayload {
        version { number unpublished { by reason } }
        trust { profile { number } }
      }
      ... on AlreadyUnpublishedError { reason }
      ... on ValidationError { issues { path message } }
    }
  }
`);

const PROFILE_PAGE = graphql(`
  query ProfilePage($id: ID!) {
    trust(id: $id) {
      profile {
        number
        publishedAt
        changeSummary
        visionStatement
        values { value statement }
        qualityStatements { pillar statement }
        geography { regions localAuthorities { code name } }
        finance { contribution { kind percent minPercent maxPercent variesBy } reserves { pooled targetPercent } }
      }
      profileDraft { version visionStatement }
      profileHistory {
        number
        changeSummary
        publishedBy
        unpublished { reason by }
        changes { field before after }
      }
    }
  }
`);

const PASSWORD_HASH = "not-a-real-hash";

async function trustWithAdmins() {
  const db = app.database.db;
  const { trust } = await buildTrust(db, { schools: [{}] });
  const alice = await buildUser(db, {
    name: "Alice Admin",
    passwordHash: PASSWORD_HASH,
    roles: [{ role: "TRUST_ADMIN", trustId: trust.id }],
  });
  const bob = await buildUser(db, {
    name: "Bob Admin",
    passwordHash: PASSWORD_HASH,
    roles: [{ role: "TRUST_ADMIN", trustId: trust.id }],
  });
  const id = Buffer.from(`Trust:${trust.id}`).toString("base64");
  return { id, alice: await app.sessionFor(alice.user.id), bob: await app.sessionFor(bob.user.id) };
}

async function curator(): Promise<Sender> {
  const db = app.database.db;
  const body = await buildSectorBody(db);
  const user = await buildUser(db, {
    name: "Cora Curator",
    passwordHash: PASSWORD_HASH,
    roles: [{ role: "CURATOR", sectorBodyId: body.id }],
  });
  return app.sessionFor(user.user.id);
}

const profile = (vision: string) => ({
  visionStatement: vision,
  values: [{ value: "INCLUSION" as const, statement: "Every child belongs here." }],
  qualityStatements: [
    { pillar: "SCHOOL_IMPROVEMENT" as const, statement: "Peer review each term." },
  ],
  geography: { regions: ["NORTH_WEST" as const], localAuthorityCodes: ["352"], growthAreas: [] },
  finance: {
    contribution: { kind: "RANGE" as const, minPercent: 3, maxPercent: 5, variesBy: "School size" },
    gagPooling: false,
    reserves: { pooled: false, targetPercent: 5, policy: "Each school keeps its own reserves." },
  },
});

async function save(id: string, as: Sender, expectedVersion: number, vision: string) {
  const answer = await app.execute(
    SAVE,
    { input: { trustId: id, expectedVersion, profile: profile(vision) } },
    as,
  );
  return answer.expectNoErrors().saveTrustProfileDraft;
}

describe("a trust's profile", () => {
  it("is drafted, published and shown to the public, with its history and field-by-field changes", async () => {
    const t = await trustWithAdmins();
    const first = expectTypename(
      await save(t.id, t.alice, 0, "Great schools for all."),
      "SaveTrustProfileDraftPayload",
    );
    expect(first.draft.version).toBe(1);
    expect(first.draft.savedBy).toBe("Alice Admin");
    expect(first.draft.unpublishedChanges.map((c) => c.field)).toContain("visionStatement");

    const anonymousBefore = (await app.execute(PROFILE_PAGE, { id: t.id })).body.data?.trust;
    expect(anonymousBefore?.profile).toBeNull();

    const published = (
      await app.execute(
        PUBLISH,
        { input: { trustId: t.id, expectedVersion: 1, changeSummary: "First profile" } },
        t.alice,
      )
    ).expectNoErrors().publishTrustProfile;
    const v1 = expectTypename(published, "PublishTrustProfilePayload");
    expect(v1.version).toMatchObject({
      number: 1,
      changeSummary: "First profile",
      publishedBy: "Alice Admin",
    });
    expect(v1.trust.profile?.number).toBe(1);

    await save(t.id, t.bob, 1, "Great schools for every child.");
    await app.execute(
      PUBLISH,
      { input: { trustId: t.id, expectedVersion: 2, changeSummary: "Sharper vision" } },
      t.bob,
    );

    const publicView = (await app.execute(PROFILE_PAGE, { id: t.id })).body.data?.trust;
    expect(publicView?.profile).toMatchObject({
      number: 2,
      changeSummary: "Sharper vision",
      visionStatement: "Great schools for every child.",
      values: [{ value: "INCLUSION", statement: "Every child belongs here." }],
      qualityStatements: [{ pillar: "SCHOOL_IMPROVEMENT", statement: "Peer review each term." }],
      geography: { regions: ["NORTH_WEST"], localAuthorities: [{ code: 352, name: "Manchester" }] },
      finance: {
        contribution: {
          kind: "RANGE",
          percent: null,
          minPercent: 3,
          maxPercent: 5,
          variesBy: "School size",
        },
        reserves: { pooled: false, targetPercent: 5 },
      },
    });
    // Drafts and history are not the public's.
    expect(publicView?.profileDraft).toBeNull();
    expect(publicView?.profileHistory).toBeNull();

    const mine = (await app.execute(PROFILE_PAGE, { id: t.id }, t.alice)).expectNoErrors().trust;
    expect(mine?.profileDraft?.version).toBe(2);
    expect(mine?.profileHistory?.map((v) => [v.number, v.publishedBy])).toEqual([
      [2, "Bob Admin"],
      [1, "Alice Admin"],
    ]);
    expect(mine?.profileHistory?.[0]?.changes).toEqual([
      {
        field: "visionStatement",
        before: "Great schools for all.",
        after: "Great schools for every child.",
      },
    ]);
    expect(mine?.profileHistory?.[1]?.changes?.map((c) => c.field)).toContain(
      "finance.reserves.policy",
    );
  });

  it("never overwrites a newer draft: the second save from the same version is told who saved first and when", async () => {
    const t = await trustWithAdmins();
    await save(t.id, t.alice, 0, "Version one.");
    const bobs = expectTypename(
      await save(t.id, t.bob, 1, "Bob's words."),
      "SaveTrustProfileDraftPayload",
    );
    expect(bobs.draft.version).toBe(2);

    const alices = expectTypename(
      await save(t.id, t.alice, 1, "Alice's words."),
      "VersionConflictError",
    );
    expect(alices.currentVersion).toBe(2);
    expect(alices.changedBy).toBe("Bob Admin");
    expect(new Date(String(alices.changedAt)).getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(alices.message).toMatch(/Bob Admin saved a newer draft \(version 2\)/);

    const again = expectTypename(
      await save(t.id, t.alice, 0, "From nothing."),
      "VersionConflictError",
    );
    expect(again.currentVersion).toBe(2);
    const draft = (await app.execute(PROFILE_PAGE, { id: t.id }, t.alice)).expectNoErrors().trust
      ?.profileDraft;
    expect(draft).toEqual({ version: 2, visionStatement: "Bob's words." });
  });

  it("saves from the same version at once: exactly one wins", async () => {
    const t = await trustWithAdmins();
    await save(t.id, t.alice, 0, "Start.");
    const answers = await Promise.all(
      ["A", "B", "C", "D"].map((w, i) => save(t.id, i % 2 ? t.bob : t.alice, 1, `Writer ${w}.`)),
    );
    const typenames = answers.map((a) => a.__typename).sort();
    expect(typenames).toEqual([
      "SaveTrustProfileDraftPayload",
      "VersionConflictError",
      "VersionConflictError",
      "VersionConflictError",
    ]);
  });

  it("refuses to publish a draft newer than the one checked, or one that changes nothing", async () => {
    const t = await trustWithAdmins();
    const nothing = (
      await app.execute(
        PUBLISH,
        { input: { trustId: t.id, expectedVersion: 0, changeSummary: "x" } },
        t.alice,
      )
    ).expectNoErrors().publishTrustProfile;
    expect(expectTypename(nothing, "NothingToPublishError").publishedNumber).toBeNull();

    await save(t.id, t.alice, 0, "One.");
    await save(t.id, t.bob, 1, "Two.");
    const stale = (
      await app.execute(
        PUBLISH,
        { input: { trustId: t.id, expectedVersion: 1, changeSummary: "Mine" } },
        t.alice,
      )
    ).expectNoErrors().publishTrustProfile;
    expect(expectTypename(stale, "VersionConflictError")).toMatchObject({
      currentVersion: 2,
      changedBy: "Bob Admin",
    });

    await app.execute(
      PUBLISH,
      { input: { trustId: t.id, expectedVersion: 2, changeSummary: "Two" } },
      t.alice,
    );
    const same = (
      await app.execute(
        PUBLISH,
        { input: { trustId: t.id, expectedVersion: 2, changeSummary: "Again" } },
        t.alice,
      )
    ).expectNoErrors().publishTrustProfile;
    expect(expectTypename(same, "NothingToPublishError").publishedNumber).toBe(1);

    const blank = (
      await app.execute(
        PUBLISH,
        { input: { trustId: t.id, expectedVersion: 2, changeSummary: "  " } },
        t.alice,
      )
    ).expectNoErrors().publishTrustProfile;
    expect(expectTypename(blank, "ValidationError").issues).toEqual([
      {
        path: ["input", "changeSummary"],
        message: "Enter a summary of what changed; it cannot be blank.",
      },
    ]);
  });

  it("says what to fix beside each field and writes nothing", async () => {
    const t = await trustWithAdmins();
    const bad = {
      ...profile("  "),
      values: [
        { value: "INCLUSION" as const, statement: "One." },
        { value: "INCLUSION" as const, statement: "Two." },
      ],
      qualityStatements: [
        { pillar: "WORKFORCE" as const, statement: "A." },
        { pillar: "WORKFORCE" as const, statement: "B." },
      ],
      geography: {
        regions: ["NORTH_WEST" as const],
        localAuthorityCodes: ["999"],
        growthAreas: [],
      },
      finance: {
        contribution: { kind: "RANGE" as const, minPercent: 8, maxPercent: 105, variesBy: "Size" },
        gagPooling: false,
        reserves: { pooled: false, policy: "Kept by schools." },
        accountsUrl: "http://example.org/accounts",
      },
    };
    const answer = (
      await app.execute(
        SAVE,
        { input: { trustId: t.id, expectedVersion: 0, profile: bad } },
        t.alice,
      )
    ).expectNoErrors().saveTrustProfileDraft;
    const issues = expectTypename(answer, "ValidationError").issues;
    const at = (path: string) => issues.filter((i) => i.path.join(".") === `input.profile.${path}`);
    expect(at("visionStatement")[0]?.message).toBe(
      "Enter the vision statement; it cannot be blank.",
    );
    expect(at("values")[0]?.message).toBe("Choose each value only once.");
    expect(at("qualityStatements.1")[0]?.message).toMatch(/one statement for each quality pillar/);
    expect(at("geography.localAuthorityCodes.0")[0]?.message).toMatch(/3-digit register code/);
    expect(at("finance.contribution.maxPercent")[0]?.message).toBe(
      "Give the highest contribution as a percentage from 0 to 100.",
    );
    expect(at("finance.accountsUrl")[0]?.message).toMatch(/https:\/\//);

    const after = (await app.execute(PROFILE_PAGE, { id: t.id }, t.alice)).expectNoErrors().trust;
    expect(after?.profileDraft).toBeNull();
  });

  it("is taken down by a curator with a reason, after which the public sees the version before", async () => {
    const t = await trustWithAdmins();
    const cora = await curator();
    await save(t.id, t.alice, 0, "First.");
    await app.execute(
      PUBLISH,
      { input: { trustId: t.id, expectedVersion: 1, changeSummary: "One" } },
      t.alice,
    );
    await save(t.id, t.alice, 1, "Second, with a claim we cannot back.");
    const second = (
      await app.execute(
        PUBLISH,
        { input: { trustId: t.id, expectedVersion: 2, changeSummary: "Two" } },
        t.alice,
      )
    ).expectNoErrors().publishTrustProfile;
    const versionId = expectTypename(second, "PublishTrustProfilePayload").version.id;

    const down = (
      await app.execute(
        UNPUBLISH,
        { input: { versionId, reason: "Unsupported claim in the vision." } },
        cora,
      )
    ).expectNoErrors().unpublishTrustProfileVersion;
    expect(expectTypename(down, "UnpublishTrustProfileVersionPayload")).toMatchObject({
      version: {
        number: 2,
        unpublished: { by: "Cora Curator", reason: "Unsupported claim in the vision." },
      },
      trust: { profile: { number: 1 } },
    });

    const twice = (
      await app.execute(UNPUBLISH, { input: { versionId, reason: "Again." } }, cora)
    ).expectNoErrors().unpublishTrustProfileVersion;
    expect(expectTypename(twice, "AlreadyUnpublishedError").reason).toBe(
      "Unsupported claim in the vision.",
    );

    const notAVersion = (
      await app.execute(UNPUBLISH, { input: { versionId: t.id, reason: "Wrong id." } }, cora)
    ).expectNoErrors().unpublishTrustProfileVersion;
    expect(expectTypename(notAVersion, "ValidationError").issues[0]?.path).toEqual([
      "input",
      "versionId",
    ]);

    const publicView = (await app.execute(PROFILE_PAGE, { id: t.id })).body.data?.trust;
    expect(publicView?.profile?.visionStatement).toBe("First.");
    const history = (await app.execute(PROFILE_PAGE, { id: t.id }, t.alice)).expectNoErrors().trust
      ?.profileHistory;
    expect(history?.map((v) => [v.number, v.unpublished?.reason ?? null])).toEqual([
      [2, "Unsupported claim in the vision."],
      [1, null],
    ]);
    // The curator reads the draft too.
    const seen = (await app.execute(PROFILE_PAGE, { id: t.id }, cora)).expectNoErrors().trust;
    expect(seen?.profileDraft?.version).toBe(2);
  });

  it("refuses edits by anyone but the trust's administrators, and unpublishing by anyone but curators", async () => {
    const t = await trustWithAdmins();
    const other = await trustWithAdmins();
    const cora = await curator();
    const input = { trustId: t.id, expectedVersion: 0, profile: profile("Not yours.") };
    for (const [who, as, code] of [
      ["anonymous", {}, "UNAUTHENTICATED"],
      ["another trust's admin", other.alice, "FORBIDDEN"],
      ["a curator", cora, "FORBIDDEN"],
    ] as const) {
      const errors = (await app.execute(SAVE, { input }, as)).expectErrors();
      expect(
        errors.map((e) => e.extensions?.code),
        who,
      ).toEqual([code]);
    }
    await save(t.id, t.alice, 0, "Mine.");
    const published = (
      await app.execute(
        PUBLISH,
        { input: { trustId: t.id, expectedVersion: 1, changeSummary: "One" } },
        t.alice,
      )
    ).expectNoErrors().publishTrustProfile;
    const versionId = expectTypename(published, "PublishTrustProfilePayload").version.id;
    const byAdmin = (
      await app.execute(UNPUBLISH, { input: { versionId, reason: "Own." } }, t.alice)
    ).expectErrors();
    expect(byAdmin.map((e) => e.extensions?.code)).toEqual(["FORBIDDEN"]);
    const notATrust = (
      await app.execute(SAVE, { input: { ...input, trustId: versionId } }, t.alice)
    ).expectErrors();
    expect(notATrust.map((e) => e.extensions?.code)).toEqual(["FORBIDDEN"]);
  });

  it("keeps published versions immutable in the database itself", async () => {
    const t = await trustWithAdmins();
    await save(t.id, t.alice, 0, "Fixed words.");
    await app.execute(
      PUBLISH,
      { input: { trustId: t.id, expectedVersion: 1, changeSummary: "One" } },
      t.alice,
    );
    const db = app.database.db;
    const { trustDocumentVersions } = (await import("@atlas/db")).tables;
    const { eq, sql } = await import("drizzle-orm");
    const [row] = await db
      .select()
      .from(trustDocumentVersions)
      .where(eq(trustDocumentVersions.changeSummary, "One"))
      .limit(1);
    expect(row).toBeDefined();
    await expect(
      db
        .update(trustDocumentVersions)
        .set({ content: sql`'{"visionStatement":"Rewritten"}'::jsonb` })
        .where(eq(trustDocumentVersions.id, row?.id ?? "")),
    ).rejects.toThrow();
  });
});
