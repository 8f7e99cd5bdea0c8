import { randomUUID } from "node:crypto";
import { tables } from "@atlas/db";
import { buildSchool, buildTrust } from "@atlas/db/testing";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SchoolFilter } from "./gql/graphql.ts";
import { graphql } from "./gql/index.ts";
import { createTestApp, type TestApp } from "./support/testkit.ts";

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app?.close());

const SCHOOLS = graphql(`
  query Schools($first: Int, $filter: SchoolFilter) {
    schools(first: $first, filter: $filter) { totalCount nodes { name urn } }
  }
`);

async function names(filter: SchoolFilter) {
  const result = await app.execute(SCHOOLS, { first: 100, filter });
  const data = result.expectNoErrors();
  expect(data.schools.totalCount).toBe(data.schools.nodes.length);
  return data.schools.nodes.map((n) => n.name);
}

describe("schools filter", () => {
  it("narrows by text, region, phase, faith, local authority and whether in a trust", async () => {
    const token = `Sch${randomUUID().slice(0, 8)}`;
    const db = app.database.db;
    await buildTrust(db, {
      schools: [{ name: `${token} Academy North`, region: "NORTH_WEST", phase: "SECONDARY" }],
    });
    await buildSchool(db, {
      name: `${token} St Anne's CofE Primary`,
      religiousCharacter: "CHURCH_OF_ENGLAND",
    });
    const maintained = await buildSchool(db, { name: `${token} Community Primary` });
    await db
      .update(tables.schools)
      .set({ laCode: 330, laName: "Birmingham" })
      .where(eq(tables.schools.id, maintained.id));

    expect(await names({ search: token })).toEqual([
      `${token} Academy North`,
      `${token} Community Primary`,
      `${token} St Anne's CofE Primary`,
    ]);
    expect(await names({ search: token, regions: ["NORTH_WEST"] })).toEqual([
      `${token} Academy North`,
    ]);
    expect(await names({ search: token, phases: ["PRIMARY"] })).toHaveLength(2);
    expect(await names({ search: token, religiousCharacters: ["CHURCH_OF_ENGLAND"] })).toEqual([
      `${token} St Anne's CofE Primary`,
    ]);
    expect(await names({ search: token, localAuthorityCodes: [330] })).toEqual([
      `${token} Community Primary`,
    ]);
    expect(await names({ search: token, inTrust: true })).toEqual([`${token} Academy North`]);
    expect(await names({ search: token, inTrust: false })).toHaveLength(2);
    expect(await names({ search: token, establishmentTypes: ["ACADEMY_CONVERTER"] })).toEqual([
      `${token} Academy North`,
    ]);
  });

  it("finds a school by its URN typed in the search box", async () => {
    const school = await buildSchool(app.database.db);
    expect(await names({ search: String(school.urn) })).toEqual([school.name]);
  });
});

describe("a school", () => {
  it("shows its trust today and the trusts it was in before", async () => {
    const db = app.database.db;
    const before = await buildTrust(db, {
      name: `Earlier ${randomUUID().slice(0, 6)} Trust`,
      schools: [{}],
    });
    const school = before.schools[0];
    if (!school) throw new Error("no school");
    await db
      .update(tables.memberships)
      .set({ leftOn: "2022-08-31" })
      .where(eq(tables.memberships.schoolId, school.id));
    const now = await buildTrust(db, { name: `Current ${randomUUID().slice(0, 6)} Trust` });
    await db
      .insert(tables.memberships)
      .values({ schoolId: school.id, trustId: now.trust.id, joinedOn: "2022-09-01" });

    const data = (
      await app.execute(
        graphql(`query SchoolHistory($urn: Int!) { school(urn: $urn) {
          name localAuthority { code name } establishmentTypeFamily
          trust { name } memberships { trust { name } joinedOn leftOn }
        } }`),
        { urn: school.urn },
      )
    ).expectNoErrors();
    expect(data.school?.trust?.name).toBe(now.trust.name);
    expect(data.school?.localAuthority).toEqual({ code: 202, name: "Camden" });
    expect(data.school?.establishmentTypeFamily).toBe("ACADEMY");
    expect(data.school?.memberships).toEqual([
      { trust: { name: now.trust.name }, joinedOn: "2022-09-01", leftOn: null },
      { trust: { name: before.trust.name }, joinedOn: "2016-09-01", leftOn: "2022-08-31" },
    ]);
  });

  it("is null for an unknown URN and refuses a URN that is not six digits", async () => {
    const missing = await app.execute(
      graphql(`query UnknownSchool { school(urn: 999998) { name } }`),
    );
    expect(missing.expectNoErrors()).toEqual({ school: null });
    const errors = (
      await app.execute(graphql(`query ShortUrnSchool { school(urn: 12) { name } }`))
    ).expectErrors();
    expect(errors[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(errors[0]?.message).toMatch(/six digits/);
  });
});
