import { sql } from "drizzle-orm";
import { check, index, snakeCase, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { timestamps } from "./columns.ts";
import { roleEnum } from "./enums.ts";
import { schools } from "./schools.ts";
import { sectorBodies } from "./sector-bodies.ts";
import { trusts } from "./trusts.ts";

export const users = snakeCase.table(
  "users",
  {
    id: uuid().primaryKey().defaultRandom(),
    email: text().notNull().unique(),
    name: text().notNull(),
    passwordHash: text().notNull(),
    ...timestamps,
  },
  (t) => [check("users_email_lowercase_check", sql`${t.email} = lower(${t.email})`)],
);

/** A signed-in session. Only a SHA-256 hash of the cookie's token is stored. */
export const sessions = snakeCase.table(
  "sessions",
  {
    tokenHash: text().primaryKey(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    userAgent: text(),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

/**
 * A role is a membership of one organisation: TRUST_ADMIN of a trust, SCHOOL_MEMBER of a school,
 * CURATOR of a sector body. Revoking keeps the row, so who could do what stays on record.
 */
export const roleGrants = snakeCase.table(
  "role_grants",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: roleEnum().notNull(),
    trustId: uuid().references(() => trusts.id, { onDelete: "cascade" }),
    schoolId: uuid().references(() => schools.id, { onDelete: "cascade" }),
    sectorBodyId: uuid().references(() => sectorBodies.id, { onDelete: "cascade" }),
    grantedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index("role_grants_user_idx").on(t.userId),
    // A trust's administrators are looked up by trust.
    index("role_grants_trust_idx").on(t.trustId).where(sql`${t.revokedAt} is null`),
    unique("role_grants_unique_grant")
      .on(t.userId, t.role, t.trustId, t.schoolId, t.sectorBodyId, t.revokedAt)
      .nullsNotDistinct(),
    check(
      "role_grants_organisation_check",
      sql`(${t.role} = 'TRUST_ADMIN' and ${t.trustId} is not null and ${t.schoolId} is null and ${t.sectorBodyId} is null)
       or (${t.role} = 'SCHOOL_MEMBER' and ${t.schoolId} is not null and ${t.trustId} is null and ${t.sectorBodyId} is null)
       or (${t.role} = 'CURATOR' and ${t.sectorBodyId} is not null and ${t.trustId} is null and ${t.schoolId} is null)`,
    ),
  ],
);
