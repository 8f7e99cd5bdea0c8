import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { createDb, type Database, type DbOptions } from "./client.ts";

export * from "./figures.ts";
export * from "./fixtures.ts";

export interface TestDatabase extends Database {
  /** Every statement run since the last `resetStatements()`. */
  statements: string[];
  resetStatements(): void;
}

/**
 * A fresh, migrated database for one test file: a new database on the PostgreSQL server named
 * by DATABASE_URL when it is set (dropped on close), otherwise an in-memory PGlite.
 */
export async function createTestDb(
  options: Pick<DbOptions, "maxConnections"> = {},
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

  const name = `atlas_test_${process.pid}_${randomBytes(4).toString("hex")}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const dropAll = async (database?: Database) => {
    await database?.close();
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.end({ timeout: 5 });
  };
  let database: Database | undefined;
  try {
    database = await createDb({ databaseUrl: url.toString(), onQuery, ...options });
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
