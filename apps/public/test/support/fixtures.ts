import { type Db, tables } from "@atlas/db";

// Tenants built row by row for a test, in the manner of the API's own test fixtures
// (apps/api/test/support/fixtures.ts). Each test file has a fresh database of its own, so
// counters are enough to keep register numbers apart.

export type TrustSpec = Partial<typeof tables.trusts.$inferInsert> & { name: string };
export type SchoolSpec = Partial<typeof tables.schools.$inferInsert>;

let nextUrn = 100_001;
let nextGroupUid = 1;

export async function buildSchools(db: Db, specs: readonly SchoolSpec[]) {
  if (specs.length === 0) return [];
  return db
    .insert(tables.schools)
    .values(
      specs.map((spec) => {
        const urn = spec.urn ?? nextUrn++;
        return {
          urn,
          name: `School ${urn}`,
          laCode: 202,
          laName: "Camden",
          region: "LONDON" as const,
          phase: "PRIMARY" as const,
          establishmentType: "ACADEMY_CONVERTER" as const,
          pupils: 300,
          capacity: 420,
          ...spec,
        };
      }),
    )
    .returning();
}

/** A trust; its Group ID (`TR…` unless given) finds it through the API's search. */
export async function buildTrustRow(db: Db, spec: TrustSpec) {
  const groupUid = spec.groupUid ?? nextGroupUid++;
  const [trust] = await db
    .insert(tables.trusts)
    .values({
      groupUid,
      groupId: `TR${String(90_000 + groupUid)}`,
      type: "MULTI_ACADEMY_TRUST",
      status: "OPEN",
      openedOn: "2015-09-01",
      region: "LONDON",
      ...spec,
    })
    .returning();
  if (!trust) throw new Error("trust not inserted");
  return trust;
}

/** Puts schools in a trust: today's members unless `leftOn` is given. */
export async function addToTrust(
  db: Db,
  trustId: string,
  schools: readonly { id: string }[],
  dates: { joinedOn?: string; leftOn?: string } = {},
) {
  if (schools.length === 0) return;
  await db.insert(tables.memberships).values(
    schools.map((school) => ({
      schoolId: school.id,
      trustId,
      joinedOn: dates.joinedOn ?? "2016-09-01",
      leftOn: dates.leftOn ?? null,
    })),
  );
}

/** A trust running the given schools today. */
export async function buildTrust(db: Db, spec: TrustSpec, schoolSpecs: readonly SchoolSpec[]) {
  const trust = await buildTrustRow(db, spec);
  const schools = await buildSchools(db, schoolSpecs);
  await addToTrust(db, trust.id, schools);
  return { trust, schools };
}
