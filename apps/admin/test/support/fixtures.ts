import { randomInt } from "node:crypto";
import { type DemoData, demoAccounts, demoPassword, demoPasswordHashes } from "@atlas/data";
import { type Db, tables } from "@atlas/db";
import type { EstablishmentType, Phase, Region, Role } from "@atlas/domain";

// Each test builds the tenant it needs in the test API's database (the approach of the API's own
// tests, apps/api/test/support/fixtures.ts). Register numbers are drawn at random, apart from
// each other and from the demo data when it is loaded too.

/** The password of every person built here (and of the demo accounts). */
export const fixturePassword = demoPassword;

// An argon2id hash of `demoPassword` made with the API's options (see @atlas/data's
// demo-accounts.ts): people built here sign in for real without this app depending on argon2.
const firstDemoAccount = demoAccounts[0]?.email ?? "";
const passwordHash = demoPasswordHashes[firstDemoAccount] ?? "";

export interface SchoolSpec {
  name?: string;
  phase?: Phase;
  region?: Region;
  establishmentType?: EstablishmentType;
  /** Pupils on roll; null when the register has no figure. */
  pupils?: number | null;
}

export interface RoleSpec {
  role: Role;
  trustId?: string;
  schoolId?: string;
  sectorBodyId?: string;
}

export type Fixtures = ReturnType<typeof createFixtures>;
export type BuiltUser = Awaited<ReturnType<Fixtures["user"]>>;

export function createFixtures(db: Db, demo: DemoData | null = null) {
  if (passwordHash === "") throw new Error("the demo data has no password hash to reuse");
  let sequence = 0;
  const unique = () => `${Date.now().toString(36)}${(sequence++).toString(36)}`;
  const taken = (values: Iterable<number>) => new Set(values);
  const urns = taken(demo?.schools.map((s) => s.urn) ?? []);
  const groupUids = taken(demo?.trusts.map((t) => t.groupUid) ?? []);
  const draw = (used: Set<number>, min: number, max: number) => {
    for (;;) {
      const value = randomInt(min, max);
      if (!used.has(value)) {
        used.add(value);
        return value;
      }
    }
  };

  function schoolRow(spec: SchoolSpec) {
    return {
      urn: draw(urns, 100000, 1000000),
      name: spec.name ?? `Test School ${unique()}`,
      laCode: 202,
      laName: "Camden",
      region: spec.region ?? "LONDON",
      phase: spec.phase ?? "PRIMARY",
      establishmentType: spec.establishmentType ?? "ACADEMY_CONVERTER",
      religiousCharacter: "DOES_NOT_APPLY" as const,
      pupils: spec.pupils === undefined ? 300 : spec.pupils,
      capacity: 420,
      latitude: 51.54,
      longitude: -0.14,
    };
  }

  return {
    async school(spec: SchoolSpec = {}) {
      const [school] = await db
        .insert(tables.schools)
        .values(schoolRow({ establishmentType: "COMMUNITY", ...spec }))
        .returning();
      if (!school) throw new Error("school not inserted");
      return school;
    },

    /** An open trust running these schools (inserted in one statement each, for big trusts). */
    async trust(spec: { name?: string; schools?: SchoolSpec[] } = {}) {
      const specs = spec.schools ?? [];
      const [trust] = await db
        .insert(tables.trusts)
        .values({
          groupUid: draw(groupUids, 1, 2_000_000_000),
          groupId: `TR${unique()}`,
          companiesHouseNumber: String(randomInt(10_000_000, 100_000_000)).slice(0, 8),
          name: spec.name ?? `Test Trust ${unique()}`,
          type: specs.length === 1 ? "SINGLE_ACADEMY_TRUST" : "MULTI_ACADEMY_TRUST",
          status: "OPEN",
          openedOn: "2015-09-01",
          region: specs[0]?.region ?? "LONDON",
        })
        .returning();
      if (!trust) throw new Error("trust not inserted");
      const schools =
        specs.length === 0
          ? []
          : await db.insert(tables.schools).values(specs.map(schoolRow)).returning();
      if (schools.length > 0) {
        await db
          .insert(tables.memberships)
          .values(
            schools.map((s) => ({ schoolId: s.id, trustId: trust.id, joinedOn: "2016-09-01" })),
          );
      }
      return { trust, schools };
    },

    async sectorBody(name = "Test Sector Body") {
      const [body] = await db
        .insert(tables.sectorBodies)
        .values({ slug: `body-${unique()}`, name })
        .returning();
      if (!body) throw new Error("sector body not inserted");
      return body;
    },

    /** A person holding these roles, who signs in with `fixturePassword`. */
    async user(name: string, roles: RoleSpec[] = []) {
      const email = `${name.toLowerCase().replace(/[^a-z]+/g, ".")}.${unique()}@example.org`;
      const [user] = await db
        .insert(tables.users)
        .values({ email, name, passwordHash })
        .returning();
      if (!user) throw new Error("user not inserted");
      if (roles.length > 0) {
        await db.insert(tables.roleGrants).values(
          roles.map((r) => ({
            userId: user.id,
            role: r.role,
            trustId: r.trustId ?? null,
            schoolId: r.schoolId ?? null,
            sectorBodyId: r.sectorBodyId ?? null,
          })),
        );
      }
      return { user, email, password: fixturePassword };
    },
  };
}
