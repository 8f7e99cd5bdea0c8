import { randomUUID } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { tables } from "@atlas/db";
import { createTestDb, type TestDatabase } from "@atlas/db/testing";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print } from "graphql";
import { Redis } from "ioredis";
import { pino } from "pino";
import { expect } from "vitest";
import {
  hashSessionToken,
  newSessionToken,
  SESSION_TTL_MS,
  sessionCookieName,
} from "../../src/modules/accounts/session-token.ts";
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

/** Who sends a request: their session cookie, and where the connection comes from. */
export interface Sender {
  cookie?: string;
  /** The connection's own address (loopback, our trusted proxy, unless told). */
  peer?: string;
  /** What the request says in X-Forwarded-For. */
  forwardedFor?: string;
}

export interface TestApp {
  yoga: App;
  database: TestDatabase;
  /** Runs a typed document (written with `graphql()` from ./gql), its result and variables typed. */
  execute<TResult, TVariables>(
    document: TypedDocumentNode<TResult, TVariables>,
    variables?: TVariables,
    as?: Sender,
  ): Promise<Result<TResult>>;
  /**
   * Sends operation text as it is, its data untyped: only for operations a typed document
   * cannot be, those deliberately malformed, unknown to the schema or built at run time.
   */
  executeRaw(
    text: string,
    variables?: Record<string, unknown>,
    as?: Sender,
  ): Promise<Result<Record<string, unknown>>>;
  /**
   * A session cookie for a person, made as signing in would make it but without the password
   * check (slow by design), for tests about what a signed-in person may do.
   */
  sessionFor(userId: string): Promise<Sender>;
  close(): Promise<void>;
}

/** What Node's http server would hand the API: the connection's address. */
export function serverContextFrom(peer = "127.0.0.1") {
  return { req: { socket: { remoteAddress: peer } } as IncomingMessage };
}

/** Posts a GraphQL request to the app in process, as `as` would send it. */
export function send(yoga: App, body: unknown, as: Sender = {}): Promise<Response> {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (as.cookie) headers.cookie = as.cookie;
  if (as.forwardedFor) headers["x-forwarded-for"] = as.forwardedFor;
  const json = JSON.stringify(body);
  headers["content-length"] = String(Buffer.byteLength(json));
  return Promise.resolve(
    yoga.fetch(
      "http://test/graphql",
      { method: "POST", headers, body: json },
      serverContextFrom(as.peer),
    ),
  );
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
    execute: ((document: TypedDocumentNode, variables?: unknown, as?: Sender) =>
      run(yoga, print(document), variables, as)) as TestApp["execute"],
    executeRaw: (text, variables, as) => run(yoga, text, variables, as),
    sessionFor: async (userId) => {
      const token = newSessionToken();
      await database.db.insert(tables.sessions).values({
        tokenHash: hashSessionToken(token),
        userId,
        expiresAt: new Date(Date.now() + SESSION_TTL_MS),
      });
      return { cookie: `${sessionCookieName(false)}=${token}` };
    },
    close: async () => {
      redis?.disconnect();
      await database.close();
    },
  };
}

/** Posts the operation and reads the answer, for `execute` and `executeRaw`. */
async function run<T>(
  yoga: App,
  query: string,
  variables: unknown,
  as?: Sender,
): Promise<Result<T>> {
  const response = await send(yoga, { query, variables }, as);
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
}

/** The member of a union the answer should be, by its __typename, failing the test otherwise. */
export function expectTypename<
  T extends { __typename?: string },
  N extends NonNullable<T["__typename"]>,
>(value: T | null | undefined, typename: N): Extract<T, { __typename?: N }> {
  expect(value?.__typename).toBe(typename);
  return value as Extract<T, { __typename?: N }>;
}
