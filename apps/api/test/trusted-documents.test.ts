import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createTestDb, type TestDatabase } from "@atlas/db/testing";
import type { GraphQLError } from "graphql";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadTrustedDocuments } from "../src/http/trusted-documents.ts";
import { createApp } from "../src/yoga.ts";
import { type GraphQLResponse, send } from "./support/testkit.ts";

const COUNT = "query TrustCount { trusts(first: 0) { totalCount } }";
const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");
const documents = new Map([[sha256(COUNT), COUNT]]);

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDb();
});
afterAll(() => database?.close());

const appIn = (production: boolean) =>
  createApp({
    database,
    logger: pino({ level: "silent" }),
    production,
    trustedDocuments: documents,
  });

async function answer(yoga: ReturnType<typeof appIn>, body: unknown) {
  const response = await send(yoga, body);
  return {
    status: response.status,
    body: (await response.json()) as GraphQLResponse<unknown>,
  };
}

describe("trusted documents in production", () => {
  it("refuses an operation none of our apps sends, saying why", async () => {
    const { status, body } = await answer(appIn(true), {
      query: "{ trusts(first: 1) { nodes { name } } }",
    });
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.code).toBe("OPERATION_NOT_TRUSTED");
    expect(body.errors?.[0]?.message).toMatch(/only the operations of Trust Atlas's own apps/);
    expect(body.data).toBeUndefined();
  });

  it("runs an app's operation sent as text, however it is spaced", async () => {
    const spaced = COUNT.replace(/ /g, "\n  ").replace("{", " {  ");
    const { body } = await answer(appIn(true), { query: spaced });
    expect(body).toEqual({ data: { trusts: { totalCount: 0 } } });
  });

  it("runs an app's operation sent as its hash, and refuses an unknown hash", async () => {
    const byHash = await answer(appIn(true), {
      extensions: { persistedQuery: { version: 1, sha256Hash: sha256(COUNT) } },
    });
    expect(byHash.body).toEqual({ data: { trusts: { totalCount: 0 } } });
    const unknown = await answer(appIn(true), {
      extensions: { persistedQuery: { version: 1, sha256Hash: sha256("nope") } },
    });
    expect(unknown.body.errors?.[0]?.extensions?.code).toBe("PERSISTED_QUERY_NOT_FOUND");
  });

  it("stays open in development", async () => {
    const { body } = await answer(appIn(false), { query: "{ trusts(first: 1) { totalCount } }" });
    expect(body).toEqual({ data: { trusts: { totalCount: 0 } } });
  });
});

describe("our apps' own operations", () => {
  const repo = fileURLToPath(new URL("../../../", import.meta.url));
  const manifests = [
    `${repo}apps/public/app/gql/persisted-documents.json`,
    `${repo}apps/admin/src/gql/persisted-documents.json`,
  ];

  it("are all within the limits (depth, aliases, tokens, one signIn) and valid", () => {
    for (const file of manifests) {
      expect(existsSync(file), `${file} is missing: run \`pnpm generate\``).toBe(true);
    }
    const yoga = appIn(true);
    const trusted = loadTrustedDocuments(manifests);
    expect(trusted.size).toBeGreaterThan(5);
    const { parse, validate, schema } = yoga.getEnveloped({});
    for (const [hash, text] of trusted) {
      const document = parse(text);
      const errors: readonly GraphQLError[] = validate(schema, document);
      expect(
        errors.map((e) => e.message),
        `${hash}: ${text}`,
      ).toEqual([]);
    }
  });
});

describe("normaliseDocument", () => {
  it("spells a document as the manifests do, whatever order, spacing and __typename", async () => {
    const { normaliseDocument } = await import("../src/http/trusted-documents.ts");
    const a = normaliseDocument("query Q { trusts(first: 1) { totalCount nodes { name id } } }");
    const b = normaliseDocument(
      "query Q {\n  trusts(first: 1) { __typename nodes { __typename id, name } totalCount }\n}",
    );
    expect(a).toBe(b);
    expect(normaliseDocument("query Q { trusts(first: 2) { totalCount } }")).not.toBe(
      normaliseDocument("query Q { trusts(first: 1) { totalCount } }"),
    );
    // An aliased __typename is part of what was asked, not a cache's addition.
    expect(normaliseDocument("{ t: __typename }")).not.toBe(normaliseDocument("{ __typename }"));
    expect(normaliseDocument("{ broken")).toBeNull();
  });
});
