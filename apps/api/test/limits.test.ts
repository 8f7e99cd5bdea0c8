import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LIMITS } from "../src/yoga.ts";
import { graphql } from "./gql/index.ts";
import {
  createTestApp,
  type GraphQLResponse,
  serverContextFrom,
  type TestApp,
} from "./support/testkit.ts";

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app?.close());

const codesOf = (errors: { extensions?: Record<string, unknown> }[]) =>
  errors.map((e) => e.extensions?.code);

describe("page sizes", () => {
  it("a negative page size cannot lower the cost of the rest of the operation", async () => {
    const bypass = graphql(
      `query NegativeSizeBypass { x: trusts(first: -100000) { totalCount } a: trusts(first: 100) { nodes { schools(first: 100) { nodes { name urn } } } } }`,
    );
    const withoutX = graphql(
      `query WithoutNegativeSize { a: trusts(first: 100) { nodes { schools(first: 100) { nodes { name urn } } } } }`,
    );
    expect(codesOf((await app.execute(withoutX)).expectErrors())).toEqual(["QUERY_TOO_COMPLEX"]);
    const refused = await app.execute(bypass);
    expect(codesOf(refused.expectErrors())).toEqual(["BAD_USER_INPUT"]);
    expect(refused.body.data).toBeUndefined();
  });

  it("refuses a huge negative size at once, before anything runs", async () => {
    const started = performance.now();
    const result = await app.execute(
      graphql(`query HugeNegativeSize { trusts(first: -2000000000) { nodes { name } } }`),
    );
    expect(result.expectErrors()[0]).toMatchObject({
      message: expect.stringMatching(/between 0 and 100.*trusts\(first: -2000000000\)/),
      extensions: { code: "BAD_USER_INPUT" },
    });
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it.each([
    ["first", -1],
    ["first", 101],
    ["last", -5],
    ["last", 1000],
  ])("refuses %s: %i, written inline or as a variable", async (name, size) => {
    const inline = await app.executeRaw(`{ trusts(${name}: ${size}) { totalCount } }`);
    expect(codesOf(inline.expectErrors())).toEqual(["BAD_USER_INPUT"]);
    const variable = await app.executeRaw(
      `query ($n: Int) { schools(${name}: $n) { totalCount } }`,
      {
        n: size,
      },
    );
    expect(codesOf(variable.expectErrors())).toEqual(["BAD_USER_INPUT"]);
  });

  it("judges the same text afresh for each page size and @include it is sent with", async () => {
    // The estimate is kept per document and per value of its Int and Boolean variables: an
    // accepted size must not let a refused one through, nor a skipped costly branch an included one.
    const sized = `query Sized($n: Int) { trusts(first: $n) { totalCount } }`;
    expect((await app.executeRaw(sized, { n: 5 })).body.errors).toBeUndefined();
    expect(codesOf((await app.executeRaw(sized, { n: 101 })).expectErrors())).toEqual([
      "BAD_USER_INPUT",
    ]);
    expect((await app.executeRaw(sized, { n: 5 })).body.errors).toBeUndefined();
    const branch = `query Branch($deep: Boolean!) { trusts(first: 100) { totalCount nodes @include(if: $deep) { schools(first: 100) { nodes { name urn } } } } }`;
    expect((await app.executeRaw(branch, { deep: false })).body.errors).toBeUndefined();
    expect(codesOf((await app.executeRaw(branch, { deep: true })).expectErrors())).toEqual([
      "QUERY_TOO_COMPLEX",
    ]);
  });

  it("refuses a bad size on a nested connection too", async () => {
    const nested = graphql(
      `query NestedBadSize { trusts(first: 1) { nodes { schools(first: -3) { totalCount } } } }`,
    );
    expect(codesOf((await app.execute(nested)).expectErrors())).toEqual(["BAD_USER_INPUT"]);
  });

  it("answers first: 0 with the total only", async () => {
    const data = (
      await app.execute(
        graphql(`query TotalOnly { trusts(first: 0) { totalCount nodes { name } } }`),
      )
    ).expectNoErrors();
    expect(data.trusts.nodes).toEqual([]);
    expect(data.trusts.totalCount).toBeGreaterThanOrEqual(0);
  });
});

describe("operation limits, each refusal with a code", () => {
  it(`counts __typename aliases: more than ${LIMITS.aliases} are refused`, async () => {
    const aliases = Array.from({ length: LIMITS.aliases + 1 }, (_, i) => `t${i}: __typename`);
    const errors = (await app.executeRaw(`{ ${aliases.join(" ")} }`)).expectErrors();
    expect(errors[0]?.message).toMatch(/Aliases limit of 15 exceeded/);
    expect(codesOf(errors)).toEqual(["QUERY_TOO_COMPLEX"]);
    const allowed = Array.from({ length: LIMITS.aliases }, (_, i) => `t${i}: __typename`);
    expect((await app.executeRaw(`{ ${allowed.join(" ")} }`)).expectNoErrors()).toBeTruthy();
  });

  it(`refuses operations deeper than ${LIMITS.depth}`, async () => {
    const deep = graphql(
      `query TooDeep { trusts(first: 1) { nodes { schools(first: 1) { nodes { trust { schools(first: 1) { nodes { name } } } } } } } }`,
    );
    const errors = (await app.execute(deep)).expectErrors();
    expect(errors[0]?.message).toMatch(/Query depth limit of 6 exceeded/);
    expect(codesOf(errors)).toEqual(["QUERY_TOO_COMPLEX"]);
  });

  it(`refuses operations of more than ${LIMITS.tokens} tokens`, async () => {
    const fields = Array.from({ length: LIMITS.tokens }, () => "__typename").join(" ");
    const errors = (await app.executeRaw(`{ ${fields} }`)).expectErrors();
    expect(errors[0]?.message).toMatch(/Token limit of 1000 exceeded/);
    expect(codesOf(errors)).toEqual(["QUERY_TOO_COMPLEX"]);
  });

  it("gives unknown fields and unparseable text a code too", async () => {
    expect(codesOf((await app.executeRaw(`{ nope }`)).expectErrors())).toEqual([
      "GRAPHQL_VALIDATION_FAILED",
    ]);
    expect(codesOf((await app.executeRaw(`{ trusts(`)).expectErrors())).toEqual([
      "GRAPHQL_PARSE_FAILED",
    ]);
  });
});

describe("request bodies", () => {
  const post = (body: string, headers: Record<string, string>) =>
    app.yoga.fetch(
      "http://test/graphql",
      { method: "POST", headers: { "content-type": "application/json", ...headers }, body },
      serverContextFrom(),
    );

  it(`refuses a body over ${LIMITS.bodyBytes / 1024} KB before reading it`, async () => {
    const padding = "x".repeat(LIMITS.bodyBytes);
    const body = JSON.stringify({ query: "{ __typename }", variables: { padding } });
    const response = await post(body, { "content-length": String(body.length) });
    expect(response.status).toBe(413);
    const json = (await response.json()) as GraphQLResponse<unknown>;
    expect(json.errors?.[0]?.extensions?.code).toBe("PAYLOAD_TOO_LARGE");
  });

  it("refuses a body arriving over HTTP without a declared length", async () => {
    // A streamed body has no length known in advance (Transfer-Encoding: chunked).
    const bytes = new TextEncoder().encode(JSON.stringify({ query: "{ __typename }" }));
    const body = new ReadableStream({
      start(controller) {
        controller.enqueue(bytes);
        controller.close();
      },
    });
    const response = await app.yoga.fetch(
      "http://test/graphql",
      {
        method: "POST",
        headers: { "content-type": "application/json" },
        body,
        duplex: "half",
      } as RequestInit,
      serverContextFrom(),
    );
    expect(response.status).toBe(411);
  });

  it("accepts an ordinary operation", async () => {
    const body = JSON.stringify({ query: "{ __typename }" });
    const response = await post(body, { "content-length": String(body.length) });
    expect(await response.json()).toEqual({ data: { __typename: "Query" } });
  });
});

describe("the execution deadline", () => {
  it("lets go of each operation when it ends, not when its deadline would have passed", async () => {
    // A deadline timer left running keeps the operation's abort signal and the executor's
    // listeners on it (and through them its results) in memory for the whole deadline: at a
    // few thousand requests a second the API's memory grew by hundreds of megabytes.
    setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc") as () => void;
    const heapAfterGc = () => {
      gc();
      gc();
      return process.memoryUsage().heapUsed;
    };
    for (let i = 0; i < 200; i++) await app.executeRaw("{ __typename }");
    const before = heapAfterGc();
    for (let i = 0; i < 3000; i++) await app.executeRaw("{ __typename }");
    const grown = heapAfterGc() - before;
    expect(grown / 1024 / 1024).toBeLessThan(4);
  });
});
