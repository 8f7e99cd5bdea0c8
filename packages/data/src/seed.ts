import { type Db, type DbOrTx, lockLoaders, refreshPublishedTrustFacts, tables } from "@atlas/db";
import { sql } from "drizzle-orm";
import {
  type DemoData,
  demoTodayAt,
  type GenerateOptions,
  generateDemoData,
} from "./generate/index.ts";

export interface SeedOptions {
  /** Called after each batch: rows inserted so far, rows in all, and the table being filled. */
  onProgress?(done: number, total: number, label: string): void;
}

/** Rows per insert statement: 500 schools of about 20 columns stay far below 65,535 parameters. */
const batchSize = 500;
/**
 * Rows per insert of trust documents: a scheme's content is a 240-cell grid (about 17 kB of
 * JSON), so smaller batches keep each statement to a few megabytes.
 */
const documentBatchSize = 250;

/** The tables the demo data fills, in the order of their foreign keys. */
export const seededTables = [
  "sectorBodies",
  "trusts",
  "schools",
  "memberships",
  "users",
  "roleGrants",
  "trustDocumentDrafts",
  "trustDocumentVersions",
  "collections",
  "collectionEntries",
  "trustVerifications",
  "partnerships",
  "partnershipEvents",
] as const satisfies readonly (keyof DemoData & keyof typeof tables)[];

export type SeededTable = (typeof seededTables)[number];

/** Inserts every row of `data` on `tx` (a transaction, or a handle when the caller has one). */
async function insertAll(tx: DbOrTx, data: DemoData, options: SeedOptions): Promise<void> {
  const total = seededTables.reduce((sum, name) => sum + data[name].length, 0);
  let done = 0;
  options.onProgress?.(done, total, seededTables[0]);
  const fill = async <Row>(
    label: SeededTable,
    rows: readonly Row[],
    insert: (batch: Row[]) => Promise<unknown>,
    size = batchSize,
  ) => {
    for (let i = 0; i < rows.length; i += size) {
      const batch = rows.slice(i, i + size);
      await insert(batch);
      done += batch.length;
      options.onProgress?.(done, total, label);
    }
  };
  await fill("sectorBodies", data.sectorBodies, (b) => tx.insert(tables.sectorBodies).values(b));
  await fill("trusts", data.trusts, (b) => tx.insert(tables.trusts).values(b));
  await fill("schools", data.schools, (b) => tx.insert(tables.schools).values(b));
  await fill("memberships", data.memberships, (b) => tx.insert(tables.memberships).values(b));
  await fill("users", data.users, (b) => tx.insert(tables.users).values(b));
  await fill("roleGrants", data.roleGrants, (b) => tx.insert(tables.roleGrants).values(b));
  // After the trusts and the users: drafts and versions name both.
  await fill(
    "trustDocumentDrafts",
    data.trustDocumentDrafts,
    (b) => tx.insert(tables.trustDocumentDrafts).values(b),
    documentBatchSize,
  );
  await fill(
    "trustDocumentVersions",
    data.trustDocumentVersions,
    (b) => tx.insert(tables.trustDocumentVersions).values(b),
    documentBatchSize,
  );
  // After the sector body, trusts and users: a collection names all three, its entries it.
  await fill("collections", data.collections, (b) => tx.insert(tables.collections).values(b));
  await fill("collectionEntries", data.collectionEntries, (b) =>
    tx.insert(tables.collectionEntries).values(b),
  );
  await fill("trustVerifications", data.trustVerifications, (b) =>
    tx.insert(tables.trustVerifications).values(b),
  );
  // After the trusts, schools and users: a partnership names all three, its events it.
  await fill("partnerships", data.partnerships, (b) => tx.insert(tables.partnerships).values(b));
  await fill("partnershipEvents", data.partnershipEvents, (b) =>
    tx.insert(tables.partnershipEvents).values(b),
  );
  await refreshPublishedTrustFacts(tx, "all");
}

export interface SeedDemoDataOptions extends SeedOptions {
  /** Empty the seeded tables (and sessions) first, in the same transaction. */
  force?: boolean;
}

/**
 * Inserts the data set in one transaction, so a failure leaves nothing half-written. Without
 * `force` the database should be empty (see `isDatabaseEmpty`): rows that exist already make it
 * fail on their unique keys, and nothing is written.
 */
export async function seedDemoData(
  db: Db,
  data: DemoData,
  options: SeedDemoDataOptions = {},
): Promise<void> {
  // PGlite is one connection: inside the transaction only `tx` may be used.
  await db.transaction(async (tx) => {
    await lockLoaders(tx);
    if (options.force) await truncateDemoTables(tx);
    await insertAll(tx, data, options);
  });
}

/** True when there are no trusts and no schools. */
export async function isDatabaseEmpty(db: DbOrTx): Promise<boolean> {
  const [trusts, schools] = await Promise.all([
    db.$count(tables.trusts),
    db.$count(tables.schools),
  ]);
  return trusts === 0 && schools === 0;
}

/**
 * Empties every table the demo data fills, and the sessions that hang off its users. The trust
 * documents and partnerships are named too (cascade would empty them anyway, as they reference
 * trusts, schools and users), so the list says everything it empties.
 */
export async function truncateDemoTables(tx: DbOrTx): Promise<void> {
  await tx.execute(
    sql`truncate table ${tables.auditEvents}, ${tables.trustVerifications}, ${tables.claims}, ${tables.invitations}, ${tables.collectionEntries}, ${tables.collections}, ${tables.partnershipEvents}, ${tables.partnerships}, ${tables.trustPublishedFacts}, ${tables.trustDocumentVersions}, ${tables.trustDocumentDrafts}, ${tables.roleGrants}, ${tables.sessions}, ${tables.users}, ${tables.memberships}, ${tables.schools}, ${tables.trusts}, ${tables.sectorBodies} cascade`,
  );
}

export type LoadOptions = SeedOptions & GenerateOptions;

/**
 * Generates and loads the demo data set when the database has no trusts and no schools; returns
 * whether it loaded. The check and the load share one transaction under an advisory lock, so two
 * API instances starting at once load it once.
 */
export async function loadDemoDataIfEmpty(db: Db, options: LoadOptions = {}): Promise<boolean> {
  return db.transaction(async (tx) => {
    await lockLoaders(tx);
    if (!(await isDatabaseEmpty(tx))) return false;
    // For people to look at: dated for this week, unless asked for a given today.
    const data = generateDemoData({
      ...(options.seed === undefined ? {} : { seed: options.seed }),
      today: options.today ?? demoTodayAt(new Date()),
    });
    await insertAll(tx, data, options);
    return true;
  });
}
