import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import type { Logger } from "drizzle-orm";
import type { PgAsyncDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import { type DataDirLockTiming, lockDataDir } from "./data-dir-lock.ts";
import { type Relations, relations } from "./relations.ts";

/** The database handle every layer above uses, whichever engine is underneath. */
export type Db = PgAsyncDatabase<PgQueryResultHKT, Relations>;

/** A handle or a transaction on it: services accept either. */
export type DbOrTx = Parameters<Parameters<Db["transaction"]>[0]>[0] | Db;

export interface DbOptions {
  /** A PostgreSQL URL. When absent, an embedded PGlite database is used. */
  databaseUrl?: string | undefined;
  /** Where PGlite keeps its files; `memory://` keeps nothing. Default `.data/pglite`. */
  dataDir?: string | undefined;
  /**
   * How often PGlite's folder lock is refreshed and when an untouched one counts as abandoned.
   * The default suits a server; tests on a loaded machine widen the window.
   */
  dataDirLock?: DataDirLockTiming | undefined;
  /** Called with every SQL statement run: used for logs and statement-count tests. */
  onQuery?: ((sql: string, params: unknown[]) => void) | undefined;
  /** Connection pool size for PostgreSQL. */
  maxConnections?: number | undefined;
  /**
   * PostgreSQL cancels any statement running longer than this (`statement_timeout`), so one slow
   * query cannot hold a connection for long. Unset: the server's own setting.
   */
  statementTimeoutMs?: number | undefined;
}

export interface Database {
  db: Db;
  kind: "postgres" | "pglite";
  /** Applies the committed migrations; safe to call on every start. */
  migrate(): Promise<void>;
  /** Checks the database answers (for readiness probes). */
  ping(): Promise<void>;
  close(): Promise<void>;
}

const migrationsFolder = fileURLToPath(new URL("../drizzle", import.meta.url));

/** Any constant: instances starting together queue on it instead of racing the migrator. */
const MIGRATION_LOCK = 726_354_001;

/**
 * Applies the migrations under a PostgreSQL advisory lock, on one connection of its own, so
 * several API instances starting at once migrate one after another.
 */
async function migrateWithLock(databaseUrl: string): Promise<void> {
  const client = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    await client`select pg_advisory_lock(${MIGRATION_LOCK})`;
    await migratePostgres(drizzlePostgres({ client }), { migrationsFolder });
    await client`select pg_advisory_unlock(${MIGRATION_LOCK})`;
  } finally {
    await client.end({ timeout: 5 });
  }
}

export async function createDb(options: DbOptions = {}): Promise<Database> {
  const logger: Logger | undefined = options.onQuery
    ? { logQuery: (sql, params) => options.onQuery?.(sql, params) }
    : undefined;

  if (options.databaseUrl) {
    const client = postgres(options.databaseUrl, {
      max: options.maxConnections ?? 10,
      onnotice: () => {},
      connection: {
        // Our statements are short reads and writes; the JIT's compile time (about 50 ms for
        // the search facets' plan) costs more than any it saves them.
        jit: "off",
        ...(options.statementTimeoutMs === undefined
          ? {}
          : { statement_timeout: options.statementTimeoutMs }),
      },
    });
    const db = drizzlePostgres({ client, relations, logger });
    return {
      db: db as unknown as Db,
      kind: "postgres",
      migrate: () => migrateWithLock(options.databaseUrl ?? ""),
      ping: async () => {
        await client`select 1`;
      },
      close: () => client.end({ timeout: 5 }),
    };
  }

  const dataDir = options.dataDir ?? ".data/pglite";
  const unlock = dataDir.startsWith("memory://")
    ? undefined
    : await lockDataDir(dataDir, options.dataDirLock);
  let client: PGlite;
  try {
    client = await PGlite.create(dataDir, { extensions: { pg_trgm } });
  } catch (error) {
    await unlock?.();
    throw error;
  }
  const db = drizzlePglite({ client, relations, logger });
  let closing: Promise<void> | undefined;
  return {
    db: db as unknown as Db,
    kind: "pglite",
    migrate: async () => {
      await migratePglite(db, { migrationsFolder });
    },
    ping: async () => {
      await client.query("select 1");
    },
    // Once only: a second close would release a lock this process no longer holds.
    close: () => {
      closing ??= (async () => {
        try {
          await client.close();
        } finally {
          await unlock?.();
        }
      })();
      return closing;
    },
  };
}
