import type { EstablishmentType, Role } from "@atlas/domain";
import type { Db } from "./client.ts";
import { refreshPublishedTrustFacts } from "./published-trust-facts.ts";
import * as tables from "./schema/index.ts";

// Test fixtures: each test builds the trusts, schools and people it needs in its own database
// (see `createTestDb`). Every builder takes the `Db`, fills in what the test leaves out, and
// inserts one statement per table however many rows it builds.

export type SchoolRow = typeof tables.schools.$inferSelect;
export type TrustRow = typeof tables.trusts.$inferSelect;
export type UserRow = typeof tables.users.$inferSelect;
export type SectorBodyRow = typeof tables.sectorBodies.$inferSelect;

/** A school to build: any of its columns; the rest are a primary school in Camden. */
export type SchoolSpec = Partial<typeof tables.schools.$inferInsert>;

/** A trust to build (any of its columns) and the schools it runs today. */
export type TrustSpec = Partial<typeof tables.trusts.$inferInsert> & {
  /** Built as academy converters unless they say otherwise, and joined on 1 September 2016. */
  schools?: readonly SchoolSpec[];
};

/** One role a person holds, on the organisation it names. */
export interface RoleSpec {
  role: Role;
  trustId?: string;
  schoolId?: string;
  sectorBodyId?: string;
}

export interface UserSpec {
  /** A hash the API accepts (this package has no argon2): the caller hashes the password. */
  passwordHash: string;
  /** Also the start of the email address. Default "Test Person". */
  name?: string;
  roles?: readonly RoleSpec[];
}

export interface BuiltTrust {
  trust: TrustRow;
  /** In the order of the spec's schools. */
  schools: SchoolRow[];
}

export interface BuiltUser {
  user: UserRow;
  /** Lower case, unique in the database: what the person signs in with. */
  email: string;
}

/** A trust running these schools today (schools are academy converters unless specified). */
export async function buildTrust(db: Db, spec: TrustSpec = {}): Promise<BuiltTrust> {
  const register = await registerOf(db);
  const { schools: schoolSpecs = [], ...columns } = spec;
  const groupUid = register.groupUids.claim(columns.groupUid);
  const [trust] = await db
    .insert(tables.trusts)
    .values({
      groupUid,
      groupId: register.groupIds.claim(columns.groupId ?? undefined),
      name: `Test Trust ${groupUid}`,
      type: schoolSpecs.length === 1 ? "SINGLE_ACADEMY_TRUST" : "MULTI_ACADEMY_TRUST",
      status: "OPEN",
      openedOn: "2015-09-01",
      region: schoolSpecs[0]?.region ?? "LONDON",
      ...given(columns),
    })
    .returning();
  if (!trust) throw new Error("trust not inserted");
  const schools = await insertSchools(db, register, schoolSpecs, "ACADEMY_CONVERTER");
  await addToTrust(db, trust.id, schools);
  return { trust, schools };
}

/** A school, in no trust: a community school unless the spec says otherwise. */
export async function buildSchool(db: Db, spec: SchoolSpec = {}): Promise<SchoolRow> {
  const [school] = await buildSchools(db, [spec]);
  if (!school) throw new Error("school not inserted");
  return school;
}

/** Schools in no trust (community schools unless specified), in the order of the specs. */
export async function buildSchools(db: Db, specs: readonly SchoolSpec[]): Promise<SchoolRow[]> {
  return insertSchools(db, await registerOf(db), specs, "COMMUNITY");
}

/** Puts schools in a trust: members today unless `leftOn` is given. */
export async function addToTrust(
  db: Db,
  trustId: string,
  schools: readonly { id: string }[],
  dates: { joinedOn?: string; leftOn?: string | null } = {},
): Promise<void> {
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

export async function buildSectorBody(
  db: Db,
  spec: { name?: string } = {},
): Promise<SectorBodyRow> {
  const register = await registerOf(db);
  const name = spec.name ?? "Test Sector Body";
  const [body] = await db
    .insert(tables.sectorBodies)
    .values({ slug: `${slugOf(name, "-")}-${register.serial()}`, name })
    .returning();
  if (!body) throw new Error("sector body not inserted");
  return body;
}

/** A person holding these roles (none by default). */
export async function buildUser(db: Db, spec: UserSpec): Promise<BuiltUser> {
  const register = await registerOf(db);
  const name = spec.name ?? "Test Person";
  const email = `${slugOf(name, ".")}.${register.serial()}@example.org`;
  const [user] = await db
    .insert(tables.users)
    .values({ email, name, passwordHash: spec.passwordHash })
    .returning();
  if (!user) throw new Error("user not inserted");
  const roles = spec.roles ?? [];
  if (roles.length > 0) {
    await db.insert(tables.roleGrants).values(
      roles.map((grant) => ({
        userId: user.id,
        role: grant.role,
        trustId: grant.trustId ?? null,
        schoolId: grant.schoolId ?? null,
        sectorBodyId: grant.sectorBodyId ?? null,
      })),
    );
  }
  return { user, email };
}

async function insertSchools(
  db: Db,
  register: Register,
  specs: readonly SchoolSpec[],
  establishmentType: EstablishmentType,
): Promise<SchoolRow[]> {
  if (specs.length === 0) return [];
  return db
    .insert(tables.schools)
    .values(
      specs.map((spec) => {
        const urn = register.urns.claim(spec.urn);
        return {
          urn,
          name: `Test School ${urn}`,
          laCode: 202,
          laName: "Camden",
          region: "LONDON" as const,
          phase: "PRIMARY" as const,
          establishmentType,
          religiousCharacter: "DOES_NOT_APPLY" as const,
          pupils: 300,
          capacity: 420,
          latitude: 51.54,
          longitude: -0.14,
          ...given(spec),
        };
      }),
    )
    .returning();
}

// Register numbers (URN, Group UID, Group ID) must be unique. Fixtures count up from a band of
// their own (URNs and Group UIDs from 900000, Group IDs from TR90000), per database, skipping
// any number the database already held when the first fixture was built there (the demo data,
// when a test loads it) and any a spec gave.

interface Register {
  urns: Numbers<number>;
  groupUids: Numbers<number>;
  groupIds: Numbers<string>;
  /** 1, 2, 3…: tells apart the emails and slugs of one database. */
  serial(): number;
}

interface Numbers<T> {
  /** The given number, noted as taken; or, when none is given, the next free one. */
  claim(given: T | undefined): T;
}

const registers = new WeakMap<Db, Promise<Register>>();

function registerOf(db: Db): Promise<Register> {
  let register = registers.get(db);
  if (!register) {
    register = openRegister(db);
    registers.set(db, register);
  }
  return register;
}

async function openRegister(db: Db): Promise<Register> {
  const schools = await db.select({ urn: tables.schools.urn }).from(tables.schools);
  const trusts = await db
    .select({ groupUid: tables.trusts.groupUid, groupId: tables.trusts.groupId })
    .from(tables.trusts);
  let serial = 0;
  return {
    urns: numbers(
      schools.map((s) => s.urn),
      { first: 900_000, last: 999_999 },
      (n) => n,
    ),
    groupUids: numbers(
      trusts.map((t) => t.groupUid),
      { first: 900_000, last: 2_147_483_647 },
      (n) => n,
    ),
    groupIds: numbers(
      trusts.flatMap((t) => (t.groupId === null ? [] : [t.groupId])),
      { first: 90_000, last: 99_999 },
      (n) => `TR${n}`,
    ),
    serial: () => ++serial,
  };
}

function numbers<T>(
  existing: readonly T[],
  range: { first: number; last: number },
  format: (n: number) => T,
): Numbers<T> {
  const taken = new Set(existing);
  let next = range.first;
  return {
    claim(given) {
      if (given !== undefined) {
        taken.add(given);
        return given;
      }
      for (; next <= range.last; next++) {
        const value = format(next);
        if (!taken.has(value)) {
          taken.add(value);
          return value;
        }
      }
      throw new Error(`no free register number left in ${range.first}–${range.last}`);
    },
  };
}

/** The fields a spec sets: one left `undefined` keeps its default, as if it were not there. */
function given<T extends object>(spec: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(spec).filter(([, value]) => value !== undefined),
  ) as Partial<T>;
}

/** "Tia Admin" → "tia.admin" (with "." as separator). */
function slugOf(name: string, separator: string): string {
  return (name.toLowerCase().match(/[a-z0-9]+/g) ?? ["test"]).join(separator);
}

/**
 * Publishes documents as version 1 of each kind given, as the trust's admins would (content is
 * not checked here: give what the domain's schemas accept), and refreshes the trust's
 * published facts in the same transaction, as publishing does.
 */
export async function publishTrustDocuments(
  db: Db,
  trustId: string,
  documents: { profile?: unknown; schemeCells?: readonly unknown[] },
): Promise<void> {
  const versions = (
    [
      ["PROFILE", documents.profile],
      ["SCHEME_OF_DELEGATION", documents.schemeCells && { cells: documents.schemeCells }],
    ] as const
  ).flatMap(([kind, content]) =>
    content === undefined
      ? []
      : [{ trustId, kind, number: 1, content, draftVersion: 1, changeSummary: "First version" }],
  );
  await db.transaction(async (tx) => {
    if (versions.length > 0) await tx.insert(tables.trustDocumentVersions).values(versions);
    await refreshPublishedTrustFacts(tx, [trustId]);
  });
}
