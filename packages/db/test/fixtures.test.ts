import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tables } from "../src/index.ts";
import {
  buildSchool,
  buildSchools,
  buildSectorBody,
  buildTrust,
  buildUser,
  createTestDb,
  type TestDatabase,
} from "../src/testing.ts";

describe("test fixtures", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDb();
    // Rows there before the first fixture, as the demo data would be, holding the very numbers
    // the fixtures would otherwise take first.
    await database.db.insert(tables.schools).values({
      urn: 900_000,
      name: "Loaded School",
      laCode: 202,
      laName: "Camden",
      region: "LONDON",
      phase: "PRIMARY",
      establishmentType: "COMMUNITY",
    });
    await database.db.insert(tables.trusts).values({
      groupUid: 900_000,
      groupId: "TR90000",
      name: "Loaded Trust",
      type: "MULTI_ACADEMY_TRUST",
    });
  });
  afterAll(async () => {
    await database?.close();
  });

  it("draws register numbers clear of the rows already there and of each other", async () => {
    const { db } = database;
    const { trust, schools } = await buildTrust(db, { schools: [{}, {}] });
    const lone = await buildSchool(db);
    const urns = [...schools, lone].map((s) => s.urn);
    expect(new Set(urns).size).toBe(3);
    expect(urns).not.toContain(900_000);
    expect(trust.groupUid).not.toBe(900_000);
    expect(trust.groupId).not.toBe("TR90000");

    // A URN a spec gives is taken too: the next school drawn passes it by.
    const [given] = await buildSchools(db, [{ urn: lone.urn + 1 }]);
    expect(given?.urn).toBe(lone.urn + 1);
    expect((await buildSchool(db)).urn).not.toBe(lone.urn + 1);
  });

  it("builds a trust, its schools and their memberships in one statement per table", async () => {
    const { db } = database;
    await buildSchool(db);
    database.resetStatements();
    const { trust, schools } = await buildTrust(db, {
      schools: Array.from({ length: 20 }, () => ({})),
    });
    expect(database.statements).toHaveLength(3);
    const memberships = await db
      .select()
      .from(tables.memberships)
      .where(eq(tables.memberships.trustId, trust.id));
    expect(memberships.map((m) => m.schoolId).sort()).toEqual(schools.map((s) => s.id).sort());
    expect(memberships.every((m) => m.joinedOn === "2016-09-01" && m.leftOn === null)).toBe(true);
  });

  it("fills in what a spec leaves out and keeps what it sets, nulls included", async () => {
    const { db } = database;
    const single = await buildTrust(db, { schools: [{ region: "NORTH_WEST", pupils: null }] });
    expect(single.trust).toMatchObject({
      type: "SINGLE_ACADEMY_TRUST",
      status: "OPEN",
      region: "NORTH_WEST",
    });
    expect(single.schools[0]).toMatchObject({
      establishmentType: "ACADEMY_CONVERTER",
      region: "NORTH_WEST",
      phase: "PRIMARY",
      pupils: null,
    });
    expect((await buildSchool(db)).establishmentType).toBe("COMMUNITY");

    const unnamed = await buildTrust(db, { name: undefined, region: null });
    expect(unnamed.trust.name).toMatch(/^Test Trust \d+$/);
    expect(unnamed.trust.region).toBeNull();
    expect(unnamed.trust.type).toBe("MULTI_ACADEMY_TRUST");
    expect(unnamed.schools).toEqual([]);
  });

  it("builds people with their roles, and sector bodies, under unique names", async () => {
    const { db } = database;
    const body = await buildSectorBody(db, { name: "National Trust Association" });
    const { trust } = await buildTrust(db);
    const tia = await buildUser(db, {
      name: "Tia Admin",
      passwordHash: "not a real hash",
      roles: [
        { role: "TRUST_ADMIN", trustId: trust.id },
        { role: "CURATOR", sectorBodyId: body.id },
      ],
    });
    const namesake = await buildUser(db, { name: "Tia Admin", passwordHash: "not a real hash" });
    expect(tia.email).toMatch(/^tia\.admin\.\d+@example\.org$/);
    expect(namesake.email).not.toBe(tia.email);
    expect(tia.user).toMatchObject({ name: "Tia Admin", email: tia.email });
    expect(body.slug).toMatch(/^national-trust-association-\d+$/);

    const grants = await db
      .select()
      .from(tables.roleGrants)
      .where(eq(tables.roleGrants.userId, tia.user.id));
    expect(grants.map((g) => g.role).sort()).toEqual(["CURATOR", "TRUST_ADMIN"]);
    expect(await db.$count(tables.roleGrants, eq(tables.roleGrants.userId, namesake.user.id))).toBe(
      0,
    );
  });
});
