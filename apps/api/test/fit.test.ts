/**
 * Fit: every open trust scored for one school against its preferences, faith rules shown as
 * reasons (never a silent removal), for the school's members only, in a fixed number of
 * statements however many trusts there are.
 */
import { randomUUID } from "node:crypto";
import { buildSchool, buildTrust, buildUser, publishTrustDocuments } from "@atlas/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FitPreferencesInput } from "./gql/graphql.ts";
import { graphql } from "./gql/index.ts";
import { createTestApp, type Sender, type TestApp } from "./support/testkit.ts";

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app?.close());

const FIT = graphql(`
  query FitTest($urn: Int!, $preferences: FitPreferencesInput, $first: Int) {
    fit(urn: $urn, preferences: $preferences, first: $first) {
      totalCount
      edges {
        node {
          trustName
          score
          eligibility
          reasons
          parts { dimension score weight points reason }
          trust { id name schoolCount }
        }
      }
    }
  }
`);

const here = { easting: 430_000, northing: 433_000 };
const at = (km: number) => ({ easting: here.easting + km * 1000, northing: here.northing });

/** A Catholic voluntary aided primary school, a member of it, and trusts of each faith nearby. */
async function world() {
  const token = `Fit${randomUUID().slice(0, 8)}`;
  const db = app.database.db;
  const school = await buildSchool(db, {
    phase: "PRIMARY",
    religiousCharacter: "ROMAN_CATHOLIC",
    establishmentType: "VOLUNTARY_AIDED",
    diocese: `Diocese of ${token}`,
    ...here,
  });
  const member = await buildUser(db, {
    passwordHash: "x",
    roles: [{ role: "SCHOOL_MEMBER", schoolId: school.id }],
  });
  const other = await buildUser(db, { passwordHash: "x", roles: [] });
  const catholic = await buildTrust(db, {
    name: `${token} St Aidan Catholic Trust`,
    schools: [
      {
        phase: "PRIMARY",
        religiousCharacter: "ROMAN_CATHOLIC",
        diocese: `Diocese of ${token}`,
        ...at(3),
      },
      {
        phase: "SECONDARY",
        religiousCharacter: "ROMAN_CATHOLIC",
        diocese: `Diocese of ${token}`,
        ...at(6),
      },
    ],
  });
  await publishTrustDocuments(db, catholic.trust.id, {
    profile: {
      visionStatement: "Faith, hope and learning.",
      values: [{ value: "FAITH_AND_WORSHIP", statement: "Christ at the centre." }],
    },
  });
  const secular = await buildTrust(db, {
    name: `${token} Moorland Learning Trust`,
    schools: [
      { phase: "PRIMARY", ...at(1) },
      { phase: "PRIMARY", ...at(2) },
    ],
  });
  await publishTrustDocuments(db, secular.trust.id, {
    profile: {
      visionStatement: "Every child known.",
      values: [{ value: "FAITH_AND_WORSHIP", statement: "Respect for every faith." }],
    },
  });
  return {
    token,
    school,
    member: await app.sessionFor(member.user.id),
    other: await app.sessionFor(other.user.id),
  };
}

const SAVE = graphql(`
  mutation SaveFitTest($input: SaveFitProfileInput!) {
    saveFitProfile(input: $input) {
      __typename
      ... on SaveFitProfilePayload {
        school { fitProfile { version values maxDistanceKm savedBy weights { dimension weight } } }
      }
      ... on FitProfileConflictError { currentVersion message }
      ... on ValidationError { issues { path message } }
    }
  }
`);

const preferences: FitPreferencesInput = {
  weights: { VALUES: 3, DISTANCE: 1 },
  values: ["FAITH_AND_WORSHIP"],
  maxDistanceKm: 10,
};

async function ranking(w: Awaited<ReturnType<typeof world>>, as: Sender) {
  const answer = await app.execute(FIT, { urn: w.school.urn, preferences, first: 100 }, as);
  const found = answer.expectNoErrors().fit;
  return found.edges.map((e) => e.node).filter((n) => n.trustName.startsWith(w.token));
}

describe("fit", () => {
  it("scores every open trust for the school, with parts adding up and reasons in words", async () => {
    const w = await world();
    const [first, second] = await ranking(w, w.member);
    expect(first?.trustName).toBe(`${w.token} St Aidan Catholic Trust`);
    expect(first?.eligibility).toBe("ELIGIBLE");
    // Values weigh 3 of 4 and fit fully (75); distance 1 of 4 at 3 of 10 km (0.7 × 25 = 17.5).
    expect(first?.score).toBe(92.5);
    expect(first?.parts.map((p) => p.dimension)).toEqual(["VALUES", "DISTANCE"]);
    const points = first?.parts.reduce((sum, p) => sum + p.points, 0) ?? 0;
    expect(Math.round(points * 10) / 10).toBe(first?.score);
    expect(first?.reasons).toContain("Shares 1 of the school's 1 values.");
    expect(first?.trust.schoolCount).toBe(2);
    // The faith rule is a reason, first, and the score 0: never a silent removal.
    expect(second?.trustName).toBe(`${w.token} Moorland Learning Trust`);
    expect(second).toMatchObject({ score: 0, eligibility: "INELIGIBLE" });
    expect(second?.reasons[0]).toBe(
      "Catholic schools join Catholic trusts; this trust is not one.",
    );
  });

  it("is saved as the school's fit profile, which scores when no preferences are given", async () => {
    const w = await world();
    const unsaved = await app.execute(FIT, { urn: w.school.urn }, w.member);
    expect(unsaved.body.errors?.[0]?.message).toMatch(/has not recorded its fit profile/);
    const saved = (
      await app.execute(
        SAVE,
        { input: { urn: w.school.urn, expectedVersion: 0, preferences } },
        w.member,
      )
    ).expectNoErrors().saveFitProfile;
    expect(saved).toMatchObject({
      __typename: "SaveFitProfilePayload",
      school: { fitProfile: { version: 1, values: ["FAITH_AND_WORSHIP"], maxDistanceKm: 10 } },
    });
    const fromSaved = (await app.execute(FIT, { urn: w.school.urn, first: 100 }, w.member))
      .expectNoErrors()
      .fit.edges.map((e) => e.node)
      .filter((n) => n.trustName.startsWith(w.token));
    expect(fromSaved[0]?.score).toBe(92.5);
    // A second member saving from the old version is told, and nothing is overwritten.
    const stale = (
      await app.execute(
        SAVE,
        { input: { urn: w.school.urn, expectedVersion: 0, preferences: { weights: { SIZE: 1 } } } },
        w.member,
      )
    ).expectNoErrors().saveFitProfile;
    expect(stale).toMatchObject({ __typename: "FitProfileConflictError", currentVersion: 1 });
    const invalid = (
      await app.execute(
        SAVE,
        { input: { urn: w.school.urn, expectedVersion: 1, preferences: { weights: {} } } },
        w.member,
      )
    ).expectNoErrors().saveFitProfile;
    expect(invalid).toMatchObject({
      __typename: "ValidationError",
      issues: [{ path: ["input", "preferences", "weights"] }],
    });
  });

  it("is the school's members' alone", async () => {
    const w = await world();
    const refused = async (as: Sender) => {
      const answer = await app.execute(FIT, { urn: w.school.urn, preferences }, as);
      return answer.body.errors?.[0]?.extensions?.code;
    };
    expect(await refused({})).toBe("UNAUTHENTICATED");
    expect(await refused(w.other)).toBe("FORBIDDEN");
  });

  it("says what is wrong with the preferences", async () => {
    const w = await world();
    const answer = await app.execute(
      FIT,
      { urn: w.school.urn, preferences: { weights: { VALUES: 9 } } },
      w.member,
    );
    const error = answer.body.errors?.[0];
    expect(error?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(error?.message).toContain(
      "preferences.weights.VALUES: Give each weight as a whole number from 0 to 5.",
    );
  });

  it("ranks every trust in a fixed number of statements", async () => {
    const w = await world();
    app.database.resetStatements();
    await ranking(w, w.member);
    // The session, who may (the school), its register details, the ranking (one statement for
    // every trust), and the page's trusts.
    expect(app.database.statements).toHaveLength(5);
  });
});
