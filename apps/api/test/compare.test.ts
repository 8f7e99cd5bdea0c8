/** compareTrusts: two to four trusts row by row, differences marked, in one statement. */
import { buildTrust, publishTrustDocuments } from "@atlas/db/testing";
import { modelScheme } from "@atlas/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./gql/index.ts";
import { createTestApp, type TestApp } from "./support/testkit.ts";

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app?.close());

const COMPARE = graphql(`
  query CompareTest($ids: [ID!]!) {
    compareTrusts(ids: $ids) {
      trusts { id name schoolCount }
      rows { group key label values differs }
    }
  }
`);

const globalId = (id: string) => Buffer.from(`Trust:${id}`).toString("base64");

async function pair() {
  const db = app.database.db;
  const a = await buildTrust(db, {
    name: "Compare Aspen Trust",
    schools: [
      { phase: "PRIMARY", pupils: 200 },
      { phase: "PRIMARY", pupils: 300 },
    ],
  });
  await publishTrustDocuments(db, a.trust.id, {
    profile: {
      visionStatement: "Aspen vision.",
      values: [{ value: "INCLUSION", statement: "All belong." }],
      finance: {
        contribution: { kind: "FLAT", percent: 5 },
        gagPooling: false,
        reserves: { pooled: false, policy: "Kept by schools." },
      },
    },
    schemeCells: modelScheme("LOCAL_GOVERNING_BODIES"),
  });
  const b = await buildTrust(db, {
    name: "Compare Birch Trust",
    schools: [
      { phase: "SECONDARY", pupils: 1000 },
      { phase: "PRIMARY", pupils: 250 },
    ],
  });
  return { a: globalId(a.trust.id), b: globalId(b.trust.id) };
}

describe("compareTrusts", () => {
  it("lines up every dimension and marks where the trusts differ, in one statement", async () => {
    const { a, b } = await pair();
    app.database.resetStatements();
    const { compareTrusts } = (await app.execute(COMPARE, { ids: [b, a] })).expectNoErrors();
    expect(app.database.statements).toHaveLength(1);
    expect(compareTrusts.trusts.map((t) => t.name)).toEqual([
      "Compare Birch Trust",
      "Compare Aspen Trust",
    ]);
    const row = (key: string) => compareTrusts.rows.find((r) => r.key === key);
    expect(row("schools")).toMatchObject({ values: ["2", "2"], differs: false });
    expect(row("pupils")).toMatchObject({ values: ["1,250", "500"], differs: true });
    expect(row("values")).toMatchObject({ values: ["Not published", "Inclusion"], differs: true });
    expect(row("contribution")?.values).toEqual(["Not published", "5%"]);
    expect(row("scheme.APPOINT_HEADTEACHER")?.values[0]).toBe("Not published");
    expect(compareTrusts.rows.filter((r) => r.group === "AUTONOMY").length).toBeGreaterThan(5);
  });

  it.each([
    ["one trust", (p: { a: string; b: string }) => [p.a], /from 2 to 4 trusts/],
    ["the same trust twice", (p: { a: string; b: string }) => [p.a, p.a], /only once/],
    [
      "an id that is not a trust's",
      (p: { a: string; b: string }) => [p.a, "bm9wZQ=="],
      /not a trust ID/,
    ],
    [
      "five trusts",
      (p: { a: string; b: string }) => [
        p.a,
        p.b,
        globalId(crypto.randomUUID()),
        globalId(crypto.randomUUID()),
        globalId(crypto.randomUUID()),
      ],
      /from 2 to 4 trusts/,
    ],
    [
      "a trust that does not exist",
      (p: { a: string; b: string }) => [p.a, globalId(crypto.randomUUID())],
      /no open trust/,
    ],
  ])("refuses %s, saying what is wrong", async (_name, ids, message) => {
    const answer = await app.execute(COMPARE, { ids: ids(await pair()) });
    const error = answer.body.errors?.[0];
    expect(error?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(error?.message).toMatch(message);
  });
});
