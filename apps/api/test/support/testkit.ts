import { randomUUID } from "node:crypto";
import { createTestDb, type TestDatabase } from "@atlas/db/testing";
import { Redis } from "ioredis";
import { pino } from "pino";
import { expect } from "vitest";
import { type App, createApp } from "../../src/yoga.ts";

export interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
}

export interface Result<T> {
  status: number;
  body: GraphQLResponse<T>;
  headers: Headers;
  /** The data, failing the test (with the operation and body) when there are errors. */
  expectNoErrors(): T;
  /** The errors, failing the test when there are none. */
  expectErrors(): NonNullable<GraphQLResponse<T>["errors"]>;
}

export interface TestApp {
  yoga: App;
  database: TestDatabase;
  execute<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    as?: { cookie?: string },
  ): Promise<Result<T>>;
  close(): Promise<void>;
}

/** The API on a fresh database, called in process through `yoga.fetch`. */
export async function createTestApp(): Promise<TestApp> {
  const database = await createTestDb();
  // With REDIS_URL (CI), rate limits live in Redis as in production, under a prefix of this run.
  const redis = process.env.REDIS_URL
    ? new Redis(process.env.REDIS_URL, { keyPrefix: `atlas-test:${randomUUID()}:` })
    : undefined;
  const yoga = createApp({ database, logger: pino({ level: "silent" }), redis });
  return {
    yoga,
    database,
    async execute<T>(query: string, variables?: Record<string, unknown>, as?: { cookie?: string }) {
      const headers: Record<string, string> = { "content-type": "application/json" };
      if (as?.cookie) headers.cookie = as.cookie;
      const response = await yoga.fetch("http://test/graphql", {
        method: "POST",
        headers,
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as GraphQLResponse<T>;
      const describe = () =>
        `Operation:\n${query}\nVariables: ${JSON.stringify(variables)}\nResponse ${response.status}: ${JSON.stringify(body, null, 2)}`;
      return {
        status: response.status,
        body,
        headers: response.headers,
        expectNoErrors() {
          expect(body.errors, describe()).toBeUndefined();
          expect(body.data, describe()).toBeTruthy();
          return body.data as T;
        },
        expectErrors() {
          expect(body.errors, describe()).toBeDefined();
          return body.errors ?? [];
        },
      };
    },
    close: async () => {
      redis?.disconnect();
      await database.close();
    },
  };
}
