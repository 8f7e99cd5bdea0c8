import type { PartnershipTerms } from "@atlas/domain";
import { sql } from "drizzle-orm";
import {
  check,
  date,
  index,
  integer,
  jsonb,
  snakeCase,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { users } from "./accounts.ts";
import {
  partnershipIntentEnum,
  partnershipOutcomeEnum,
  partnershipPartyEnum,
  partnershipStateEnum,
} from "./enums.ts";
import { schools } from "./schools.ts";
import { trusts } from "./trusts.ts";

/**
 * A Trust Partnership: a school's time-limited trial membership of a trust, from its request
 * to its conclusion. The row is the partnership as it stands (state, terms, who confirmed
 * them, the end date after any extension); how it got there is `partnership_events`, which
 * is the documentation. `version` goes up with every change, so two people acting at once
 * cannot both win.
 */
export const partnerships = snakeCase.table(
  "partnerships",
  {
    id: uuid().primaryKey().defaultRandom(),
    schoolId: uuid()
      .notNull()
      .references(() => schools.id, { onDelete: "cascade" }),
    trustId: uuid()
      .notNull()
      .references(() => trusts.id, { onDelete: "cascade" }),
    state: partnershipStateEnum().notNull().default("REQUESTED"),
    intent: partnershipIntentEnum().notNull(),
    /** The terms as they stand, checked by the domain's `partnershipTermsSchema`. */
    terms: jsonb().$type<PartnershipTerms>().notNull(),
    startDate: date({ mode: "string" }).notNull(),
    /** The end as it stands: the terms' end, moved by any extension. */
    endDate: date({ mode: "string" }).notNull(),
    confirmedBy: partnershipPartyEnum().array().notNull().default(sql`'{}'`),
    outcome: partnershipOutcomeEnum(),
    governingBodyResolutionDate: date({ mode: "string" }),
    requestedBy: uuid().references(() => users.id, { onDelete: "set null" }),
    /** The requester's key for one submit: sending it again finds this row, not a second. */
    idempotencyKey: uuid().notNull(),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // One open partnership (or request) per school and trust; closed ones stay as history.
    uniqueIndex("partnerships_one_open_per_pair")
      .on(t.schoolId, t.trustId)
      .where(sql`${t.state} in ('REQUESTED', 'IN_DISCUSSION', 'AGREED', 'ACTIVE')`),
    // A school trials one trust at a time.
    uniqueIndex("partnerships_one_active_per_school")
      .on(t.schoolId)
      .where(sql`${t.state} = 'ACTIVE'`),
    uniqueIndex("partnerships_idempotency_key").on(t.idempotencyKey),
    index("partnerships_trust_idx").on(t.trustId, t.state),
    check("partnerships_dates_check", sql`${t.endDate} > ${t.startDate}`),
    // The domain allows 24 months from the start; this stops only what bypasses it.
    check(
      "partnerships_term_check",
      sql`${t.endDate} <= (${t.startDate} + interval '24 months')::date`,
    ),
    check(
      "partnerships_outcome_check",
      sql`(${t.state} = 'CONCLUDED') = (${t.outcome} is not null)`,
    ),
  ],
);

/**
 * Every step of a partnership, in order: who took it (the person and the side they acted
 * for), when, from which state to which, and why, with what changed. Rows are only ever
 * added (a trigger in the migration refuses updates and deletes), so the history is the
 * record both sides can rely on.
 */
export const partnershipEvents = snakeCase.table(
  "partnership_events",
  {
    id: uuid().primaryKey().defaultRandom(),
    partnershipId: uuid()
      .notNull()
      .references(() => partnerships.id, { onDelete: "cascade" }),
    /** 1 for the request, then one more for each step: the partnership's version after it. */
    sequence: integer().notNull(),
    /** REQUEST for the first event; then the domain's action. */
    action: text().notNull(),
    actorUserId: uuid().references(() => users.id, { onDelete: "set null" }),
    /** The person's name when they acted, so the history reads the same after they leave. */
    actorName: text(),
    actorParty: text().notNull(),
    fromState: partnershipStateEnum(),
    toState: partnershipStateEnum().notNull(),
    reason: text(),
    /** What the step changed or recorded (proposed terms, new end date, outcome). */
    details: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("partnership_events_sequence").on(t.partnershipId, t.sequence),
    check(
      "partnership_events_actor_party_check",
      sql`${t.actorParty} in ('SCHOOL', 'TRUST', 'SYSTEM')`,
    ),
  ],
);
