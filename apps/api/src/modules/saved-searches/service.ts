import { type Db, type DbOrTx, tables } from "@atlas/db";
import {
  MAX_SAVED_SEARCHES,
  type SavedSearchAlertFrequency,
  type TrustFilter,
} from "@atlas/domain";
import { and, count, desc, eq } from "drizzle-orm";
import { UserError } from "../../shared/errors.ts";
import { readTrustSearch } from "../trusts/search-service.ts";
import { resultsCondition } from "../trusts/search-sql.ts";

const { savedSearches: saved, trusts } = tables;
export type SavedSearchRow = typeof saved.$inferSelect;

export class TooManySavedSearchesError extends UserError {
  constructor() {
    super(
      `You keep ${MAX_SAVED_SEARCHES} saved searches for this school already: delete one you no longer need first.`,
    );
    this.name = "TooManySavedSearchesError";
  }
}

/** The ids of the trusts a saved filter matches now: the same condition the search page uses. */
export async function matchingTrustIds(db: DbOrTx, filter: TrustFilter): Promise<string[]> {
  const search = await readTrustSearch(db, { filter });
  const rows = await db
    .select({ id: trusts.id })
    .from(trusts)
    .where(resultsCondition(search.filter, trusts, search.origin));
  return rows.map((r) => r.id);
}

/** Saves a search, what it matches now marked as seen (nothing is new the moment it is saved). */
export async function saveSearch(
  db: Db,
  input: {
    userId: string;
    schoolId: string;
    name: string;
    filter: TrustFilter;
    alerts?: SavedSearchAlertFrequency | undefined;
  },
): Promise<SavedSearchRow> {
  const seenTrustIds = await matchingTrustIds(db, input.filter);
  return db.transaction(async (tx) => {
    const [kept] = await tx
      .select({ n: count() })
      .from(saved)
      .where(and(eq(saved.userId, input.userId), eq(saved.schoolId, input.schoolId)));
    if ((kept?.n ?? 0) >= MAX_SAVED_SEARCHES) throw new TooManySavedSearchesError();
    const [row] = await tx
      .insert(saved)
      .values({
        ...input,
        alerts: input.alerts ?? "IMMEDIATE",
        filter: input.filter as Record<string, unknown>,
        seenTrustIds,
        // Alerts tell of trusts that start to match after this moment, not of these.
        alertKnownTrustIds: seenTrustIds,
      })
      .returning();
    if (!row) throw new Error("a saved search was not written");
    return row;
  });
}

/** A member's saved searches for one school, newest first. */
export function savedSearchesOf(db: Db, schoolId: string, userId: string) {
  return db
    .select()
    .from(saved)
    .where(and(eq(saved.schoolId, schoolId), eq(saved.userId, userId)))
    .orderBy(desc(saved.createdAt));
}

/** The member's own saved search with this id; null for anyone else's. */
export async function ownSavedSearch(
  db: Db,
  id: string,
  userId: string,
): Promise<SavedSearchRow | null> {
  const [row] = await db
    .select()
    .from(saved)
    .where(and(eq(saved.id, id), eq(saved.userId, userId)));
  return row ?? null;
}

/** Marks what the search matches now as seen by its member. */
export async function markSeen(db: Db, row: SavedSearchRow): Promise<void> {
  const seenTrustIds = await matchingTrustIds(db, row.filter as TrustFilter);
  await db.update(saved).set({ seenTrustIds, seenAt: new Date() }).where(eq(saved.id, row.id));
}

export async function deleteSavedSearch(db: Db, id: string): Promise<void> {
  await db.delete(saved).where(eq(saved.id, id));
}

/**
 * Changes how the member hears of a search's news. Switched on from off, alerts start from what
 * it matches now (nothing that began while they were off is news); a weekly digest counts its
 * week from now.
 */
export async function setSavedSearchAlerts(
  db: Db,
  row: SavedSearchRow,
  alerts: SavedSearchAlertFrequency,
): Promise<SavedSearchRow> {
  const restart =
    row.alerts === "OFF" && alerts !== "OFF"
      ? { alertKnownTrustIds: await matchingTrustIds(db, row.filter as TrustFilter) }
      : {};
  const weekFromNow =
    alerts === "WEEKLY" && row.alerts !== "WEEKLY" ? { digestClockFrom: new Date() } : {};
  const [updated] = await db
    .update(saved)
    .set({ alerts, alertPendingTrustIds: [], ...restart, ...weekFromNow })
    .where(eq(saved.id, row.id))
    .returning();
  return updated ?? row;
}

/**
 * Stops a search's emails for whoever holds its unsubscribe link, signed in or not: the link
 * is the credential, as mail clients' one-click unsubscribe expects. Null for an unknown token.
 */
export async function unsubscribeSavedSearch(
  db: Db,
  token: string,
): Promise<{ name: string; schoolName: string } | null> {
  const [row] = await db
    .update(saved)
    .set({ alerts: "OFF", alertPendingTrustIds: [] })
    .where(eq(saved.unsubscribeToken, token))
    .returning({ name: saved.name, schoolId: saved.schoolId });
  if (!row) return null;
  const [school] = await db
    .select({ name: tables.schools.name })
    .from(tables.schools)
    .where(eq(tables.schools.id, row.schoolId));
  return { name: row.name, schoolName: school?.name ?? "your school" };
}
