import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { and, eq, isNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, tables } from "../src/index.ts";
import {
  createEmptyPostgresDatabase,
  createTestDb,
  schemaSnapshot,
  type TestDatabase,
  violatedConstraint,
} from "../src/testing.ts";

const serverUrl = process.env.DATABASE_URL;

/** The committed migrations, one folder each. */
const migrationNames = readdirSync(fileURLToPath(new URL("../drizzle", import.meta.url)), {
  withFileTypes: true,
})
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

/** Expects `write` to be refused by PostgreSQL with this SQLSTATE, naming this constraint. */
async function expectRefusedBy(write: PromiseLike<unknown>, code: string, constraint: string) {
  const error = await Promise.resolve(write).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error, `expected ${constraint} to refuse the write`).toBeInstanceOf(Error);
  expect(violatedConstraint(error)).toEqual({ code, constraint });
}

const schoolRow = (urn: number, name: string) =>
  ({
    urn,
    name,
    laCode: 202,
    laName: "Camden",
    region: "LONDON",
    phase: "PRIMARY",
    establishmentType: "ACADEMY_CONVERTER",
  }) as const;

describe(`migrations on ${serverUrl ? "PostgreSQL" : "PGlite"}`, () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDb();
  });
  afterAll(async () => {
    await database?.close();
  });

  it("apply every committed migration once, and a second run changes nothing in the schema", async () => {
    const before = await schemaSnapshot(database.db);
    expect(before.migrations.map((m) => m.name)).toEqual(migrationNames);
    const tableNames = new Set(before.columns.map((c) => c.table_name));
    for (const table of [
      "trusts",
      "schools",
      "memberships",
      "users",
      "sessions",
      "role_grants",
      "sector_bodies",
      "current_memberships",
    ]) {
      expect(tableNames, table).toContain(table);
    }
    expect(before.indexes.map((i) => i.indexname)).toContain("memberships_one_current_per_school");
    expect(before.constraints.map((c) => c.conname)).toContain("memberships_dates_check");

    await database.migrate();
    expect(await schemaSnapshot(database.db)).toEqual(before);
  });

  // PGlite is one connection inside one process: two instances cannot share its database.
  it.skipIf(!serverUrl)(
    "lets two instances migrate one fresh database at once: both succeed, one set applies",
    async () => {
      const empty = await createEmptyPostgresDatabase(serverUrl ?? "");
      const first = await createDb({ databaseUrl: empty.url, maxConnections: 2 });
      const second = await createDb({ databaseUrl: empty.url, maxConnections: 2 });
      try {
        const results = await Promise.allSettled([first.migrate(), second.migrate()]);
        expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled"]);
        const migrated = await schemaSnapshot(first.db);
        expect(migrated.migrations.map((m) => m.name)).toEqual(migrationNames);
        // The same schema as a database migrated alone.
        expect(migrated).toEqual(await schemaSnapshot(database.db));
      } finally {
        await first.close();
        await second.close();
        await empty.drop();
      }
    },
  );

  it("keeps at most one current membership per school", async () => {
    const { db } = database;
    const [trustA, trustB] = await db
      .insert(tables.trusts)
      .values([
        { groupUid: 1, name: "Alpha Trust", type: "MULTI_ACADEMY_TRUST" },
        { groupUid: 2, name: "Beta Trust", type: "MULTI_ACADEMY_TRUST" },
      ])
      .returning();
    const [school] = await db
      .insert(tables.schools)
      .values(schoolRow(100001, "Oak Primary"))
      .returning();
    if (!trustA || !trustB || !school) throw new Error("insert returned nothing");
    await db
      .insert(tables.memberships)
      .values({ schoolId: school.id, trustId: trustA.id, joinedOn: "2019-09-01" });
    await expectRefusedBy(
      db
        .insert(tables.memberships)
        .values({ schoolId: school.id, trustId: trustB.id, joinedOn: "2021-09-01" }),
      "23505",
      "memberships_one_current_per_school",
    );
    // Leaving first keeps the history and lets the school join another trust.
    await db.update(tables.memberships).set({ leftOn: "2021-08-31" });
    await db
      .insert(tables.memberships)
      .values({ schoolId: school.id, trustId: trustB.id, joinedOn: "2021-09-01" });
    const found = await db.query.trusts.findFirst({
      where: { id: trustB.id },
      with: { schools: true },
    });
    expect(found?.schools.map((s) => s.urn)).toEqual([100001]);
    const history = await db.query.schools.findFirst({
      where: { id: school.id },
      with: { memberships: true, trust: true },
    });
    expect(history?.memberships).toHaveLength(2);
    expect(history?.trust?.name).toBe("Beta Trust");
  });

  it("keeps each trust's school count as memberships come, move, end and go", async () => {
    const { db } = database;
    const [north, south] = await db
      .insert(tables.trusts)
      .values([
        { groupUid: 31, name: "North Counting Trust", type: "MULTI_ACADEMY_TRUST" },
        { groupUid: 32, name: "South Counting Trust", type: "MULTI_ACADEMY_TRUST" },
      ])
      .returning();
    const schools = await db
      .insert(tables.schools)
      .values([1, 2, 3, 4].map((n) => schoolRow(140000 + n, `Counting School ${n}`)))
      .returning();
    if (!north || !south || schools.length !== 4) throw new Error("insert returned nothing");
    const counts = async () => {
      const rows = await db.query.trusts.findMany({
        where: { id: { in: [north.id, south.id] } },
        columns: { name: true, schoolCount: true },
        orderBy: { name: "asc" },
      });
      return rows.map((t) => t.schoolCount);
    };
    // One statement of several rows, one already ended: only today's count.
    await db.insert(tables.memberships).values([
      ...schools
        .slice(0, 3)
        .map((s) => ({ schoolId: s.id, trustId: north.id, joinedOn: "2018-09-01" })),
      {
        schoolId: schools[3]?.id ?? "",
        trustId: north.id,
        joinedOn: "2017-09-01",
        leftOn: "2018-08-31",
      },
    ]);
    expect(await counts()).toEqual([3, 0]);
    // A school moving: it leaves one trust and joins the other.
    const moving = schools[0]?.id ?? "";
    await db
      .update(tables.memberships)
      .set({ leftOn: "2022-08-31" })
      .where(and(eq(tables.memberships.schoolId, moving), isNull(tables.memberships.leftOn)));
    await db
      .insert(tables.memberships)
      .values({ schoolId: moving, trustId: south.id, joinedOn: "2022-09-01" });
    expect(await counts()).toEqual([2, 1]);
    // A row rewritten to another trust counts there; a deleted current row counts nowhere.
    await db
      .update(tables.memberships)
      .set({ trustId: south.id })
      .where(eq(tables.memberships.schoolId, schools[1]?.id ?? ""));
    expect(await counts()).toEqual([1, 2]);
    await db
      .delete(tables.memberships)
      .where(eq(tables.memberships.schoolId, schools[2]?.id ?? ""));
    expect(await counts()).toEqual([0, 2]);
  });

  it("keeps what each trust's schools are, for search, as the register changes a school", async () => {
    const { db } = database;
    const [trust] = await db
      .insert(tables.trusts)
      .values({ groupUid: 41, name: "Facet Trust", type: "MULTI_ACADEMY_TRUST" })
      .returning();
    const [school] = await db
      .insert(tables.schools)
      .values({ ...schoolRow(150001, "Facet Primary"), religiousCharacter: "CHURCH_OF_ENGLAND" })
      .returning();
    if (!trust || !school) throw new Error("insert returned nothing");
    const facets = async () =>
      (await db.query.trusts.findFirst({ where: { id: trust.id } }))?.schoolFacets ?? [];
    expect(await facets()).toEqual([]);
    await db
      .insert(tables.memberships)
      .values({ schoolId: school.id, trustId: trust.id, joinedOn: "2019-09-01" });
    expect(await facets()).toEqual([
      "c:CHURCH_OF_ENGLAND",
      "p:PRIMARY",
      "pc:PRIMARY/CHURCH_OF_ENGLAND",
      "r:LONDON",
      "rc:LONDON/CHURCH_OF_ENGLAND",
      "rp:LONDON/PRIMARY",
      "rpc:LONDON/PRIMARY/CHURCH_OF_ENGLAND",
    ]);
    // A new month of the register says the school is now all-through.
    await db
      .update(tables.schools)
      .set({ phase: "ALL_THROUGH" })
      .where(eq(tables.schools.id, school.id));
    expect(await facets()).toContain("rp:LONDON/ALL_THROUGH");
    expect(await facets()).not.toContain("rp:LONDON/PRIMARY");
    // Leaving the trust leaves it offering nothing.
    await db
      .update(tables.memberships)
      .set({ leftOn: "2024-08-31" })
      .where(eq(tables.memberships.schoolId, school.id));
    expect(await facets()).toEqual([]);
  });

  it("refuses a membership that ends before it starts", async () => {
    const [trust] = await database.db.select().from(tables.trusts).limit(1);
    const [school] = await database.db
      .insert(tables.schools)
      .values(schoolRow(100002, "Ash Primary"))
      .returning();
    if (!trust || !school) throw new Error("setup failed");
    await expectRefusedBy(
      database.db.insert(tables.memberships).values({
        schoolId: school.id,
        trustId: trust.id,
        joinedOn: "2022-01-01",
        leftOn: "2021-01-01",
      }),
      "23514",
      "memberships_dates_check",
    );
  });

  it("refuses rows the register cannot hold, naming the rule each breaks", async () => {
    const { db } = database;
    await expectRefusedBy(
      db.insert(tables.schools).values(schoolRow(99_999, "Too Short URN")),
      "23514",
      "schools_urn_check",
    );
    await expectRefusedBy(
      db.insert(tables.schools).values({ ...schoolRow(100_003, "Elm Primary"), pupils: -1 }),
      "23514",
      "schools_pupils_check",
    );
    await expectRefusedBy(
      db.insert(tables.users).values({ email: "Tia@Example.org", name: "Tia", passwordHash: "x" }),
      "23514",
      "users_email_lowercase_check",
    );
    const [user] = await db
      .insert(tables.users)
      .values({ email: "tia@example.org", name: "Tia", passwordHash: "x" })
      .returning();
    const [trust] = await db.select().from(tables.trusts).limit(1);
    if (!user || !trust) throw new Error("setup failed");
    await expectRefusedBy(
      db
        .insert(tables.users)
        .values({ email: "tia@example.org", name: "Tia 2", passwordHash: "x" }),
      "23505",
      "users_email_key",
    );
    // A trust administrator's grant must name a trust.
    await expectRefusedBy(
      db.insert(tables.roleGrants).values({ userId: user.id, role: "TRUST_ADMIN" }),
      "23514",
      "role_grants_organisation_check",
    );
    await db
      .insert(tables.roleGrants)
      .values({ userId: user.id, role: "TRUST_ADMIN", trustId: trust.id });
    await expectRefusedBy(
      db
        .insert(tables.roleGrants)
        .values({ userId: user.id, role: "TRUST_ADMIN", trustId: trust.id }),
      "23505",
      "role_grants_unique_grant",
    );
  });
});
