import { buildSectorBody, buildTrust, buildUser } from "@atlas/db/testing";
import { modelScheme, type SchemeGrid } from "@atlas/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./gql/index.ts";
import { createTestApp, expectTypename, type Sender, type TestApp } from "./support/testkit.ts";

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app?.close());

const SAVE = graphql(`
  mutation SaveScheme($input: SaveSchemeOfDelegationDraftInput!) {
    saveSchemeOfDelegationDraft(input: $input) {
      __typename
      ... on SaveSchemeOfDelegationDraftPayload {
        draft { version cells { decision tier level } unpublishedChanges { decision tier before after } }
      }
      ... on VersionConflictError { currentVersion changedBy }
      ... on ValidationError { issues { path message } }
    }
  }
`);

const PUBLISH = graphql(`
  mutation PublishScheme($input: PublishSchemeOfDelegationInput!) {
    publishSchemeOfDelegation(input: $input) {
      __typename
      ... on PublishSchemeOfDelegationPayload { version { id number } }
      ... on NothingToPublishError { publishedNumber }
      ... on VersionConflictError { currentVersion }
    }
  }
`);

const UNPUBLISH = graphql(`
  mutation UnpublishScheme($input: UnpublishSchemeOfDelegationVersionInput!) {
    unpublishSchemeOfDelegationVersion(input: $input) {
      __typename
      ... on UnpublishSchemeOfDelegationVersionPayload { trust { schemeOfDelegation { number } } }
    }
  }
`);

const SCHEME = graphql(`
  query SchemePage($id: ID!) {
    trust(id: $id) {
      schemeOfDelegation {
        number
        changeSummary
        cells { decision tier level }
        autonomy { area index }
      }
      schemeOfDelegationHistory { number changes { decision tier before after } }
    }
  }
`);

async function trustAdmin(): Promise<{ id: string; as: Sender }> {
  const db = app.database.db;
  const { trust } = await buildTrust(db, { schools: [{}] });
  const { user } = await buildUser(db, {
    name: "Sam Scheme",
    passwordHash: "unused",
    roles: [{ role: "TRUST_ADMIN", trustId: trust.id }],
  });
  return {
    id: Buffer.from(`Trust:${trust.id}`).toString("base64"),
    as: await app.sessionFor(user.id),
  };
}

/** The grid with one decision moved to another deciding tier, the old decider recommending. */
function moved(grid: SchemeGrid, decision: string, to: string): SchemeGrid {
  const from = grid.find((c) => c.decision === decision && c.level === "DECIDES")?.tier;
  return grid.map((c) => {
    if (c.decision !== decision) return c;
    if (c.tier === to) return { ...c, level: "DECIDES" };
    if (c.tier === from) return { ...c, level: "RECOMMENDS" };
    return c;
  });
}

const onlyFilled = (grid: SchemeGrid) => grid.filter((c) => c.level !== null);

describe("a trust's scheme of delegation", () => {
  it("is saved from a model, published with its autonomy per area, and its history lists the cells that changed", async () => {
    const t = await trustAdmin();
    const model = modelScheme("LOCAL_GOVERNING_BODIES");
    // Only the filled cells are sent, in reverse: the scheme is stored complete and in order.
    const saved = (
      await app.execute(
        SAVE,
        { input: { trustId: t.id, expectedVersion: 0, cells: onlyFilled(model).reverse() } },
        t.as,
      )
    ).expectNoErrors().saveSchemeOfDelegationDraft;
    expect(expectTypename(saved, "SaveSchemeOfDelegationDraftPayload").draft.cells).toEqual(model);
    await app.execute(
      PUBLISH,
      { input: { trustId: t.id, expectedVersion: 1, changeSummary: "First scheme" } },
      t.as,
    );

    const local = moved(model, "APPROVE_SCHOOL_CURRICULUM", "HEADTEACHER");
    const second = (
      await app.execute(
        SAVE,
        { input: { trustId: t.id, expectedVersion: 1, cells: onlyFilled(local) } },
        t.as,
      )
    ).expectNoErrors().saveSchemeOfDelegationDraft;
    expect(
      expectTypename(second, "SaveSchemeOfDelegationDraftPayload").draft.unpublishedChanges,
    ).toEqual([
      {
        decision: "APPROVE_SCHOOL_CURRICULUM",
        tier: "LOCAL_GOVERNING_BODY",
        before: "DECIDES",
        after: "RECOMMENDS",
      },
      {
        decision: "APPROVE_SCHOOL_CURRICULUM",
        tier: "HEADTEACHER",
        before: "RECOMMENDS",
        after: "DECIDES",
      },
    ]);
    await app.execute(
      PUBLISH,
      {
        input: { trustId: t.id, expectedVersion: 2, changeSummary: "Heads approve the curriculum" },
      },
      t.as,
    );

    const publicView = (await app.execute(SCHEME, { id: t.id })).body.data?.trust;
    expect(publicView?.schemeOfDelegation?.number).toBe(2);
    expect(publicView?.schemeOfDelegation?.cells).toEqual(local);
    const curriculum = publicView?.schemeOfDelegation?.autonomy.find(
      (a) => a.area === "CURRICULUM_AND_STANDARDS",
    );
    // Curriculum principles (CEO) and targets (CEO) stay central; the school's curriculum is local.
    expect(curriculum?.index).toBe(0.33);
    expect(publicView?.schemeOfDelegationHistory).toBeNull();

    const history = (await app.execute(SCHEME, { id: t.id }, t.as)).expectNoErrors().trust
      ?.schemeOfDelegationHistory;
    expect(history?.map((v) => v.number)).toEqual([2, 1]);
    expect(history?.[0]?.changes).toHaveLength(2);
    expect(history?.[1]?.changes).toHaveLength(onlyFilled(model).length);
  });

  it("refuses a scheme that breaks the rules, naming each decision, and saves nothing", async () => {
    const t = await trustAdmin();
    const model = modelScheme("EARNED_AUTONOMY");
    const twoDeciders = model.map((c) =>
      c.decision === "APPOINT_CEO" && c.tier === "CEO" ? { ...c, level: "DECIDES" as const } : c,
    );
    const delegatedReserved = moved(twoDeciders, "AMEND_ARTICLES", "TRUST_BOARD");
    const noDecider = delegatedReserved.filter((c) => c.decision !== "APPROVE_RISK_REGISTER");
    const answer = (
      await app.execute(
        SAVE,
        { input: { trustId: t.id, expectedVersion: 0, cells: noDecider } },
        t.as,
      )
    ).expectNoErrors().saveSchemeOfDelegationDraft;
    const issues = expectTypename(answer, "ValidationError").issues;
    // In the order of the decisions, whatever order the cells came in.
    expect(issues.map((i) => i.path.join("."))).toEqual([
      "input.cells.APPOINT_CEO",
      "input.cells.APPROVE_RISK_REGISTER",
      "input.cells.AMEND_ARTICLES",
    ]);
    expect(issues.find((i) => i.path[2] === "AMEND_ARTICLES")?.message).toMatch(
      /members' reserved matter/,
    );
    expect(issues.find((i) => i.path[2] === "APPOINT_CEO")?.message).toMatch(
      /Several tiers decide/,
    );
    expect(issues.find((i) => i.path[2] === "APPROVE_RISK_REGISTER")?.message).toMatch(
      /No tier decides/,
    );

    const after = (await app.execute(SCHEME, { id: t.id }, t.as)).expectNoErrors().trust;
    expect(after?.schemeOfDelegation).toBeNull();
  });

  it("is taken down by a curator with a reason; the public then sees the version before", async () => {
    const t = await trustAdmin();
    const db = app.database.db;
    const body = await buildSectorBody(db);
    const { user } = await buildUser(db, {
      name: "Cal Curator",
      passwordHash: "unused",
      roles: [{ role: "CURATOR", sectorBodyId: body.id }],
    });
    const curator = await app.sessionFor(user.id);
    const model = modelScheme("LOCAL_GOVERNING_BODIES");
    await app.execute(
      SAVE,
      { input: { trustId: t.id, expectedVersion: 0, cells: onlyFilled(model) } },
      t.as,
    );
    await app.execute(
      PUBLISH,
      { input: { trustId: t.id, expectedVersion: 1, changeSummary: "One" } },
      t.as,
    );
    const changed = moved(model, "APPOINT_SENIOR_LEADERS", "LOCAL_GOVERNING_BODY");
    await app.execute(
      SAVE,
      { input: { trustId: t.id, expectedVersion: 1, cells: onlyFilled(changed) } },
      t.as,
    );
    const second = (
      await app.execute(
        PUBLISH,
        { input: { trustId: t.id, expectedVersion: 2, changeSummary: "Two" } },
        t.as,
      )
    ).expectNoErrors().publishSchemeOfDelegation;
    const versionId = expectTypename(second, "PublishSchemeOfDelegationPayload").version.id;

    const byAdmin = (
      await app.execute(UNPUBLISH, { input: { versionId, reason: "Mine." } }, t.as)
    ).expectErrors();
    expect(byAdmin.map((e) => e.extensions?.code)).toEqual(["FORBIDDEN"]);
    const down = (
      await app.execute(
        UNPUBLISH,
        { input: { versionId, reason: "Does not match the published scheme." } },
        curator,
      )
    ).expectNoErrors().unpublishSchemeOfDelegationVersion;
    expect(
      expectTypename(down, "UnpublishSchemeOfDelegationVersionPayload").trust.schemeOfDelegation
        ?.number,
    ).toBe(1);
    const publicView = (await app.execute(SCHEME, { id: t.id })).body.data?.trust;
    expect(publicView?.schemeOfDelegation?.cells).toEqual(model);
  });

  it("never overwrites a newer draft", async () => {
    const t = await trustAdmin();
    const cells = onlyFilled(modelScheme("CLUSTER_COMMITTEES"));
    await app.execute(SAVE, { input: { trustId: t.id, expectedVersion: 0, cells } }, t.as);
    await app.execute(SAVE, { input: { trustId: t.id, expectedVersion: 1, cells } }, t.as);
    const stale = (
      await app.execute(SAVE, { input: { trustId: t.id, expectedVersion: 1, cells } }, t.as)
    ).expectNoErrors().saveSchemeOfDelegationDraft;
    expect(expectTypename(stale, "VersionConflictError")).toMatchObject({
      currentVersion: 2,
      changedBy: "Sam Scheme",
    });
  });
});
