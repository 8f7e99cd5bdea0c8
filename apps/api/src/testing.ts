import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { type DemoData, generateDemoData, seedDemoData } from "@atlas/data";
import { tables } from "@atlas/db";
import { createTestDb, type TestDatabase } from "@atlas/db/testing";
import { pino } from "pino";
import { loadTrustedDocuments } from "./http/trusted-documents.ts";
import {
  hashSessionToken,
  newSessionToken,
  SESSION_TTL_MS,
  sessionCookieName,
} from "./modules/accounts/session-token.ts";
import { createApp } from "./yoga.ts";

/** The API listening on a port of its own, for tests of a server in front of it. */
export interface ListeningApi {
  /** e.g. `http://127.0.0.1:40123`; GraphQL is at `${origin}/graphql`. */
  origin: string;
  /** How many connections are open to it now (a closed event stream's is gone). */
  connections(): Promise<number>;
  close(): Promise<void>;
}

export interface TestApi {
  /** Where the API pretends to live; requests to any URL reach it. */
  url: string;
  /** A `fetch` answered in process by the real API (no network, no port). */
  fetch: typeof fetch;
  database: TestDatabase;
  /** The demo data set loaded into the database, when asked for. */
  demo: DemoData | null;
  /** A `Cookie` header value signing in as this user, without a password. */
  sessionFor(userId: string): Promise<string>;
  /** Serves the same API over real HTTP on a free loopback port. */
  listen(): Promise<ListeningApi>;
  close(): Promise<void>;
}

export interface TestApiOptions {
  demoData?: boolean;
  /**
   * As deployed: production rules, running only the operations in these manifests (the apps'
   * `persisted-documents.json`).
   */
  trustedDocuments?: string[];
}

/**
 * The real API on a fresh database, for the apps' tests: hand its `fetch` to the code under test
 * in place of the network. Apps import this test entry only from tests, never from app code.
 */
export async function createTestApi(options: TestApiOptions = {}): Promise<TestApi> {
  const database = await createTestDb();
  const demo = options.demoData ? generateDemoData() : null;
  if (demo) await seedDemoData(database.db, demo);
  const yoga = createApp({
    database,
    logger: pino({ level: "silent" }),
    ...(options.trustedDocuments
      ? { production: true, trustedDocuments: loadTrustedDocuments(options.trustedDocuments) }
      : {}),
  });
  const fetchInProcess = (input: RequestInfo | URL, init?: RequestInit) =>
    Promise.resolve(yoga.fetch(new Request(input, init)));
  return {
    url: "http://api.test/graphql",
    fetch: fetchInProcess as typeof fetch,
    database,
    demo,
    sessionFor: async (userId) => {
      const token = newSessionToken();
      await database.db.insert(tables.sessions).values({
        tokenHash: hashSessionToken(token),
        userId,
        expiresAt: new Date(Date.now() + SESSION_TTL_MS),
      });
      return `${sessionCookieName(false)}=${token}`;
    },
    listen: async () => {
      const server = createServer(yoga);
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      const { port } = server.address() as AddressInfo;
      return {
        origin: `http://127.0.0.1:${port}`,
        connections: () =>
          new Promise((resolve, reject) =>
            server.getConnections((error, count) => (error ? reject(error) : resolve(count))),
          ),
        close: () =>
          new Promise<void>((resolve) => {
            // Open event streams would hold close() open: end them too.
            server.closeAllConnections();
            server.close(() => resolve());
          }),
      };
    },
    close: () => database.close(),
  };
}
