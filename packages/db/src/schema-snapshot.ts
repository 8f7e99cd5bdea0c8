import { sql } from "drizzle-orm";
import type { Db } from "./client.ts";
import { executeRows } from "./execute-rows.ts";

/** Every column, index, constraint, view and enum of the public schema, in a stable order. */
export interface SchemaSnapshot {
  columns: Record<string, unknown>[];
  indexes: Record<string, unknown>[];
  constraints: Record<string, unknown>[];
  views: Record<string, unknown>[];
  enums: Record<string, unknown>[];
  /** The migrations the migrator recorded as applied. */
  migrations: Record<string, unknown>[];
}

/**
 * What the database's structure is, read from the catalogue: comparing two snapshots shows
 * whether a migration run changed anything, which row counts cannot.
 */
export async function schemaSnapshot(db: Db): Promise<SchemaSnapshot> {
  return {
    columns: await executeRows(
      db,
      sql`select table_name, column_name, ordinal_position, data_type, udt_name, is_nullable, column_default
          from information_schema.columns where table_schema = 'public'
          order by table_name, ordinal_position`,
    ),
    indexes: await executeRows(
      db,
      sql`select tablename, indexname, indexdef from pg_indexes
          where schemaname = 'public' order by tablename, indexname`,
    ),
    constraints: await executeRows(
      db,
      sql`select c.conrelid::regclass::text as table_name, c.conname, c.contype,
                 pg_get_constraintdef(c.oid) as definition
          from pg_constraint c join pg_namespace n on n.oid = c.connamespace
          where n.nspname = 'public' order by 1, 2`,
    ),
    views: await executeRows(
      db,
      sql`select viewname, definition from pg_views where schemaname = 'public' order by viewname`,
    ),
    enums: await executeRows(
      db,
      sql`select t.typname, e.enumlabel, e.enumsortorder::text as position
          from pg_enum e join pg_type t on t.oid = e.enumtypid
          join pg_namespace n on n.oid = t.typnamespace
          where n.nspname = 'public' order by t.typname, e.enumsortorder`,
    ),
    migrations: await executeRows(
      db,
      sql`select id, hash, name from drizzle.__drizzle_migrations order by id`,
    ),
  };
}
