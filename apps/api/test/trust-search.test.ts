/**
 * Trust search as a school uses it: filters on what trusts publish and on their schools,
 * distance from a chosen school, orders, numbered pages, counts beside each option, and the
 * mistakes it reports. Each test's trusts share a token in their names, so `search: token`
 * keeps other tests' rows out of the counts.
 */
import { randomUUID } from "node:crypto";
import { buildSchool, buildTrust, publishTrustDocuments } from "@atlas/db/testing";
import { modelScheme, type TrustProfileInput } from "@atlas/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TrustFilter, TrustOrder } from "./gql/graphql.ts";
import { graphql } from "./gql/index.ts";
import { createTestApp, type TestApp } from "./support/testkit.ts";

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app?.close());

const SEARCH = graphql(`
  query TrustSearchTest($filter: TrustFilter, $orderBy: TrustOrder, $first: Int, $after: String) {
    trusts(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      offset
      order
      edges { cursor distanceKm node { name schoolCount } }
      pageInfo { hasNextPage hasPreviousPage endCursor }
    }
  }
`);

const FACETS = graphql(`
  query TrustFacetsTest($filter: TrustFilter) {
    trusts(filter: $filter, first: 0) {
      totalCount
      facets {
        regions { value count selected }
        phases { value count selected }
        sizeBands { value count }
        values { value count selected }
        churchGovernanceLevels { value count }
        openToPartnerships { value count selected }
        hasSpecialOrAlternativeProvision { value count }
      }
    }
  }
`);

const profile = (p: Partial<TrustProfileInput> & { open?: boolean }): TrustProfileInput => {
  const { open, ...rest } = p;
  return {
    visionStatement: "Good schools for every child.",
    growth: {
      stage: "GROWING",
      openToNewSchools: true,
      openToPartnerships: open ?? true,
      capacity: 2,
      seeking: { phases: [], establishmentTypes: [], areas: [] },
    },
    ...rest,
  };
};

const value = (v: "INCLUSION" | "COLLABORATION" | "AMBITION") => ({
  value: v,
  statement: `We hold ${v}.`,
});

/**
 * Four trusts around Manchester (National Grid ~384000, 398000) and one in London, with
 * published profiles that differ in each thing the filters read.
 */
async function family() {
  const token = `Srch${randomUUID().slice(0, 8)}`;
  const db = app.database.db;
  const here = { easting: 384_000, northing: 398_000 };
  const origin = await buildSchool(db, { region: "NORTH_WEST", ...here });
  const at = (km: number) => ({ easting: here.easting + km * 1000, northing: here.northing });
  const oak = await buildTrust(db, {
    name: `${token} Oak Collaborative Trust`,
    schools: [
      { region: "NORTH_WEST", phase: "PRIMARY", laCode: 352, pupils: 300, ...at(2) },
      { region: "NORTH_WEST", phase: "SECONDARY", laCode: 352, pupils: 900, ...at(4) },
    ],
  });
  await publishTrustDocuments(db, oak.trust.id, {
    profile: profile({
      visionStatement: "Schools thriving through collaboration.",
      values: [value("INCLUSION"), value("COLLABORATION")],
      faith: { churchGovernanceLevel: "NONE", dioceses: [] },
      finance: {
        contribution: { kind: "FLAT", percent: 4 },
        gagPooling: false,
        reserves: { pooled: false, policy: "Schools keep their reserves." },
      },
    }),
    schemeCells: modelScheme("LOCAL_GOVERNING_BODIES"),
  });
  const ash = await buildTrust(db, {
    name: `${token} Ash Academies`,
    schools: [
      { region: "NORTH_WEST", phase: "PRIMARY", laCode: 350, pupils: 200, ...at(20) },
      {
        region: "NORTH_WEST",
        phase: "PRIMARY",
        laCode: 350,
        pupils: 80,
        establishmentType: "ACADEMY_SPECIAL_CONVERTER",
        ...at(22),
      },
      { region: "NORTH_WEST", phase: "PRIMARY", laCode: 350, pupils: 250, ...at(25) },
    ],
  });
  await publishTrustDocuments(db, ash.trust.id, {
    profile: profile({
      values: [value("INCLUSION"), value("AMBITION")],
      open: false,
      faith: { churchGovernanceLevel: "MINORITY", dioceses: ["Diocese of Manchester"] },
      finance: {
        contribution: { kind: "RANGE", minPercent: 5, maxPercent: 7, variesBy: "size" },
        gagPooling: true,
        reserves: { pooled: true, policy: "Pooled centrally." },
      },
    }),
  });
  const elm = await buildTrust(db, {
    name: `${token} Elm Learning Partnership`,
    schools: [{ region: "LONDON", phase: "SECONDARY", laCode: 202, pupils: 1200 }],
  });
  await publishTrustDocuments(db, elm.trust.id, {
    profile: profile({ values: [value("AMBITION")] }),
  });
  // Publishes nothing: every filter on published facts leaves it out.
  const yew = await buildTrust(db, {
    name: `${token} Yew Schools Trust`,
    schools: [{ region: "NORTH_WEST", phase: "PRIMARY", laCode: 352, pupils: 150, ...at(8) }],
  });
  return { token, origin, oak, ash, elm, yew };
}

async function search(filter: TrustFilter, orderBy?: TrustOrder, first = 50) {
  return (await app.execute(SEARCH, { filter, orderBy, first })).expectNoErrors().trusts;
}

async function names(filter: TrustFilter, orderBy?: TrustOrder) {
  const found = await search(filter, orderBy);
  expect(found.totalCount).toBe(found.edges.length);
  return found.edges.map((e) => e.node.name.replace(/^\S+ /, ""));
}

describe("trust search filters", () => {
  it("filters on what trusts publish, leaving out those that publish nothing", async () => {
    const f = await family();
    const q = f.token;
    expect(await names({ search: q, values: ["INCLUSION"] })).toEqual([
      "Ash Academies",
      "Oak Collaborative Trust",
    ]);
    expect(await names({ search: q, values: ["INCLUSION", "AMBITION"] })).toHaveLength(3);
    expect(
      await names({ search: q, values: ["INCLUSION", "AMBITION"], valuesMatch: "ALL" }),
    ).toEqual(["Ash Academies"]);
    expect(await names({ search: q, openToPartnerships: true })).toEqual([
      "Elm Learning Partnership",
      "Oak Collaborative Trust",
    ]);
    expect(await names({ search: q, openToPartnerships: false })).toEqual(["Ash Academies"]);
    expect(await names({ search: q, churchGovernanceLevels: ["MINORITY"] })).toEqual([
      "Ash Academies",
    ]);
    expect(await names({ search: q, gagPooling: true })).toEqual(["Ash Academies"]);
    expect(await names({ search: q, contributionPercent: { max: 5 } })).toEqual([
      "Oak Collaborative Trust",
    ]);
    expect(await names({ search: q, contributionPercent: { min: 4.5 } })).toEqual([
      "Ash Academies",
    ]);
    expect(await names({ search: q, localAutonomy: { min: 0.01 } })).toEqual([
      "Oak Collaborative Trust",
    ]);
    expect(await names({ search: q, growthStages: ["ESTABLISHED"] })).toEqual([]);
  });

  it("filters on the trusts' schools: local authority, special provision, pupils", async () => {
    const f = await family();
    const q = f.token;
    expect(await names({ search: q, localAuthorityCodes: [352] })).toEqual([
      "Oak Collaborative Trust",
      "Yew Schools Trust",
    ]);
    expect(await names({ search: q, hasSpecialOrAlternativeProvision: true })).toEqual([
      "Ash Academies",
    ]);
    expect(await names({ search: q, hasSpecialOrAlternativeProvision: false })).toHaveLength(3);
    expect(await names({ search: q, pupils: { min: 1000 } })).toEqual([
      "Elm Learning Partnership",
      "Oak Collaborative Trust",
    ]);
    expect(await names({ search: q, pupils: { min: 500, max: 1100 } })).toEqual(["Ash Academies"]);
  });

  it("finds trusts within a distance of a school, nearest first, with the distance", async () => {
    const f = await family();
    const found = await search({ search: f.token, near: { urn: f.origin.urn, withinKm: 21 } });
    expect(found.order).toBe("RELEVANCE");
    const byDistance = await search(
      { search: f.token, near: { urn: f.origin.urn, withinKm: 21 } },
      "DISTANCE",
    );
    expect(byDistance.edges.map((e) => [e.node.name.replace(/^\S+ /, ""), e.distanceKm])).toEqual([
      ["Oak Collaborative Trust", 2],
      ["Yew Schools Trust", 8],
      ["Ash Academies", 20],
    ]);
    expect(found.totalCount).toBe(3);
  });

  it("matches published words with stemming, and names spelt a little wrong", async () => {
    const f = await family();
    // "thriving" is in Oak's vision only; the stem of "thrive" finds it.
    expect(await names({ search: `${f.token} thrive` })).toEqual([]);
    const byWords = await search({ search: "thrive collaboration" });
    expect(byWords.edges.map((e) => e.node.name)).toContain(`${f.token} Oak Collaborative Trust`);
    const misspelt = await search({ search: `${f.token} Ash Acadamies` });
    expect(misspelt.edges.map((e) => e.node.name)).toContain(`${f.token} Ash Academies`);
  });
});

describe("trust search order and pages", () => {
  it("orders by size, name or relevance, and says which", async () => {
    const f = await family();
    const bySize = await search({ search: f.token }, "SIZE");
    expect(bySize.order).toBe("SIZE");
    expect(bySize.edges.map((e) => e.node.schoolCount)).toEqual([3, 2, 1, 1]);
    // Equal sizes: more pupils first (Elm 1,200 before Yew 150).
    expect(bySize.edges[2]?.node.name).toMatch(/Elm/);
    expect((await search({ search: f.token }, "NAME")).edges[0]?.node.name).toMatch(/Ash/);
    const relevant = await search({ search: `${f.token} Oak Collaborative` });
    expect(relevant.order).toBe("RELEVANCE");
    expect(relevant.edges[0]?.node.name).toMatch(/Oak/);
  });

  it("numbers pages by offset: any page can be asked for, and the last says so", async () => {
    const f = await family();
    const first = await search({ search: f.token }, "NAME", 3);
    expect(first).toMatchObject({ totalCount: 4, offset: 0 });
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second = (
      await app.execute(SEARCH, {
        filter: { search: f.token },
        orderBy: "NAME",
        first: 3,
        after: first.pageInfo.endCursor,
      })
    ).expectNoErrors().trusts;
    expect(second.offset).toBe(3);
    expect(second.edges.map((e) => e.node.name)).toEqual([`${f.token} Yew Schools Trust`]);
    expect(second.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  it("starts a page at an offset, so page numbers need no cursor, and refuses a bad one", async () => {
    const f = await family();
    const PAGE = graphql(`
      query TrustSearchOffsetTest($filter: TrustFilter, $offset: Int, $after: String) {
        trusts(filter: $filter, orderBy: NAME, first: 2, offset: $offset, after: $after) {
          offset
          edges { node { name localAuthorities { code name } } }
        }
      }
    `);
    const page2 = (
      await app.execute(PAGE, { filter: { search: f.token }, offset: 2 })
    ).expectNoErrors().trusts;
    expect(page2.offset).toBe(2);
    const [oak, yew] = page2.edges.map((e) => e.node);
    expect(oak?.name).toMatch(/Oak/);
    expect(yew?.name).toMatch(/Yew/);
    // Oak's two schools are both in one local authority: it is listed once.
    expect(oak?.localAuthorities.map((la) => la.code)).toEqual([352]);
    const negative = await app.execute(PAGE, { filter: { search: f.token }, offset: -1 });
    expect(negative.expectErrors()[0]?.message).toMatch(/offset must be from 0/);
    const both = await app.execute(PAGE, {
      filter: { search: f.token },
      offset: 2,
      after: "YXJyYXljb25uZWN0aW9uOjA=",
    });
    expect(both.expectErrors()[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("answers a search that matches nothing with no trusts, not an error", async () => {
    const f = await family();
    const none = await search({ search: f.token, values: ["COLLABORATION"], gagPooling: true });
    expect(none).toMatchObject({ totalCount: 0, edges: [] });
  });
});

describe("trust search facets", () => {
  it("counts each option with the other filters kept and its own left out", async () => {
    const f = await family();
    const { facets, totalCount } = (
      await app.execute(FACETS, {
        filter: { search: f.token, phases: ["PRIMARY"], values: ["INCLUSION"] },
      })
    ).expectNoErrors().trusts;
    expect(totalCount).toBe(2);
    const count = (list: readonly { value: unknown; count: number }[], v: unknown) =>
      list.find((o) => o.value === v)?.count;
    // Phases: with INCLUSION kept, PRIMARY has Oak and Ash, SECONDARY only Oak.
    expect(count(facets.phases, "PRIMARY")).toBe(2);
    expect(count(facets.phases, "SECONDARY")).toBe(1);
    expect(facets.phases.find((o) => o.value === "PRIMARY")?.selected).toBe(true);
    // Values: with PRIMARY kept (Oak, Ash, Yew), AMBITION is Ash's alone.
    expect(count(facets.values, "INCLUSION")).toBe(2);
    expect(count(facets.values, "AMBITION")).toBe(1);
    expect(count(facets.values, "COLLABORATION")).toBe(1);
    expect(count(facets.values, "KINDNESS")).toBe(0);
    // Every other facet keeps both filters: Oak and Ash.
    expect(count(facets.regions, "NORTH_WEST")).toBe(2);
    expect(count(facets.regions, "LONDON")).toBe(0);
    expect(count(facets.openToPartnerships, true)).toBe(1);
    expect(count(facets.openToPartnerships, false)).toBe(1);
    expect(count(facets.churchGovernanceLevels, "MINORITY")).toBe(1);
    expect(count(facets.hasSpecialOrAlternativeProvision, true)).toBe(1);
    expect(count(facets.sizeBands, "SMALL")).toBe(2);
  });

  it("costs one statement for the results and one for the facets, with three filters", async () => {
    const f = await family();
    app.database.resetStatements();
    const answer = await app.executeRaw(
      `query ($filter: TrustFilter) { trusts(filter: $filter, first: 20) {
        totalCount edges { distanceKm node { name schoolCount pupilCount phaseCounts { phase count } } }
        facets { regions { value count } phases { value count } values { value count } } } }`,
      {
        filter: {
          search: f.token,
          phases: ["PRIMARY"],
          values: ["INCLUSION"],
          openToPartnerships: true,
        },
      },
    );
    answer.expectNoErrors();
    expect(app.database.statements).toHaveLength(2);
  });

  it("counts only the facets a query asks for, through fragments too, with the same counts", async () => {
    const f = await family();
    const filter = { search: f.token, phases: ["PRIMARY" as const] };
    const all = (await app.execute(FACETS, { filter })).expectNoErrors().trusts.facets;
    app.database.resetStatements();
    const some = await app.executeRaw(
      `query ($filter: TrustFilter) { trusts(filter: $filter, first: 0) { facets { ...Counts } } }
      fragment Counts on TrustFacets { values { value count } ... on TrustFacets { regions { value count } } }`,
      { filter },
    );
    type Counts = { value: unknown; count: number }[];
    const { facets } = (
      some.expectNoErrors() as { trusts: { facets: { values: Counts; regions: Counts } } }
    ).trusts;
    expect(facets.values).toEqual(all.values.map(({ value, count }) => ({ value, count })));
    expect(facets.regions).toEqual(all.regions.map(({ value, count }) => ({ value, count })));
    const statement = app.database.statements.find((s) => s.includes("as dimension")) ?? "";
    const counted = [...statement.matchAll(/select '(\w+)' as dimension/g)].map((m) => m[1]);
    expect(counted.sort()).toEqual(["regions", "values"]);
    // No filter on types or on church governance: no flag for either.
    expect(statement).not.toContain('"m_types"');
    expect(statement).toContain('"m_school"');
  });

  it("counts a trust once for a region when it runs schools of two chosen phases there", async () => {
    const f = await family();
    const phases = ["PRIMARY" as const, "SECONDARY" as const];
    const { facets } = (
      await app.execute(FACETS, { filter: { search: f.token, phases } })
    ).expectNoErrors().trusts;
    const chosen = (
      await app.execute(FACETS, { filter: { search: f.token, phases, regions: ["NORTH_WEST"] } })
    ).expectNoErrors().trusts;
    // Oak runs a primary and a secondary school in the North West: one trust, not two.
    expect(facets.regions.find((o) => o.value === "NORTH_WEST")?.count).toBe(chosen.totalCount);
    expect(chosen.totalCount).toBeGreaterThan(0);
  });
});

describe("trust search mistakes", () => {
  it("says what is wrong with a filter, an order or a page", async () => {
    const f = await family();
    const problem = async (variables: Record<string, unknown>) => {
      const answer = await app.executeRaw(
        `query ($filter: TrustFilter, $orderBy: TrustOrder, $first: Int) {
          trusts(filter: $filter, orderBy: $orderBy, first: $first) { totalCount } }`,
        variables,
      );
      const error = answer.body.errors?.[0];
      expect(error?.extensions?.code).toBe("BAD_USER_INPUT");
      return error?.message ?? "";
    };
    expect(await problem({ filter: { near: { urn: 999_998, withinKm: 5 } } })).toMatch(
      /no school with URN 999998/,
    );
    expect(await problem({ filter: { near: { urn: f.origin.urn, withinKm: 0 } } })).toMatch(
      /more than 0 km/,
    );
    expect(await problem({ filter: { pupils: { min: 500, max: 100 } } })).toMatch(
      /lowest number of pupils no more than the highest/,
    );
    expect(await problem({ orderBy: "RELEVANCE" })).toMatch(/needs search text/);
    expect(await problem({ orderBy: "DISTANCE" })).toMatch(/needs a school/);
    expect(await problem({ first: 101 })).toMatch(/between 0 and 100/);
  });
});
