import { sql } from "drizzle-orm";
import { check, index, jsonb, snakeCase, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./accounts.ts";
import { savedSearchAlertFrequencyEnum } from "./enums.ts";
import { schools } from "./schools.ts";

/**
 * A trust search a school member keeps under a name: its whole filter (checked by the domain's
 * `trustFilterSchema`), and the trusts it matched when the member last looked, so the list can
 * say which are new since. The member's own, for the school they act for.
 */
export const savedSearches = snakeCase.table(
  "saved_searches",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    schoolId: uuid()
      .notNull()
      .references(() => schools.id, { onDelete: "cascade" }),
    name: text().notNull(),
    filter: jsonb().$type<Record<string, unknown>>().notNull(),
    seenTrustIds: uuid().array().notNull().default(sql`'{}'::uuid[]`),
    seenAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** Email when a trust starts to match: at once, in a weekly digest, or not at all. */
    alerts: savedSearchAlertFrequencyEnum().notNull().default("IMMEDIATE"),
    /** What the search matched at the last alert run: a trust not in it has started to match. */
    alertKnownTrustIds: uuid().array().notNull().default(sql`'{}'::uuid[]`),
    /** Trusts that started to match since the last weekly digest. */
    alertPendingTrustIds: uuid().array().notNull().default(sql`'{}'::uuid[]`),
    /** When the last weekly digest was due; the search's creation until then. */
    digestClockFrom: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** Carried in each alert's unsubscribe link: whoever holds the email may stop it. */
    unsubscribeToken: uuid().notNull().unique().defaultRandom(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("saved_searches_owner_idx").on(t.userId, t.schoolId),
    check("saved_searches_name_check", sql`length(btrim(${t.name})) between 1 and 200`),
  ],
);
