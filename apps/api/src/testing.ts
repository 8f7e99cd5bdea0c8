import { type DemoData, generateDemoData, seedDemoData } from "@atlas/data";
import { createTestDb, type TestDatabase } from "@atlas/db/testing";
import { pino } from "pino";
import { createApp } from "./yoga.ts";

export interface TestApi {
  /** Where the API pretends to live; requests to any URL reach it. */
  url: string;
  /** A `fetch` answered in process by the real API (no network, no port). */
  fetch: typeof fetch;
  database: TestDatabase;
  /** The demo data set loaded into the database, when asked for. */
  demo: DemoData | null;
  close(): Promise<void>;
}

/**
 * The real API on a fresh database, for the apps' tests: hand its `fetch` to the code under test
 * in place of the network. Apps import this test entry only from tests, never from app code.
 */
export async function createTestApi(options: { demoData?: boolean } = {}): Promise<TestApi> {
  const database = await createTestDb();
  const demo = options.demoData ? generateDemoData() : null;
  if (demo) await seedDemoData(database.db, demo);
  const yoga = createApp({ database, logger: pino({ level: "silent" }) });
  const fetchInProcess = (input: RequestInfo | URL, init?: RequestInit) =>
    Promise.resolve(yoga.fetch(new Request(input, init)));
  return {
    url: "http://api.test/graphql",
    fetch: fetchInProcess as typeof fetch,
    database,
    demo,
    close: () => database.close(),
  };
}
