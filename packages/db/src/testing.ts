import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { createDb, type Database, type DbOptions } from "./client.ts";

export * from "./constraint-violation.ts";
export * from "./figures.ts";
export * from "./fixtures.ts";
export * from "./schema-snapshot.ts";

export interface TestDatabase extends Database {
  /** Every statement run since the last `resetStatements()`. */
  statements: string[];
  resetStatements(): void;
}

export interface EmptyPostgresDatabase {
  /** The new database's URL: nothing in it, not even the migrations. */
  url: string;
  /** Drops the database, closing whatever connections are still on it. */
  drop(): Promise<void>;
}

/** A new, empty database on the PostgreSQL server at `serverUrl`, under a name no one else has. */
export async function createEmptyPostgresDatabase(
  serverUrl: string,
): Promise<EmptyPostgresDatabase> {
  const name = `atlas_test_${process.pid}_${randomBytes(4).toString("hex")}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end({ timeout: 5 });
    },
  };
}

/**
 * A fresh, migrated database for one test file: a new database on the PostgreSQL server named
 * by DATABASE_URL when it is set (dropped on close), otherwise an in-memory PGlite.
 */
export async function createTestDb(
  options: Pick<DbOptions, "maxConnections" | "statementTimeoutMs"> = {},
): Promise<TestDatabase> {
  const statements: string[] = [];
  const onQuery = (sql: string) => {
    statements.push(sql);
  };
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const database = await createDb({ dataDir: "memory://", onQuery });
    await database.migrate();
    return withStatements(database, statements);
  }

  const empty = await createEmptyPostgresDatabase(serverUrl);
  const dropAll = async (database?: Database) => {
    await database?.close();
    await empty.drop();
  };
  let database: Database | undefined;
  try {
    database = await createDb({ databaseUrl: empty.url, onQuery, ...options });
    await database.migrate();
  } catch (error) {
    // A failed migration must not leave a stray database or connection behind.
    await dropAll(database);
    throw error;
  }
  const opened = database;
  return { ...withStatements(opened, statements), close: () => dropAll(opened) };
}

function withStatements(database: Database, statements: string[]): TestDatabase {
  return {
    ...database,
    statements,
    resetStatements: () => {
      statements.length = 0;
    },
  };
}
