import { sql } from "drizzle-orm";
import { check, date, index, snakeCase, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { timestamps } from "./columns.ts";
import { schools } from "./schools.ts";
import { trusts } from "./trusts.ts";

/**
 * A school's membership of a trust over time. Leaving sets `leftOn`; rows are never deleted,
 * so the history of which trust ran a school stays on record.
 */
export const memberships = snakeCase.table(
  "memberships",
  {
    id: uuid().primaryKey().defaultRandom(),
    schoolId: uuid()
      .notNull()
      .references(() => schools.id, { onDelete: "restrict" }),
    trustId: uuid()
      .notNull()
      .references(() => trusts.id, { onDelete: "restrict" }),
    joinedOn: date({ mode: "string" }).notNull(),
    leftOn: date({ mode: "string" }),
    ...timestamps,
  },
  (t) => [
    // A school belongs to at most one trust at a time.
    uniqueIndex("memberships_one_current_per_school")
      .on(t.schoolId)
      .where(sql`${t.leftOn} is null`),
    index("memberships_current_by_trust_idx")
      .on(t.trustId, t.schoolId)
      .where(sql`${t.leftOn} is null`),
    index("memberships_school_idx").on(t.schoolId),
    check("memberships_dates_check", sql`${t.leftOn} is null or ${t.leftOn} >= ${t.joinedOn}`),
  ],
);

/** The memberships in force today: one row per school that is in a trust now. */
export const currentMemberships = snakeCase
  .view("current_memberships")
  .as((qb) => qb.select().from(memberships).where(sql`${memberships.leftOn} is null`));
