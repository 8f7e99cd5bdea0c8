import { type Db, tables } from "@atlas/db";
import { and, eq, sql } from "drizzle-orm";

const { shortlistEntries: entries, trusts } = tables;

export async function trustById(db: Db, id: string) {
  const [trust] = await db
    .select({ id: trusts.id, name: trusts.name, status: trusts.status })
    .from(trusts)
    .where(eq(trusts.id, id));
  return trust ?? null;
}

/**
 * Puts the trust on the school's shortlist, or, when it is there already, sets its note. One
 * statement, so two members adding the same trust at once leave one entry, not an error. A
 * note left out (undefined) keeps the one there: adding again must not wipe what was written.
 */
export async function addToShortlist(
  db: Db,
  entry: { schoolId: string; trustId: string; note: string | undefined; addedBy: string },
): Promise<void> {
  await db
    .insert(entries)
    .values({ ...entry, note: entry.note ?? "" })
    .onConflictDoUpdate({
      target: [entries.schoolId, entries.trustId],
      set:
        entry.note === undefined
          ? { note: sql`${entries.note}` }
          : { note: entry.note, updatedAt: sql`now()` },
    });
}

/** Takes the trust off the school's shortlist; one that is not on it is already off. */
export async function removeFromShortlist(
  db: Db,
  entry: { schoolId: string; trustId: string },
): Promise<void> {
  await db
    .delete(entries)
    .where(and(eq(entries.schoolId, entry.schoolId), eq(entries.trustId, entry.trustId)));
}
