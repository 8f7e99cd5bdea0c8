import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tables } from "../src/index.ts";
import { createTestDb, type TestDatabase } from "../src/testing.ts";

describe(`migrations on ${process.env.DATABASE_URL ? "PostgreSQL" : "PGlite"}`, () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDb();
  });
  afterAll(async () => {
    await database?.close();
  });

  it("creates every table and can run again without change", async () => {
    await database.migrate();
    for (const table of [
      tables.trusts,
      tables.schools,
      tables.memberships,
      tables.users,
      tables.sessions,
      tables.roleGrants,
      tables.sectorBodies,
    ]) {
      expect(await database.db.$count(table)).toBe(0);
    }
  });

  it("lets two instances migrate at once", async () => {
    await Promise.all([database.migrate(), database.migrate()]);
    expect(await database.db.$count(tables.trusts)).toBe(0);
  });

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
      .values({
        urn: 100001,
        name: "Oak Primary",
        laCode: 202,
        laName: "Camden",
        region: "LONDON",
        phase: "PRIMARY",
        establishmentType: "ACADEMY_CONVERTER",
      })
      .returning();
    if (!trustA || !trustB || !school) throw new Error("insert returned nothing");
    await db
      .insert(tables.memberships)
      .values({ schoolId: school.id, trustId: trustA.id, joinedOn: "2019-09-01" });
    await expect(
      db
        .insert(tables.memberships)
        .values({ schoolId: school.id, trustId: trustB.id, joinedOn: "2021-09-01" }),
    ).rejects.toThrow();
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

  it("refuses a membership that ends before it starts", async () => {
    const [trust] = await database.db.select().from(tables.trusts).limit(1);
    const [school] = await database.db
      .insert(tables.schools)
      .values({
        urn: 100002,
        name: "Ash Primary",
        laCode: 202,
        laName: "Camden",
        region: "LONDON",
        phase: "PRIMARY",
        establishmentType: "ACADEMY_CONVERTER",
      })
      .returning();
    if (!trust || !school) throw new Error("setup failed");
    await expect(
      database.db.insert(tables.memberships).values({
        schoolId: school.id,
        trustId: trust.id,
        joinedOn: "2022-01-01",
        leftOn: "2021-01-01",
      }),
    ).rejects.toThrow();
  });
});
