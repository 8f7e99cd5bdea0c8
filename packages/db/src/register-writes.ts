// The register import's writes (`@atlas/data`'s `importRegister` decides what to write).
import { inArray, type SQL, sql } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { DbOrTx } from "./client.ts";
import { executeRows } from "./execute-rows.ts";
import * as tables from "./schema/index.ts";

type TrustRow = typeof tables.trusts.$inferInsert;
type SchoolRow = typeof tables.schools.$inferInsert;

/** Rows per statement: 500 schools of 20 columns stay far below PostgreSQL's 65,535 parameters. */
const batchSize = 500;

export interface UpsertCounts {
  inserted: number;
  updated: number;
  unchanged: number;
}

function chunks<T>(rows: readonly T[], size = batchSize): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/**
 * `set` and `setWhere` for an upsert of these columns: a row whose values are all the same is
 * left alone (its updated_at does not move), so importing the same file again changes nothing.
 */
function changedOnly(
  columns: readonly PgColumn[],
  keepWhenMissing: readonly PgColumn[] = [],
): { set: Record<string, SQL>; setWhere: SQL } {
  const incoming = (col: PgColumn) =>
    keepWhenMissing.includes(col)
      ? sql`coalesce(${sql.raw(`excluded."${col.name}"`)}, ${col})`
      : sql.raw(`excluded."${col.name}"`);
  const set: Record<string, SQL> = {};
  for (const column of columns) set[column.name] = incoming(column);
  set.updated_at = sql`now()`;
  const ours = sql.join(
    columns.map((col) => sql`${col}`),
    sql`, `,
  );
  const theirs = sql.join(columns.map(incoming), sql`, `);
  return { set, setWhere: sql`(${ours}) is distinct from (${theirs})` };
}

async function upsert<Row extends object>(
  tx: DbOrTx,
  table: PgTable,
  key: PgColumn,
  columns: readonly PgColumn[],
  rows: readonly Row[],
  keepWhenMissing: readonly PgColumn[] = [],
): Promise<{ ids: Map<unknown, string>; counts: UpsertCounts }> {
  const ids = new Map<unknown, string>();
  let inserted = 0;
  let updated = 0;
  const { set, setWhere } = changedOnly(columns, keepWhenMissing);
  for (const batch of chunks(rows)) {
    const written = (await tx
      .insert(table)
      .values(batch as never)
      .onConflictDoUpdate({ target: key, set: set as never, setWhere })
      .returning({
        id: sql<string>`id`,
        key: sql`${key}`,
        inserted: sql<boolean>`xmax = 0`,
      })) as { id: string; key: unknown; inserted: boolean }[];
    for (const row of written) {
      ids.set(row.key, row.id);
      if (row.inserted) inserted++;
      else updated++;
    }
  }
  return { ids, counts: { inserted, updated, unchanged: rows.length - inserted - updated } };
}

const t = tables.trusts;
const trustColumns = [
  t.groupId,
  t.name,
  t.companiesHouseNumber,
  t.ukprn,
  t.type,
  t.status,
  t.openedOn,
  t.headOfficePostcode,
  t.region,
];

export function upsertTrusts(tx: DbOrTx, trusts: readonly TrustRow[]) {
  // A trust whose schools have all left keeps the region it had.
  return upsert(tx, t, t.groupUid, trustColumns, trusts, [t.region]);
}

const s = tables.schools;
const schoolColumns = [
  s.ukprn,
  s.name,
  s.laCode,
  s.laName,
  s.region,
  s.phase,
  s.establishmentType,
  s.religiousCharacter,
  s.diocese,
  s.pupils,
  s.capacity,
  s.postcode,
  s.easting,
  s.northing,
  s.latitude,
  s.longitude,
  s.status,
  s.inspectionOutcome,
  s.inspectedOn,
  s.closedOn,
];

export function upsertSchools(tx: DbOrTx, schools: readonly SchoolRow[]) {
  return upsert(
    tx,
    s,
    s.urn,
    schoolColumns,
    schools.map((school) => ({ ...school, closedOn: null })),
  );
}

/** Closes the trusts the register now says are closed; returns how many were open. */
export async function closeTrusts(tx: DbOrTx, groupUids: readonly number[]): Promise<number> {
  let closed = 0;
  for (const batch of chunks(groupUids)) {
    const rows = await tx
      .update(t)
      .set({ status: "CLOSED", updatedAt: new Date() })
      .where(sql`${inArray(t.groupUid, batch)} and ${t.status} <> 'CLOSED'`)
      .returning({ id: t.id });
    closed += rows.length;
  }
  return closed;
}

/** Closes the schools the register now says are closed; returns how many were open. */
export async function closeSchools(
  tx: DbOrTx,
  schools: readonly { urn: number; closedOn: string | null }[],
): Promise<number> {
  let closed = 0;
  for (const batch of chunks(schools)) {
    const values = sql.join(
      batch.map((school) => sql`(${school.urn}::int, ${school.closedOn}::date)`),
      sql`, `,
    );
    const rows = await executeRows(
      tx,
      sql`update ${s} set status = 'CLOSED', closed_on = v.closed_on, updated_at = now()
          from (values ${values}) as v(urn, closed_on)
          where ${s.urn} = v.urn and ${s.status} <> 'CLOSED' returning ${s.id}`,
    );
    closed += rows.length;
  }
  return closed;
}

/** The memberships in force now, by school URN, with their trust's Group UID. */
export async function currentMemberships(
  tx: DbOrTx,
): Promise<Map<number, { id: string; groupUid: number; joinedOn: string }>> {
  const rows = await tx
    .select({
      id: tables.memberships.id,
      urn: s.urn,
      groupUid: t.groupUid,
      joinedOn: tables.memberships.joinedOn,
    })
    .from(tables.memberships)
    .innerJoin(s, sql`${s.id} = ${tables.memberships.schoolId}`)
    .innerJoin(t, sql`${t.id} = ${tables.memberships.trustId}`)
    .where(sql`${tables.memberships.leftOn} is null`);
  return new Map(
    rows.map((r) => [r.urn, { id: r.id, groupUid: r.groupUid, joinedOn: r.joinedOn }]),
  );
}

/** Ends memberships (leaving first: a school is in at most one trust at a time). */
export async function endMemberships(
  tx: DbOrTx,
  leaves: readonly { id: string; leftOn: string }[],
): Promise<void> {
  for (const batch of chunks(leaves)) {
    const values = sql.join(
      batch.map((leave) => sql`(${leave.id}::uuid, ${leave.leftOn}::date)`),
      sql`, `,
    );
    await tx.execute(
      sql`update ${tables.memberships} m set left_on = greatest(v.left_on, m.joined_on), updated_at = now()
          from (values ${values}) as v(id, left_on) where m.id = v.id`,
    );
  }
}

export async function startMemberships(
  tx: DbOrTx,
  joins: readonly { schoolId: string; trustId: string; joinedOn: string }[],
): Promise<void> {
  for (const batch of chunks(joins)) await tx.insert(tables.memberships).values(batch);
}

/** Ids by URN and by Group UID of what the database already holds, for links to rows not in this file. */
export async function knownIds(tx: DbOrTx, urns: readonly number[], groupUids: readonly number[]) {
  const schoolIds = new Map<number, string>();
  const trustIds = new Map<number, string>();
  for (const batch of chunks(urns, 5_000)) {
    for (const row of await tx
      .select({ id: s.id, urn: s.urn })
      .from(s)
      .where(inArray(s.urn, batch)))
      schoolIds.set(row.urn, row.id);
  }
  for (const batch of chunks(groupUids, 5_000)) {
    for (const row of await tx
      .select({ id: t.id, groupUid: t.groupUid })
      .from(t)
      .where(inArray(t.groupUid, batch)))
      trustIds.set(row.groupUid, row.id);
  }
  return { schoolIds, trustIds };
}
