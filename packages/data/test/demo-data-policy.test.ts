import { tables } from "@atlas/db";
import { createTestDb, type TestDatabase } from "@atlas/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isDatabaseEmpty, loadDemoDataOnStart, readEnv, shouldLoadDemoData } from "../src/index.ts";

const serverUrl = "postgres://atlas@db.internal:5432/atlas";

describe("whether the demo data loads on start", () => {
  it.each([
    { case: "PGlite on a laptop", env: {}, loads: true },
    { case: "PGlite in test", env: { NODE_ENV: "test" }, loads: true },
    { case: "PGlite in production", env: { NODE_ENV: "production" }, loads: false },
    { case: "a PostgreSQL server", env: { DATABASE_URL: serverUrl }, loads: false },
    {
      case: "a PostgreSQL server in development",
      env: { DATABASE_URL: serverUrl, NODE_ENV: "development" },
      loads: false,
    },
    {
      case: "a PostgreSQL server, asked for",
      env: { DATABASE_URL: serverUrl, SEED_DEMO_DATA: true },
      loads: true,
    },
    {
      case: "production, asked for",
      env: { DATABASE_URL: serverUrl, NODE_ENV: "production", SEED_DEMO_DATA: true },
      loads: true,
    },
    { case: "PGlite, refused", env: { SEED_DEMO_DATA: false }, loads: false },
  ])("$case: $loads", ({ env, loads }) => {
    expect(shouldLoadDemoData(env)).toBe(loads);
  });
});

describe("the data CLI's environment", () => {
  it("takes PostgreSQL URLs and treats empty values as unset", () => {
    expect(readEnv({ DATABASE_URL: serverUrl }).databaseUrl).toBe(serverUrl);
    expect(readEnv({ DATABASE_URL: "postgresql://localhost/atlas" }).databaseUrl).toBe(
      "postgresql://localhost/atlas",
    );
    expect(readEnv({ DATABASE_URL: "", SEED_DEMO_DATA: "" }).databaseUrl).toBeUndefined();
  });

  it("refuses what the API would refuse, naming the variable", () => {
    expect(() => readEnv({ DATABASE_URL: "not a url" })).toThrow(/DATABASE_URL/);
    expect(() => readEnv({ DATABASE_URL: "https://example.org/db" })).toThrow(
      /DATABASE_URL: .*postgres/,
    );
    expect(() => readEnv({ SEED_DEMO_DATA: "yes" })).toThrow(/SEED_DEMO_DATA/);
  });

  it("resolves a relative DATA_DIR from where the command was typed", () => {
    expect(readEnv({ DATA_DIR: "tmp/db", INIT_CWD: "/home/me/atlas" }).dataDir).toBe(
      "/home/me/atlas/tmp/db",
    );
    expect(readEnv({ DATA_DIR: "memory://" }).dataDir).toBe("memory://");
  });
});

describe(`the on-start loader on ${process.env.DATABASE_URL ? "PostgreSQL" : "PGlite"}`, () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDb();
  });
  afterAll(async () => {
    await database?.close();
  });

  it("loads the demo data only where asked, judging by the engine it runs on", async () => {
    const unasked = await loadDemoDataOnStart(database, { NODE_ENV: "development" });
    if (database.kind === "postgres") {
      // Not even an env without DATABASE_URL puts demo accounts into a PostgreSQL server.
      expect(unasked).toBe("not-asked");
      expect(await isDatabaseEmpty(database.db)).toBe(true);
      expect(await database.db.$count(tables.users)).toBe(0);
      expect(await loadDemoDataOnStart(database, { SEED_DEMO_DATA: true })).toBe("loaded");
    } else {
      expect(unasked).toBe("loaded");
    }
    expect(await database.db.$count(tables.users)).toBeGreaterThan(0);
    expect(await loadDemoDataOnStart(database, { SEED_DEMO_DATA: true })).toBe("not-empty");
    expect(await loadDemoDataOnStart(database, { SEED_DEMO_DATA: false })).toBe("not-asked");
  });

  it("never loads in production unless asked", async () => {
    expect(await loadDemoDataOnStart(database, { NODE_ENV: "production" })).toBe("not-asked");
  });
});
