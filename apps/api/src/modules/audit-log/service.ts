import { type DbOrTx, tables } from "@atlas/db";
import type { AuditAction, AuditLogFilter, AuditSubject } from "@atlas/domain";
import { and, gte, inArray, lt, type SQL, sql } from "drizzle-orm";

const { auditEvents } = tables;

/** One privileged action, as the log keeps it. */
export interface AuditEntry {
  actor: { id: string; name: string } | null;
  action: AuditAction;
  subjectType: AuditSubject;
  subjectId: string;
  trustId?: string | null;
  schoolId?: string | null;
  /** One sentence a curator reads: "Verified Heron Learning Trust". */
  summary: string;
  reason?: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

/**
 * Writes the entry in the caller's transaction: the log holds an action exactly when the
 * action happened. There is no function to change or remove one (nor may the database).
 */
export async function recordAudit(tx: DbOrTx, entry: AuditEntry): Promise<void> {
  await tx.insert(auditEvents).values({
    actorUserId: entry.actor?.id ?? null,
    actorName: entry.actor?.name ?? null,
    action: entry.action,
    subjectType: entry.subjectType,
    subjectId: entry.subjectId,
    trustId: entry.trustId ?? null,
    schoolId: entry.schoolId ?? null,
    summary: entry.summary,
    reason: entry.reason ?? null,
    before: entry.before ?? null,
    after: entry.after ?? null,
  });
}

/**
 * The log's entries the filter keeps. Days are London days, as curators read them: `to` keeps
 * the whole of its day.
 */
export function auditLogCondition(filter: AuditLogFilter, table: typeof auditEvents): SQL {
  // Midnight in London of the day, `days` after it: a day is 23 or 25 hours when clocks change.
  const london = (day: string, days = 0) =>
    sql`((${day}::date + ${days}::int)::timestamp at time zone 'Europe/London')`;
  const parts: (SQL | undefined)[] = [
    filter.actions?.length ? inArray(table.action, filter.actions) : undefined,
    filter.subjectTypes?.length ? inArray(table.subjectType, filter.subjectTypes) : undefined,
    filter.trustId ? sql`${table.trustId} = ${filter.trustId}` : undefined,
    filter.from ? gte(table.at, london(filter.from)) : undefined,
    filter.to ? lt(table.at, london(filter.to, 1)) : undefined,
  ];
  return and(...parts) ?? sql`true`;
}
