import { type Db, type DbOrTx, tables } from "@atlas/db";
import { planSavedSearchAlert, type TrustFilter } from "@atlas/domain";
import { and, asc, eq, gt, inArray, ne, sql } from "drizzle-orm";
import { globalIdOf } from "../../shared/global-id.ts";
import { savedSearchAlertMessage } from "./alert-messages.ts";
import { matchingTrustIds } from "./service.ts";

const { savedSearches: saved, outboxMessages, schools, trusts, users } = tables;

export interface AlertSweepOptions {
  /** The public app's address, for the links in each email. */
  publicUrl: string;
  now?: Date;
  /** How many saved searches one query picks up. */
  batchSize?: number;
}

export interface AlertSweepCounts {
  checked: number;
  /** Emails written to the outbox. */
  told: number;
}

export const unsubscribeLink = (publicUrl: string, token: string) =>
  `${publicUrl}/saved-searches/unsubscribe/${token}`;

/**
 * One run of every saved search's alerts: what each matches now against what it matched at the
 * last run, and an email in the outbox, in the same transaction as the search's new state, for
 * each that has news (the domain's `planSavedSearchAlert` decides). Each search is taken with
 * `FOR UPDATE SKIP LOCKED`, so instances running this at once never tell the same news twice.
 * Searches with alerts off are skipped: switching them on starts from what they match then.
 */
export async function sweepSavedSearchAlerts(
  db: Db,
  options: AlertSweepOptions,
): Promise<AlertSweepCounts> {
  const now = options.now ?? new Date();
  const batchSize = options.batchSize ?? 100;
  const counts: AlertSweepCounts = { checked: 0, told: 0 };
  let after = "00000000-0000-0000-0000-000000000000";
  for (;;) {
    const batch = await db
      .select({ id: saved.id })
      .from(saved)
      .where(and(ne(saved.alerts, "OFF"), gt(saved.id, after)))
      .orderBy(asc(saved.id))
      .limit(batchSize);
    for (const { id } of batch) {
      const told = await db.transaction((tx) => alertOne(tx, id, now, options.publicUrl));
      if (told === null) continue;
      counts.checked += 1;
      if (told) counts.told += 1;
    }
    const last = batch.at(-1);
    if (!last || batch.length < batchSize) return counts;
    after = last.id;
  }
}

/** One saved search's run; null when another run holds it or it is gone or switched off. */
async function alertOne(
  tx: DbOrTx,
  id: string,
  now: Date,
  publicUrl: string,
): Promise<boolean | null> {
  const [row] = await tx
    .select()
    .from(saved)
    .where(and(eq(saved.id, id), ne(saved.alerts, "OFF")))
    .for("update", { skipLocked: true });
  if (!row) return null;
  const plan = planSavedSearchAlert({
    frequency: row.alerts,
    matching: await matchingTrustIds(tx, row.filter as TrustFilter),
    known: row.alertKnownTrustIds,
    pending: row.alertPendingTrustIds,
    digestClockFrom: row.digestClockFrom,
    now,
  });
  await tx
    .update(saved)
    .set({
      alertKnownTrustIds: plan.known,
      alertPendingTrustIds: plan.pending,
      digestClockFrom: plan.digestClockFrom,
    })
    .where(eq(saved.id, id));
  if (plan.kind === null || plan.tell.length === 0) return false;

  const [who] = await tx
    .select({ email: users.email, name: users.name, schoolName: schools.name, urn: schools.urn })
    .from(users)
    .innerJoin(schools, eq(schools.id, row.schoolId))
    .where(eq(users.id, row.userId));
  if (!who) return false;
  const told = await tx
    .select({ id: trusts.id, name: trusts.name })
    .from(trusts)
    .where(inArray(trusts.id, plan.tell))
    .orderBy(asc(sql`lower(${trusts.name})`));
  const { subject, body } = savedSearchAlertMessage({
    kind: plan.kind,
    searchName: row.name,
    schoolName: who.schoolName,
    trusts: told.map((t) => ({
      name: t.name,
      link: `${publicUrl}/trusts/${encodeURIComponent(globalIdOf("Trust", t.id))}`,
    })),
    savedSearchesLink: `${publicUrl}/schools/${who.urn}/shortlist`,
    unsubscribeLink: unsubscribeLink(publicUrl, row.unsubscribeToken),
  });
  await tx.insert(outboxMessages).values({
    topic: plan.kind === "DIGEST" ? "saved-search.digest" : "saved-search.alert",
    recipientEmail: who.email,
    recipientName: who.name,
    subject,
    body,
    payload: {
      savedSearchId: row.id,
      schoolId: row.schoolId,
      trustIds: told.map((t) => t.id),
      unsubscribeUrl: unsubscribeLink(publicUrl, row.unsubscribeToken),
    },
  });
  return true;
}
