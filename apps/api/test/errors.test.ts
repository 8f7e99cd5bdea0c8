import { Writable } from "node:stream";
import { buildTrust } from "@atlas/db/testing";
import { sql } from "drizzle-orm";
import { print } from "graphql";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../src/yoga.ts";
import { graphql } from "./gql/index.ts";
import {
  createTestApp,
  expectTypename,
  type GraphQLResponse,
  send,
  type TestApp,
} from "./support/testkit.ts";

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app?.close());

/** A real pino logger whose JSON lines are kept, to read what the logs say. */
function capturedLogger() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of chunk.toString().split("\n").filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { logger: pino({ level: "info" }, stream), lines };
}

const SECRET = graphql(
  `query Secret($s: String) { trusts(first: 1, filter: { search: $s }) { totalCount } }`,
);

describe("unexpected errors", () => {
  // A table gone from under the API makes any trust query fail inside the database, with the
  // SQL and its parameters in the error.
  async function brokenApp() {
    const { createTestDb } = await import("@atlas/db/testing");
    const database = await createTestDb();
    await database.db.execute(sql`drop table role_grants, memberships, trusts cascade`);
    const { logger, lines } = capturedLogger();
    const yoga = createApp({ database, logger });
    return { yoga, lines, close: () => database.close() };
  }

  it("reach the client as the message and a code only, even with NODE_ENV=development", async () => {
    const broken = await brokenApp();
    const before = process.env.NODE_ENV;
    process.env.NODE_ENV = "development";
    try {
      const response = await send(broken.yoga, {
        query: print(SECRET),
        variables: { s: "secret-search-words" },
      });
      const text = await response.text();
      const body = JSON.parse(text) as GraphQLResponse<unknown>;
      expect(body.errors).toHaveLength(1);
      expect(Object.keys(body.errors?.[0] ?? {}).sort()).toEqual([
        "extensions",
        "locations",
        "message",
        "path",
      ]);
      expect(body.errors?.[0]?.message).toBe("Unexpected error.");
      expect(body.errors?.[0]?.extensions).toEqual({ code: "INTERNAL_SERVER_ERROR" });
      for (const leak of [
        "originalError",
        "stack",
        "select",
        'from "trusts"',
        "secret-search-words",
        "relation",
      ]) {
        expect(text).not.toContain(leak);
      }
    } finally {
      process.env.NODE_ENV = before;
      await broken.close();
    }
  });

  it("are logged once with the request id and the SQL, but not its parameters", async () => {
    const broken = await brokenApp();
    try {
      const response = await broken.yoga.fetch("http://test/graphql", {
        method: "POST",
        headers: { "content-type": "application/json", "x-request-id": "req-42" },
        body: JSON.stringify({
          query: print(SECRET),
          variables: { s: "secret-search-words" },
        }),
      });
      expect(response.headers.get("x-request-id")).toBe("req-42");
      const errorLines = broken.lines.filter((l) => l.msg === "unexpected error");
      expect(errorLines).toHaveLength(1);
      const line = errorLines[0] ?? {};
      expect(line.requestId).toBe("req-42");
      expect(line.operationName).toBe("Secret");
      const logged = JSON.stringify(line);
      expect(logged).toMatch(/from \\"trusts\\"/i);
      expect(logged).not.toContain("secret-search-words");
      expect(JSON.stringify(broken.lines)).not.toContain("secret-search-words");
    } finally {
      await broken.close();
    }
  });
});

describe("node(id)", () => {
  const NODE = graphql(
    `query NodeById($id: ID!) { node(id: $id) { __typename ... on Trust { name } } }`,
  );
  const globalId = (text: string) => Buffer.from(text).toString("base64");

  it("finds a trust by its global id", async () => {
    const { trust } = await buildTrust(app.database.db);
    const id = globalId(`Trust:${trust.id}`);
    const data = (await app.execute(NODE, { id })).expectNoErrors();
    expect(expectTypename(data.node, "Trust").name).toBe(trust.name);
  });

  it.each([
    ["an unknown trust", globalId("Trust:00000000-0000-4000-8000-000000000000")],
    ["an id upper-cased", ""],
    ["an id of an unknown type", globalId("Widget:00000000-0000-4000-8000-000000000000")],
    ["a row id that is not a UUID", globalId("School:not-a-uuid")],
    ["an upper-case UUID", ""],
    ["not base64 at all", "!!!%%%"],
    ["an empty id", ""],
    ["no type at all", globalId("00000000-0000-4000-8000-000000000000")],
  ])("answers null, not an error, for %s", async (name, given) => {
    const { trust } = await buildTrust(app.database.db);
    const id =
      name === "an id upper-cased"
        ? globalId(`Trust:${trust.id}`).toUpperCase()
        : name === "an upper-case UUID"
          ? globalId(`Trust:${trust.id.toUpperCase()}`)
          : given;
    expect((await app.execute(NODE, { id })).expectNoErrors()).toEqual({ node: null });
  });
});

describe("control characters in text", () => {
  it("are refused in query arguments with a typed input error", async () => {
    const result = await app.execute(
      graphql(
        `query SearchWithControlCharacters($s: String) { trusts(first: 1, filter: { search: $s }) { totalCount } }`,
      ),
      { s: "abc\u0000def" },
    );
    expect(result.expectErrors()[0]).toMatchObject({
      message: expect.stringMatching(/control characters/),
      extensions: { code: "BAD_USER_INPUT", issues: [{ path: ["variables", "s"] }] },
    });
  });

  it("are refused inline and in mutation input", async () => {
    // Raw: the escape must reach the server as written, not as the generator reads it.
    const inline = await app.executeRaw(
      `{ trusts(first: 1, filter: { search: "a\\u0000b" }) { totalCount } }`,
    );
    expect(inline.expectErrors()[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const mutation = await app.execute(
      graphql(
        `mutation SignInWithControlCharacters($input: SignInInput!) { signIn(input: $input) { __typename } }`,
      ),
      { input: { email: "someone@example.org", password: "pass\u0000word" } },
    );
    expect(mutation.expectErrors()[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      issues: [{ path: ["variables", "input", "password"] }],
    });
  });
});

describe("in production", () => {
  const production = () =>
    createApp({ database: app.database, logger: pino({ level: "silent" }), production: true });

  it("refuses introspection", async () => {
    const result = await send(production(), { query: "{ __schema { types { name } } }" });
    const body = (await result.json()) as GraphQLResponse<unknown>;
    expect(body.errors?.[0]?.message).toMatch(/introspection/i);
    expect(JSON.stringify(body)).not.toContain("Trust");
  });

  it("suggests no field names", async () => {
    const dev = await send(app.yoga, { query: "{ trust { nam } }" });
    expect(await dev.text()).toMatch(/Did you mean/);
    const prod = await send(production(), { query: "{ trusts { nodes { nam } } }" });
    expect(await prod.text()).not.toMatch(/Did you mean|"name"/);
  });
});
