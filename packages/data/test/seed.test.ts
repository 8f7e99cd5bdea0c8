import { executeRows, tables } from "@atlas/db";
import { createTestDb, type TestDatabase, violatedConstraint } from "@atlas/db/testing";
import { addMonths } from "@atlas/domain";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type DemoData,
  demoAnchor,
  demoTodayAt,
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

/**
 * The data set with its very last membership ending before it began, which the database's
 * `memberships_dates_check` refuses: the sector bodies, trusts, schools and every earlier batch
 * of memberships go in before it fails.
 */
function brokenLate(data: DemoData): DemoData {
  const last = data.memberships.length - 1;
  return {
    ...data,
    memberships: data.memberships.map((m, i) =>
      i === last ? { ...m, joinedOn: "2020-09-01", leftOn: "2020-08-31" } : m,
    ),
  };
}

/** Runs a load expected to fail, returning the error and the last progress it reported. */
async function failingLoad(
  load: (onProgress: (done: number, total: number, label: string) => void) => Promise<unknown>,
) {
  let progress: [number, number, string] | undefined;
  const error = await load((done, total, label) => {
    progress = [done, total, label];
  }).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  return { error, progress };
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

  it("leaves the database empty when a load fails half way on a row a constraint refuses", async () => {
    const { error, progress } = await failingLoad((onProgress) =>
      seedDemoData(database.db, brokenLate(data), { onProgress }),
    );
    expect(violatedConstraint(error)).toEqual({
      code: "23514",
      constraint: "memberships_dates_check",
    });
    // It really failed late: all but the last batch of memberships had gone in by then.
    const [done = 0, total = 0, label] = progress ?? [];
    expect(label).toBe("memberships");
    expect(done).toBeGreaterThan(total / 2);

    // One transaction: not a row of it is left, in any table.
    expect(await countRows(database)).toEqual(Object.fromEntries(seededTables.map((n) => [n, 0])));
    expect(await database.db.$count(tables.sessions)).toBe(0);
    expect(await isDatabaseEmpty(database.db)).toBe(true);
  });

  it("loads into an empty database once, in batches, reporting progress", async () => {
    expect(await isDatabaseEmpty(database.db)).toBe(true);
    const progress: [number, number, string][] = [];
    const started = performance.now();
    database.resetStatements();
    // The anchor's today, so what is loaded is `data`, row for row.
    const loaded = await loadDemoDataIfEmpty(database.db, {
      today: demoAnchor,
      onProgress: (done, total, label) => progress.push([done, total, label]),
    });
    const took = performance.now() - started;
    expect(loaded).toBe(true);
    expect(await countRows(database)).toEqual(expectedCounts(data));
    expect(await isDatabaseEmpty(database.db)).toBe(false);
    const total = seededTables.reduce((sum, name) => sum + data[name].length, 0);
    expect(progress.at(-1)).toEqual([total, total, "partnershipEvents"]);
    expect(data.trustDocumentDrafts.length).toBeGreaterThan(400);
    expect(data.trustDocumentVersions.length).toBeGreaterThan(700);
    // 500 rows per statement: a handful of inserts per table (16 tables), not thousands.
    const inserts = database.statements.filter((s) => s.startsWith("insert"));
    expect(inserts.length).toBeLessThan(35);
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

  it("dates a set loaded with no today given for this week, its newest step just before it", async () => {
    const fresh = await createTestDb();
    try {
      expect(await loadDemoDataIfEmpty(fresh.db)).toBe(true);
      const monday = demoTodayAt(new Date());
      const [row] = await executeRows(
        fresh.db,
        sql`select max(at) as newest, min(at) as oldest from partnership_events`,
      );
      const day = (at: unknown) => new Date(String(at)).toISOString().slice(0, 10);
      expect(day(row?.newest) < monday).toBe(true);
      expect(day(row?.newest) >= addMonths(monday, -1)).toBe(true);
      expect(day(row?.oldest) < addMonths(monday, -12)).toBe(true);
    } finally {
      await fresh.close();
    }
  });

  it("stores the demo trust's documents as the API reads them, written by its administrator", async () => {
    const trust = await database.db.query.trusts.findFirst({
      where: { id: data.demo.trustAdminTrust.id },
      with: {
        profileDraft: { with: { savedByUser: true } },
        schemeOfDelegationDraft: true,
        liveProfileVersions: { orderBy: { number: "desc" }, with: { publishedByUser: true } },
        liveSchemeOfDelegationVersions: { orderBy: { number: "desc" } },
      },
    });
    const expected = (kind: "PROFILE" | "SCHEME_OF_DELEGATION") =>
      data.trustDocumentVersions.filter(
        (v) => v.trustId === data.demo.trustAdminTrust.id && v.kind === kind,
      );
    const [newestProfile] = trust?.liveProfileVersions ?? [];
    const [newestScheme] = trust?.liveSchemeOfDelegationVersions ?? [];
    expect(trust?.liveProfileVersions).toHaveLength(expected("PROFILE").length);
    expect(trust?.liveSchemeOfDelegationVersions).toHaveLength(
      expected("SCHEME_OF_DELEGATION").length,
    );
    expect(newestProfile?.content).toEqual(expected("PROFILE").at(-1)?.content);
    expect(newestProfile?.publishedAt).toEqual(expected("PROFILE").at(-1)?.publishedAt);
    expect(newestProfile?.publishedByUser?.email).toBe("trust-admin@demo.trustatlas.test");
    expect(trust?.profileDraft?.savedByUser?.email).toBe("trust-admin@demo.trustatlas.test");
    // The drafts are what was published last, so the first edit is the only change.
    expect(trust?.profileDraft?.content).toEqual(newestProfile?.content);
    expect(trust?.profileDraft?.version).toBe(newestProfile?.draftVersion);
    expect(trust?.schemeOfDelegationDraft?.content).toEqual(newestScheme?.content);
    expect(newestScheme?.content).toEqual(expected("SCHEME_OF_DELEGATION").at(-1)?.content);
  });

  it("stores the partnerships with their histories, which only grow", async () => {
    const stored = await database.db.query.partnerships.findMany({
      where: { trustId: data.demo.trustAdminTrust.id },
      with: { events: { orderBy: { sequence: "asc" } }, school: true },
    });
    const expected = data.partnerships.filter((p) => p.trustId === data.demo.trustAdminTrust.id);
    expect(stored).toHaveLength(expected.length);
    for (const p of stored) {
      expect(p.events).toHaveLength(p.version);
      expect(p.events[0]?.action).toBe("REQUEST");
      expect(p.events.at(-1)?.toState).toBe(p.state);
    }
    expect(new Set(stored.map((p) => p.state))).toContain("REQUESTED");
    const [first] = stored[0]?.events ?? [];
    const refused = await database.db
      .update(tables.partnershipEvents)
      .set({ reason: "changed" })
      .where(eq(tables.partnershipEvents.id, first?.id ?? ""))
      .then(
        () => undefined,
        (caught: unknown) => caught,
      );
    expect(violatedConstraint(refused)?.constraint).toBe("partnership_events_append_only");
  });

  it("keeps the data that was there when a forced reload fails half way", async () => {
    const { error, progress } = await failingLoad((onProgress) =>
      seedDemoData(database.db, brokenLate(generateDemoData({ seed: 7 })), {
        force: true,
        onProgress,
      }),
    );
    expect(violatedConstraint(error)?.constraint).toBe("memberships_dates_check");
    expect(progress?.[2]).toBe("memberships");
    // The emptying and the new rows went back together: the first data set is whole.
    expect(await countRows(database)).toEqual(expectedCounts(data));
    const demoTrust = await database.db.query.trusts.findFirst({
      where: { id: data.demo.trustAdminTrust.id },
    });
    expect(demoTrust?.name).toBe(data.demo.trustAdminTrust.name);
  });

  it("replaces everything with force, in one transaction", async () => {
    const other = generateDemoData({ seed: 11 });
    await seedDemoData(database.db, other, { force: true });
    expect(await countRows(database)).toEqual(expectedCounts(other));
    const [trust] = await database.db.select().from(tables.trusts).limit(1);
    expect(other.trusts.some((t) => t.id === trust?.id)).toBe(true);
  });
});
