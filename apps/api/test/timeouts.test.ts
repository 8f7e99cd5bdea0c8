import { createTestDb, type TestDatabase } from "@atlas/db/testing";
import { sql } from "drizzle-orm";
import { pino } from "pino";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../src/yoga.ts";
import { send } from "./support/testkit.ts";

// A statement waiting on a lock is the slow operation here: real, and certain to be slow. Only
// PostgreSQL can show it: PGlite runs in this process and has no second connection to lock with.
const serverUrl = process.env.DATABASE_URL;

describe.skipIf(!serverUrl)("slow operations (PostgreSQL)", () => {
  let database: TestDatabase;
  let locker: postgres.Sql;
  let databaseUrl: string;
  beforeAll(async () => {
    database = await createTestDb({ statementTimeoutMs: 1500 });
    // postgres.js answers with the rows themselves.
    const rows = (await database.db.execute(
      sql`select current_database() as db`,
    )) as unknown as Iterable<{ db: string }>;
    const url = new URL(serverUrl ?? "");
    url.pathname = `/${[...rows][0]?.db}`;
    databaseUrl = url.toString();
    locker = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  });
  afterAll(async () => {
    await locker?.end({ timeout: 5 });
    await database?.close();
  });

  /** Holds an exclusive lock on the trusts table until the returned release is called. */
  async function lockTrusts() {
    let release = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    const locked = new Promise<void>((resolve) => {
      void locker.begin(async (tx: postgres.TransactionSql) => {
        await tx`lock table trusts in access exclusive mode`;
        resolve();
        await released;
      });
    });
    await locked;
    return release;
  }

  const TRUSTS = { query: "{ trusts(first: 5) { totalCount nodes { name } } }" };

  it("a statement past statement_timeout ends in a clear TIMEOUT error", async () => {
    const yoga = createApp({ database, logger: pino({ level: "silent" }) });
    const release = await lockTrusts();
    try {
      const started = performance.now();
      const body = (await (await send(yoga, TRUSTS)).json()) as {
        errors: { message: string; extensions: { code: string } }[];
      };
      expect(performance.now() - started).toBeLessThan(3000);
      expect(body.errors[0]?.extensions.code).toBe("TIMEOUT");
      expect(body.errors[0]?.message).toMatch(/took too long/);
    } finally {
      release();
    }
  });

  it("the execution deadline answers first, and /healthz and other requests are not held up", async () => {
    const yoga = createApp({
      database,
      logger: pino({ level: "silent" }),
      executionTimeoutMs: 500,
    });
    // Connections opened before the lock, so the other request below pays no connection set-up.
    await Promise.all([send(yoga, TRUSTS), send(yoga, TRUSTS)]);
    const release = await lockTrusts();
    try {
      const started = performance.now();
      const slow = send(yoga, TRUSTS).then(async (r) => ({
        ms: performance.now() - started,
        body: (await r.json()) as { errors: { extensions: { code: string } }[] },
      }));
      const health = performance.now();
      expect((await yoga.fetch("http://test/healthz")).status).toBe(200);
      expect(performance.now() - health).toBeLessThan(100);
      const other = await send(yoga, { query: "{ schools(first: 1) { totalCount } }" });
      expect(((await other.json()) as { data: unknown }).data).toBeTruthy();

      const answered = await slow;
      expect(answered.body.errors[0]?.extensions.code).toBe("TIMEOUT");
      // Answered by the deadline, well before the database's own timeout would have ended it.
      expect(answered.ms).toBeLessThan(1400);
    } finally {
      release();
    }
  });
});
