import { tables } from "@atlas/db";
import { createTestDb, type TestDatabase } from "@atlas/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type DemoData,
  generateDemoData,
  isDatabaseEmpty,
  loadDemoDataIfEmpty,
  seedDemoData,
  seededTables,
} from "../src/index.ts";

const engine = process.env.DATABASE_URL ? "PostgreSQL" : "PGlite";

async function countRows(database: TestDatabase) {
  const counts: Record<string, number> = {};
  for (const name of seededTables) counts[name] = await database.db.$count(tables[name]);
  return counts;
}

function expectedCounts(data: DemoData) {
  return Object.fromEntries(seededTables.map((name) => [name, data[name].length]));
}

describe(`seeding the demo data on ${engine}`, () => {
  let database: TestDatabase;
  const data = generateDemoData();

  beforeAll(async () => {
    database = await createTestDb();
  });
  afterAll(async () => {
    await database?.close();
  });

  it("loads into an empty database once, in batches, reporting progress", async () => {
    expect(await isDatabaseEmpty(database.db)).toBe(true);
    const progress: [number, number, string][] = [];
    const started = performance.now();
    database.resetStatements();
    const loaded = await loadDemoDataIfEmpty(database.db, {
      onProgress: (done, total, label) => progress.push([done, total, label]),
    });
    const took = performance.now() - started;
    expect(loaded).toBe(true);
    expect(await countRows(database)).toEqual(expectedCounts(data));
    expect(await isDatabaseEmpty(database.db)).toBe(false);
    const total = seededTables.reduce((sum, name) => sum + data[name].length, 0);
    expect(progress.at(-1)).toEqual([total, total, "roleGrants"]);
    // 500 rows per statement: a handful of inserts, not thousands.
    const inserts = database.statements.filter((s) => s.startsWith("insert"));
    expect(inserts.length).toBeLessThan(30);
    console.info(`${engine}: loaded ${total} rows in ${Math.round(took)} ms`);
    expect(took).toBeLessThan(20_000);

    expect(await loadDemoDataIfEmpty(database.db)).toBe(false);
    expect(await countRows(database)).toEqual(expectedCounts(data));
  });

  it("stores rows the relational queries read back", async () => {
    const first = await database.db.query.trusts.findFirst({
      where: { id: data.demo.trustAdminTrust.id },
      with: { schools: true, adminGrants: true },
    });
    expect(first?.name).toBe(data.demo.trustAdminTrust.name);
    expect(first?.schools).toHaveLength(9);
    expect(first?.adminGrants).toHaveLength(1);
    const current = data.memberships.filter((m) => !m.leftOn).length;
    expect(await database.db.$count(tables.currentMemberships)).toBe(current);
  });

  it("writes nothing when a load fails half way", async () => {
    await expect(seedDemoData(database.db, data)).rejects.toThrow();
    expect(await countRows(database)).toEqual(expectedCounts(data));
  });

  it("replaces everything with force, in one transaction", async () => {
    const other = generateDemoData({ seed: 11 });
    await seedDemoData(database.db, other, { force: true });
    expect(await countRows(database)).toEqual(expectedCounts(other));
    const [trust] = await database.db.select().from(tables.trusts).limit(1);
    expect(other.trusts.some((t) => t.id === trust?.id)).toBe(true);
  });
});
