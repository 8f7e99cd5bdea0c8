import { sql } from "drizzle-orm";
import { boolean, check, snakeCase, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./accounts.ts";

/**
 * How the curators moderate what trusts publish: one row for the whole platform (the key is
 * always true), read when a trust publishes. With `approvalRequired` a new version waits for a
 * curator before the public sees it; without, it goes live at once and is moderated after.
 */
export const moderationSettings = snakeCase.table(
  "moderation_settings",
  {
    id: boolean().primaryKey().default(true),
    approvalRequired: boolean().notNull().default(false),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid().references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [check("moderation_settings_single_row_check", sql`${t.id}`)],
);
