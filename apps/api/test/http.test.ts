import { once } from "node:events";
import type { AddressInfo } from "node:net";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMetrics } from "../src/http/metrics.ts";
import { serveMetrics } from "../src/http/metrics-server.ts";
import { createApp } from "../src/yoga.ts";
import { graphql } from "./gql/index.ts";
import { createTestApp, send, type TestApp } from "./support/testkit.ts";

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app?.close());

describe("health", () => {
  it("answers /healthz and /readyz", async () => {
    expect((await app.yoga.fetch("http://test/healthz")).status).toBe(200);
    const ready = await app.yoga.fetch("http://test/readyz");
    expect(ready.status).toBe(200);
    expect(await ready.text()).toBe("ready");
  });
});

describe("metrics", () => {
  it("are served on their own port, with no label a client chooses, and not on the API's", async () => {
    const metrics = createMetrics();
    const yoga = createApp({ database: app.database, logger: pino({ level: "silent" }), metrics });
    await send(yoga, { query: "query ChosenByTheClient { __typename }" });
    const server = serveMetrics(metrics.registry, 0, "127.0.0.1");
    try {
      await once(server, "listening");
      const { port } = server.address() as AddressInfo;
      const response = await fetch(`http://127.0.0.1:${port}/metrics`);
      expect(response.status).toBe(200);
      const text = await response.text();
      expect(text).toMatch(/graphql_yoga_http_duration_count\{[^}]*statusCode="200"[^}]*\} [1-9]/);
      expect(text).toMatch(/graphql_envelop_phase_execute_count\{[^}]*\} [1-9]/);
      expect(text).toMatch(/process_resident_memory_bytes/);
      expect(text).not.toMatch(/ChosenByTheClient|operationName|url=/);
      expect((await fetch(`http://127.0.0.1:${port}/other`)).status).toBe(404);
    } finally {
      server.close();
    }
    expect((await yoga.fetch("http://test/metrics")).status).toBe(404);
  });
});

describe("protection", () => {
  it("refuses a simple GET without the CSRF header and accepts it with one", async () => {
    const url = `http://test/graphql?query=${encodeURIComponent("{ viewer { id } }")}`;
    expect((await app.yoga.fetch(url)).status).toBe(403);
    const allowed = await app.yoga.fetch(url, { headers: { "x-graphql-yoga-csrf": "1" } });
    expect(allowed.status).toBe(200);
  });

  it("refuses queries nested too deep", async () => {
    const deep = graphql(
      `query FarTooDeep { trusts(first: 1) { nodes { schools(first: 1) { nodes { trust { schools(first: 1) { nodes { trust { schools(first: 1) { nodes { name } } } } } } } } } } }`,
    );
    const errors = (await app.execute(deep)).expectErrors();
    expect(errors[0]?.message).toMatch(/depth/i);
  });

  it("refuses too many aliases", async () => {
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: viewer { id }`).join(" ");
    const errors = (await app.executeRaw(`{ ${aliases} }`)).expectErrors();
    expect(errors[0]?.message).toMatch(/aliases/i);
  });

  it("ignores a mangled session cookie instead of failing", async () => {
    const result = await app.execute(
      graphql(`query ViewerId { viewer { id } }`),
      {},
      { cookie: "atlas_session=%E0%A4%A" },
    );
    expect(result.expectNoErrors()).toEqual({ viewer: null });
  });

  it("lets no other origin read answers with the person's cookie", async () => {
    const response = await app.yoga.fetch("http://test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", origin: "https://evil.example" },
      body: JSON.stringify({ query: "{ viewer { id } }" }),
    });
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
    expect(response.headers.get("access-control-allow-credentials")).toBeNull();
  });

  it("counts a connection without a page size as a default page", async () => {
    const fields =
      "name urn phase pupils region establishmentType religiousCharacter diocese capacity postcode status ukprn";
    const unsized = `{ trusts(first: 100) { nodes { schools { nodes { ${fields} } } } } }`;
    expect((await app.executeRaw(unsized)).expectErrors()[0]?.extensions?.code).toBe(
      "QUERY_TOO_COMPLEX",
    );
    const small = `{ trusts(first: 100) { nodes { schools(first: 5) { nodes { ${fields} } } } } }`;
    expect((await app.executeRaw(small)).expectNoErrors()).toBeTruthy();
  });

  it("has no nodes(ids:) field to fetch unbounded lists in one request", async () => {
    const errors = (await app.executeRaw(`{ nodes(ids: ["a"]) { id } }`)).expectErrors();
    expect(errors[0]?.message).toMatch(/Cannot query field "nodes"/);
  });

  it("refuses queries that would cost too much, saying why", async () => {
    const costly = graphql(
      `query TooCostly { trusts(first: 100) { nodes { schools(first: 100) { nodes { name urn phase pupils region } } } } }`,
    );
    const errors = (await app.execute(costly)).expectErrors();
    expect(errors[0]?.extensions?.code).toBe("QUERY_TOO_COMPLEX");
  });

  it("answers /readyz with 503 when the database is gone", async () => {
    const { createTestDb } = await import("@atlas/db/testing");
    const broken = await createTestDb();
    const yoga = createApp({ database: broken, logger: pino({ level: "silent" }) });
    await broken.close();
    expect((await yoga.fetch("http://test/readyz")).status).toBe(503);
  });

  it("tags every response with a request id, keeping a sane one it was given", async () => {
    const given = await app.yoga.fetch("http://test/healthz", {
      headers: { "x-request-id": "abc-123" },
    });
    expect(given.headers.get("x-request-id")).toBe("abc-123");
    const made = await app.yoga.fetch("http://test/healthz", {
      headers: { "x-request-id": "bad id!" },
    });
    expect(made.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });
});
