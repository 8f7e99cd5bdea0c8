import type { FitPreferencesInput } from "@atlas/domain";
import { sql } from "drizzle-orm";
import { check, integer, jsonb, snakeCase, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./accounts.ts";
import { schools } from "./schools.ts";

/**
 * A school's side of the mapping exercise (its vision, values and what it wants of a trust),
 * checked by the domain's `fitPreferencesSchema` before it is written. One per school, shared
 * by its members; `version` counts saves so two members never overwrite each other unseen.
 */
export const schoolFitProfiles = snakeCase.table(
  "school_fit_profiles",
  {
    schoolId: uuid()
      .primaryKey()
      .references(() => schools.id, { onDelete: "cascade" }),
    preferences: jsonb().$type<FitPreferencesInput>().notNull(),
    version: integer().notNull(),
    savedBy: uuid().references(() => users.id, { onDelete: "set null" }),
    savedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check("school_fit_profiles_version_check", sql`${t.version} > 0`)],
);
