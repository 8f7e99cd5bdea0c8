import { sql } from "drizzle-orm";
import { check, index, primaryKey, snakeCase, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./accounts.ts";
import { schools } from "./schools.ts";
import { trusts } from "./trusts.ts";

/**
 * The trusts a school is considering joining. The list is the school's, shared by all its
 * members, so a trust is on it once whoever added it; `addedBy` is kept only to say who did.
 */
export const shortlistEntries = snakeCase.table(
  "shortlist_entries",
  {
    schoolId: uuid()
      .notNull()
      .references(() => schools.id, { onDelete: "cascade" }),
    trustId: uuid()
      .notNull()
      .references(() => trusts.id, { onDelete: "cascade" }),
    note: text().notNull().default(""),
    addedBy: uuid().references(() => users.id, { onDelete: "set null" }),
    addedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.schoolId, t.trustId] }),
    // Deleting a trust cascades here; without this it would scan every school's list.
    index("shortlist_entries_trust_idx").on(t.trustId),
    // The domain allows 2,000 characters; the limit here only stops what bypasses it.
    check("shortlist_entries_note_length_check", sql`char_length(${t.note}) <= 2000`),
  ],
);
