import { type Db, tables } from "@atlas/db";
import { and, eq } from "drizzle-orm";
import type { VersionRow } from "./service.ts";

type Versioned = Pick<VersionRow, "trustId" | "kind" | "number" | "content">;

// A version's changes are a diff against the version before it. A history already holds that
// one, so it is remembered here for the rows it handed out, and looked up only for a version
// reached on its own (a trust's current profile).
const earlier = new WeakMap<object, unknown>();

/** Versions newest first, each remembering the content of the one before it. */
export function asHistory<T extends Versioned>(newestFirst: T[]): T[] {
  newestFirst.forEach((row, i) => {
    const before = newestFirst[i + 1];
    if (before && before.number === row.number - 1) earlier.set(row, before.content);
    else if (row.number === 1) earlier.set(row, undefined);
  });
  return newestFirst;
}

/** The content of the version before this one (undefined for the first). */
export async function contentBefore(db: Db, row: Versioned): Promise<unknown> {
  if (earlier.has(row)) return earlier.get(row);
  if (row.number === 1) return undefined;
  const { trustDocumentVersions: versions } = tables;
  const [before] = await db
    .select({ content: versions.content })
    .from(versions)
    .where(
      and(
        eq(versions.trustId, row.trustId),
        eq(versions.kind, row.kind),
        eq(versions.number, row.number - 1),
      ),
    );
  return before?.content;
}

/**
 * The versions a field's `select` callback loaded under `key`. Pothos cannot type a row's
 * relations from a callback (needed to pass the nested selection on), so they are read here.
 */
export function versionsLoaded(row: object, key: string): VersionRow[] {
  const rows: unknown = (row as Record<string, unknown>)[key];
  return Array.isArray(rows) ? (rows as VersionRow[]) : [];
}
