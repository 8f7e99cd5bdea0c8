import { randomUUID } from "node:crypto";
import { buildSchool, buildTrust } from "@atlas/db/testing";
import { print } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TrustFilter } from "./gql/graphql.ts";
import { graphql } from "./gql/index.ts";
import { createTestApp, type TestApp } from "./support/testkit.ts";

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app?.close());

const TRUSTS = graphql(`
  query Trusts($first: Int, $after: String, $last: Int, $before: String, $filter: TrustFilter) {
    trusts(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
      totalCount
      nodes { id name schoolCount sizeBand }
      pageInfo { hasNextPage hasPreviousPage endCursor startCursor }
    }
  }
`);

/** A family of trusts whose names share a token, so searches see only this test's rows. */
async function trustFamily() {
  const token = `Fam${randomUUID().slice(0, 8)}`;
  const db = app.database.db;
  const northWestPrimary = await buildTrust(db, {
    name: `${token} Alder Learning Trust`,
    schools: [
      { region: "NORTH_WEST", phase: "PRIMARY" },
      { region: "NORTH_WEST", phase: "PRIMARY", religiousCharacter: "CHURCH_OF_ENGLAND" },
    ],
  });
  const londonSecondary = await buildTrust(db, {
    name: `${token} Birch Academies`,
    schools: Array.from({ length: 7 }, () => ({
      region: "LONDON" as const,
      phase: "SECONDARY" as const,
    })),
  });
  const catholic = await buildTrust(db, {
    name: `${token} St Cedd Catholic Trust`,
    schools: [
      { region: "EAST_OF_ENGLAND", phase: "PRIMARY", religiousCharacter: "ROMAN_CATHOLIC" },
      { region: "LONDON", phase: "SECONDARY", religiousCharacter: "ROMAN_CATHOLIC" },
    ],
  });
  const single = await buildTrust(db, {
    name: `${token} Damson School Trust`,
    schools: [{ region: "SOUTH_WEST", phase: "ALL_THROUGH" }],
  });
  const closed = await buildTrust(db, {
    name: `${token} Elm Closed Trust`,
    status: "CLOSED",
    schools: [{ region: "LONDON", phase: "PRIMARY" }],
  });
  return { token, northWestPrimary, londonSecondary, catholic, single, closed };
}

async function names(filter: TrustFilter) {
  const data = (await app.execute(TRUSTS, { first: 50, filter })).expectNoErrors();
  expect(data.trusts.totalCount).toBe(data.trusts.nodes.length);
  return data.trusts.nodes.map((n) => n.name);
}

describe("trusts filter", () => {
  it("finds trusts by words in the name and leaves closed trusts out", async () => {
    const f = await trustFamily();
    expect(await names({ search: f.token })).toEqual([
      `${f.token} Alder Learning Trust`,
      `${f.token} Birch Academies`,
      `${f.token} Damson School Trust`,
      `${f.token} St Cedd Catholic Trust`,
    ]);
    expect(await names({ search: `${f.token.toLowerCase()} birch` })).toEqual([
      `${f.token} Birch Academies`,
    ]);
  });

  it("treats wildcard characters in the search as plain text", async () => {
    const f = await trustFamily();
    expect(await names({ search: `${f.token}%` })).toEqual([]);
    expect(await names({ search: `${f.token}_` })).toEqual([]);
  });

  it("finds a trust by its Group ID", async () => {
    const f = await trustFamily();
    const groupId = f.single.trust.groupId ?? "";
    expect(await names({ search: groupId.toLowerCase() })).toEqual([
      `${f.token} Damson School Trust`,
    ]);
  });

  it("filters by the regions of the trust's schools", async () => {
    const f = await trustFamily();
    expect(await names({ search: f.token, regions: ["NORTH_WEST"] })).toEqual([
      `${f.token} Alder Learning Trust`,
    ]);
    expect(await names({ search: f.token, regions: ["LONDON", "SOUTH_WEST"] })).toEqual([
      `${f.token} Birch Academies`,
      `${f.token} Damson School Trust`,
      `${f.token} St Cedd Catholic Trust`,
    ]);
  });

  it("filters by phase", async () => {
    const f = await trustFamily();
    expect(await names({ search: f.token, phases: ["SECONDARY"] })).toEqual([
      `${f.token} Birch Academies`,
      `${f.token} St Cedd Catholic Trust`,
    ]);
  });

  it("needs one school to meet region and phase together", async () => {
    const f = await trustFamily();
    // The Catholic trust has a primary (East of England) and a secondary (London): no London primary.
    expect(await names({ search: f.token, regions: ["LONDON"], phases: ["PRIMARY"] })).toEqual([]);
    expect(await names({ search: f.token, regions: ["LONDON"], phases: ["SECONDARY"] })).toEqual([
      `${f.token} Birch Academies`,
      `${f.token} St Cedd Catholic Trust`,
    ]);
  });

  it("filters by size band", async () => {
    const f = await trustFamily();
    expect(await names({ search: f.token, sizeBand: "SINGLE" })).toEqual([
      `${f.token} Damson School Trust`,
    ]);
    expect(await names({ search: f.token, sizeBand: "SMALL" })).toEqual([
      `${f.token} Alder Learning Trust`,
      `${f.token} St Cedd Catholic Trust`,
    ]);
    expect(await names({ search: f.token, sizeBand: "MEDIUM" })).toEqual([
      `${f.token} Birch Academies`,
    ]);
    expect(await names({ search: f.token, sizeBand: "VERY_LARGE" })).toEqual([]);
  });

  it("counts only schools in the trust today", async () => {
    const f = await trustFamily();
    const { db } = app.database;
    const { tables } = await import("@atlas/db");
    const { eq } = await import("drizzle-orm");
    const leaver = f.northWestPrimary.schools[0];
    if (!leaver) throw new Error("no school");
    await db
      .update(tables.memberships)
      .set({ leftOn: "2024-08-31" })
      .where(eq(tables.memberships.schoolId, leaver.id));
    expect(await names({ search: f.token, sizeBand: "SINGLE" })).toEqual([
      `${f.token} Alder Learning Trust`,
      `${f.token} Damson School Trust`,
    ]);
  });

  it("filters by religious character", async () => {
    const f = await trustFamily();
    expect(
      await names({ search: f.token, religiousCharacters: ["ROMAN_CATHOLIC", "CATHOLIC"] }),
    ).toEqual([`${f.token} St Cedd Catholic Trust`]);
    expect(await names({ search: f.token, religiousCharacters: ["CHURCH_OF_ENGLAND"] })).toEqual([
      `${f.token} Alder Learning Trust`,
    ]);
  });
});

describe("trusts pagination", () => {
  it("pages forward and back with cursors and a stable total", async () => {
    const token = `Pag${randomUUID().slice(0, 8)}`;
    for (let i = 0; i < 7; i++) await buildTrust(app.database.db, { name: `${token} Trust ${i}` });
    const filter = { search: token };
    const first = (await app.execute(TRUSTS, { first: 3, filter })).expectNoErrors();
    expect(first.trusts.totalCount).toBe(7);
    expect(first.trusts.nodes.map((n) => n.name)).toEqual(
      [0, 1, 2].map((i) => `${token} Trust ${i}`),
    );
    expect(first.trusts.pageInfo.hasNextPage).toBe(true);

    const second = (
      await app.execute(TRUSTS, {
        first: 3,
        after: first.trusts.pageInfo.endCursor,
        filter,
      })
    ).expectNoErrors();
    expect(second.trusts.nodes.map((n) => n.name)).toEqual(
      [3, 4, 5].map((i) => `${token} Trust ${i}`),
    );

    const last = (
      await app.execute(TRUSTS, {
        first: 3,
        after: second.trusts.pageInfo.endCursor,
        filter,
      })
    ).expectNoErrors();
    expect(last.trusts.nodes.map((n) => n.name)).toEqual([`${token} Trust 6`]);
    expect(last.trusts.pageInfo.hasNextPage).toBe(false);

    const back = (
      await app.execute(TRUSTS, {
        last: 3,
        before: second.trusts.pageInfo.startCursor,
        filter,
      })
    ).expectNoErrors();
    expect(back.trusts.nodes.map((n) => n.name)).toEqual(
      [0, 1, 2].map((i) => `${token} Trust ${i}`),
    );
  });
});

const TRUST_NAME = graphql(`query TrustName($id: ID!) { trust(id: $id) { name } }`);

describe("bad input", () => {
  it("refuses a page larger than 100 with a clear typed error", async () => {
    const errors = (await app.execute(TRUSTS, { first: 500 })).expectErrors();
    expect(errors[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(errors[0]?.message).toMatch(/between 0 and 100/);
  });

  it("refuses an unknown region, naming the allowed values", async () => {
    // A region the schema does not have: no typed variables can say it.
    const errors = (
      await app.executeRaw(print(TRUSTS), { filter: { regions: ["ATLANTIS"] } })
    ).expectErrors();
    expect(errors[0]?.message).toMatch(/ATLANTIS/);
    expect(errors[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("refuses search text over 100 characters", async () => {
    const errors = (
      await app.execute(TRUSTS, { filter: { search: "x".repeat(101) } })
    ).expectErrors();
    expect(errors[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(errors[0]?.extensions?.issues).toEqual([
      { path: ["filter", "search"], message: "Search text can be at most 100 characters." },
    ]);
  });

  it("says a malformed trust id is not a trust id", async () => {
    for (const id of ["nonsense", "U2Nob29sOjE=" /* School:1 */]) {
      const errors = (await app.execute(TRUST_NAME, { id })).expectErrors();
      expect(errors[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(errors[0]?.message).toMatch(/not a trust ID/);
    }
  });
});

describe("a trust", () => {
  it("is found by id, with its schools, and again through node()", async () => {
    const { trust, schools } = await buildTrust(app.database.db, {
      name: `Node ${randomUUID().slice(0, 8)} Trust`,
      schools: [{ name: "B School" }, { name: "A School" }],
    });
    const list = (
      await app.execute(TRUSTS, { first: 1, filter: { search: trust.name } })
    ).expectNoErrors();
    const id = list.trusts.nodes[0]?.id;
    if (!id) throw new Error("the trust was not listed");
    const data = (
      await app.execute(
        graphql(`query TrustAndNode($id: ID!) {
          trust(id: $id) { name schools(first: 10) { totalCount nodes { urn } } }
          node(id: $id) { ... on Trust { name } }
        }`),
        { id },
      )
    ).expectNoErrors();
    expect(data.trust?.name).toBe(trust.name);
    expect(data.node?.name).toBe(trust.name);
    expect(data.trust?.schools.totalCount).toBe(2);
    // Schools come by name: "A School" was the second one built.
    expect(data.trust?.schools.nodes.map((s) => s.urn)).toEqual([schools[1]?.urn, schools[0]?.urn]);
  });

  it("sums its pupils and counts its schools by phase, in one statement", async () => {
    const { trust } = await buildTrust(app.database.db, {
      schools: [
        { phase: "PRIMARY", pupils: 210 },
        { phase: "PRIMARY", pupils: 420 },
        { phase: "SECONDARY", pupils: 1100 },
      ],
    });
    const id = Buffer.from(`Trust:${trust.id}`).toString("base64");
    app.database.resetStatements();
    const data = (
      await app.execute(
        graphql(
          `query TrustPupils($id: ID!) { trust(id: $id) { pupilCount phaseCounts { phase count } } }`,
        ),
        { id },
      )
    ).expectNoErrors();
    expect(data.trust?.pupilCount).toBe(1730);
    expect(data.trust?.phaseCounts).toEqual([
      { phase: "PRIMARY", count: 2 },
      { phase: "SECONDARY", count: 1 },
    ]);
    expect(app.database.statements).toHaveLength(1);
  });

  it("derives its types, regions, academies and School Condition Allocation eligibility from its schools, in one statement", async () => {
    const figures = graphql(`
      query TrustFigures($id: ID!) {
        trust(id: $id) {
          academyCount
          regionsCovered
          schoolConditionAllocationEligible
          establishmentTypeCounts { establishmentType family count }
        }
      }
    `);
    const build = (pupilsEach: number) =>
      buildTrust(app.database.db, {
        schools: [
          { establishmentType: "ACADEMY_CONVERTER", region: "LONDON", pupils: pupilsEach },
          { establishmentType: "ACADEMY_CONVERTER", region: "NORTH_WEST", pupils: pupilsEach },
          { establishmentType: "ACADEMY_SPONSOR_LED", region: "LONDON", pupils: pupilsEach },
          { establishmentType: "ACADEMY_SPECIAL_CONVERTER", region: "LONDON", pupils: pupilsEach },
          { establishmentType: "FREE_SCHOOL_AP", region: "LONDON", pupils: pupilsEach },
        ],
      });
    const idOf = (trustId: string) => Buffer.from(`Trust:${trustId}`).toString("base64");
    // 5 academies with 3,000 pupils exactly do not qualify; one pupil more does.
    const atLimit = await build(600);
    app.database.resetStatements();
    const at = (await app.execute(figures, { id: idOf(atLimit.trust.id) })).expectNoErrors().trust;
    expect(app.database.statements).toHaveLength(1);
    expect(at).toMatchObject({
      academyCount: 5,
      regionsCovered: ["NORTH_WEST", "LONDON"],
      schoolConditionAllocationEligible: false,
    });
    // In the register's order of types (the database enum's).
    expect(at?.establishmentTypeCounts).toEqual([
      { establishmentType: "ACADEMY_SPONSOR_LED", family: "ACADEMY", count: 1 },
      { establishmentType: "ACADEMY_CONVERTER", family: "ACADEMY", count: 2 },
      { establishmentType: "FREE_SCHOOL_AP", family: "FREE_SCHOOL", count: 1 },
      { establishmentType: "ACADEMY_SPECIAL_CONVERTER", family: "ACADEMY", count: 1 },
    ]);
    const above = await build(601);
    const over = (await app.execute(figures, { id: idOf(above.trust.id) })).expectNoErrors().trust;
    expect(over?.schoolConditionAllocationEligible).toBe(true);
  });

  it("is null for an id of no trust", async () => {
    const id = Buffer.from(`Trust:${randomUUID()}`).toString("base64");
    const data = (await app.execute(TRUST_NAME, { id })).expectNoErrors();
    expect(data.trust).toBeNull();
  });
});

describe("SQL statements", () => {
  it("loads a page of 50 trusts with their schools and counts in at most 2 statements", async () => {
    const token = `Sql${randomUUID().slice(0, 8)}`;
    for (let i = 0; i < 50; i++) {
      await buildTrust(app.database.db, {
        name: `${token} Trust ${String(i).padStart(2, "0")}`,
        schools: [{ phase: "PRIMARY" }, { phase: "SECONDARY" }, {}],
      });
    }
    await buildSchool(app.database.db);
    app.database.resetStatements();
    const data = (
      await app.execute(
        graphql(`query TrustsWithSchools($filter: TrustFilter) {
          trusts(first: 50, filter: $filter) {
            totalCount
            nodes {
              id name type status schoolCount sizeBand region
              schools(first: 20) {
                totalCount
                nodes { id urn name phase establishmentType pupils region localAuthority { name } trust { name } }
              }
            }
            pageInfo { hasNextPage endCursor }
          }
        }`),
        { filter: { search: token } },
      )
    ).expectNoErrors();
    expect(data.trusts.totalCount).toBe(50);
    expect(data.trusts.nodes).toHaveLength(50);
    expect(
      data.trusts.nodes.every((n) => n.schools.totalCount === 3 && n.schools.nodes.length === 3),
    ).toBe(true);
    expect(app.database.statements.length).toBeLessThanOrEqual(2);
  });
});
