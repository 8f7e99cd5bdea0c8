import { randomInt } from "node:crypto";
import type { Db } from "@atlas/db";
import { tables } from "@atlas/db";
import type { Phase, Region, ReligiousCharacter, Role } from "@atlas/domain";
import { hashPassword } from "../../src/auth/passwords.ts";

// Each test builds the tenant it needs; random register numbers keep tenants apart.
let sequence = 0;
const unique = () => `${Date.now().toString(36)}${(sequence++).toString(36)}${randomInt(1e6)}`;
const usedUrns = new Set<number>();
function newUrn(): number {
  for (;;) {
    const urn = randomInt(100000, 999999);
    if (!usedUrns.has(urn)) {
      usedUrns.add(urn);
      return urn;
    }
  }
}

export interface SchoolSpec {
  name?: string;
  region?: Region;
  phase?: Phase;
  religiousCharacter?: ReligiousCharacter;
  pupils?: number;
}

export async function buildTrust(
  db: Db,
  spec: { name?: string; schools?: SchoolSpec[]; status?: "OPEN" | "CLOSED" } = {},
) {
  const [trust] = await db
    .insert(tables.trusts)
    .values({
      groupUid: randomInt(1, 2_000_000_000),
      groupId: `TR${unique()}`,
      name: spec.name ?? `Test Trust ${unique()}`,
      type: (spec.schools?.length ?? 0) === 1 ? "SINGLE_ACADEMY_TRUST" : "MULTI_ACADEMY_TRUST",
      status: spec.status ?? "OPEN",
      openedOn: "2015-09-01",
      region: spec.schools?.[0]?.region ?? "LONDON",
    })
    .returning();
  if (!trust) throw new Error("trust not inserted");
  const schools = [];
  for (const school of spec.schools ?? []) {
    const row = await buildSchool(db, school, { establishmentType: "ACADEMY_CONVERTER" });
    await db
      .insert(tables.memberships)
      .values({ schoolId: row.id, trustId: trust.id, joinedOn: "2016-09-01" });
    schools.push(row);
  }
  return { trust, schools };
}

export async function buildSchool(
  db: Db,
  spec: SchoolSpec = {},
  extra: { establishmentType?: "COMMUNITY" | "ACADEMY_CONVERTER" } = {},
) {
  const [school] = await db
    .insert(tables.schools)
    .values({
      urn: newUrn(),
      name: spec.name ?? `Test School ${unique()}`,
      laCode: 202,
      laName: "Camden",
      region: spec.region ?? "LONDON",
      phase: spec.phase ?? "PRIMARY",
      establishmentType: extra.establishmentType ?? "COMMUNITY",
      religiousCharacter: spec.religiousCharacter ?? "DOES_NOT_APPLY",
      pupils: spec.pupils ?? 300,
      capacity: 420,
      latitude: 51.54,
      longitude: -0.14,
    })
    .returning();
  if (!school) throw new Error("school not inserted");
  return school;
}

export const TEST_PASSWORD = "correct horse battery staple";

/** A person holding one role; returns their email for signing in. */
export async function buildUser(
  db: Db,
  role?: { role: Role; trustId?: string; schoolId?: string; sectorBodyId?: string },
) {
  const email = `person-${unique()}@example.org`;
  const [user] = await db
    .insert(tables.users)
    .values({ email, name: "Test Person", passwordHash: await hashPassword(TEST_PASSWORD) })
    .returning();
  if (!user) throw new Error("user not inserted");
  if (role) {
    await db.insert(tables.roleGrants).values({
      userId: user.id,
      role: role.role,
      trustId: role.trustId ?? null,
      schoolId: role.schoolId ?? null,
      sectorBodyId: role.sectorBodyId ?? null,
    });
  }
  return { user, email };
}

export async function buildSectorBody(db: Db) {
  const [body] = await db
    .insert(tables.sectorBodies)
    .values({ slug: `body-${unique()}`, name: "Test Sector Body" })
    .returning();
  if (!body) throw new Error("sector body not inserted");
  return body;
}
