import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  primaryKey,
  snakeCase,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { users } from "./accounts.ts";
import { timestamps } from "./columns.ts";
import { auditActionEnum, auditSubjectEnum, claimStateEnum, roleEnum } from "./enums.ts";
import { schools } from "./schools.ts";
import { sectorBodies } from "./sector-bodies.ts";
import { trusts } from "./trusts.ts";

/**
 * Every privileged action, written in the action's own transaction: who, when, what it was
 * about, and the state before and after. Rows are only ever added (a trigger refuses updates
 * and deletes), and trust and school ids are kept without foreign keys, so the record
 * outlives what it describes.
 */
export const auditEvents = snakeCase.table(
  "audit_events",
  {
    id: uuid().primaryKey().defaultRandom(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    actorUserId: uuid().references(() => users.id, { onDelete: "set null" }),
    /** The person's name when they acted, so the log reads the same after they leave. */
    actorName: text(),
    action: auditActionEnum().notNull(),
    subjectType: auditSubjectEnum().notNull(),
    subjectId: uuid().notNull(),
    /** The trust or school concerned, for filtering; either may be unset. */
    trustId: uuid(),
    schoolId: uuid(),
    /** One sentence a curator reads in the log. */
    summary: text().notNull(),
    reason: text(),
    before: jsonb().$type<Record<string, unknown>>(),
    after: jsonb().$type<Record<string, unknown>>(),
  },
  (t) => [
    index("audit_events_at_idx").on(t.at.desc(), t.id.desc()),
    index("audit_events_trust_idx").on(t.trustId, t.at.desc()),
    index("audit_events_actor_idx").on(t.actorUserId, t.at.desc()),
    index("audit_events_action_idx").on(t.action, t.at.desc()),
    check("audit_events_summary_check", sql`length(btrim(${t.summary})) > 0`),
  ],
);

/**
 * A curator's verification of a trust: the checks they made, on which date. The newest row is
 * the trust's verification; earlier ones stay as its history.
 */
export const trustVerifications = snakeCase.table(
  "trust_verifications",
  {
    id: uuid().primaryKey().defaultRandom(),
    trustId: uuid()
      .notNull()
      .references(() => trusts.id, { onDelete: "cascade" }),
    sectorBodyId: uuid()
      .notNull()
      .references(() => sectorBodies.id, { onDelete: "restrict" }),
    verifiedBy: uuid().references(() => users.id, { onDelete: "set null" }),
    verifiedByName: text().notNull(),
    /** The trust's name, number and address match the register (GIAS, Companies House). */
    registerMatch: boolean().notNull(),
    /** A named contact at the trust confirmed the listing is theirs. */
    contactConfirmed: boolean().notNull(),
    contactName: text().notNull(),
    checkedOn: date({ mode: "string" }).notNull(),
    notes: text(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("trust_verifications_trust_idx").on(t.trustId, t.at.desc()),
    // A verification is both checks made; the API says which is missing before this does.
    check("trust_verifications_checks_check", sql`${t.registerMatch} and ${t.contactConfirmed}`),
  ],
);

/**
 * A signed-up person asks to administer a trust or represent a school, saying what they do
 * there and how a curator can tell. Approval grants the role in the same transaction.
 */
export const claims = snakeCase.table(
  "claims",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: roleEnum().notNull(),
    trustId: uuid().references(() => trusts.id, { onDelete: "cascade" }),
    schoolId: uuid().references(() => schools.id, { onDelete: "cascade" }),
    /** What they do there, in their words ("Headteacher", "Chief operating officer"). */
    jobTitle: text().notNull(),
    /** How a curator can tell: a work email, a staff page, who to call. */
    evidence: text().notNull(),
    state: claimStateEnum().notNull().default("PENDING"),
    decidedBy: uuid().references(() => users.id, { onDelete: "set null" }),
    decidedByName: text(),
    decidedAt: timestamp({ withTimezone: true }),
    decisionReason: text(),
    ...timestamps,
  },
  (t) => [
    // One claim awaiting a decision per person and organisation: asking twice changes nothing.
    // (Exactly one of the two ids is set, by the check below.)
    uniqueIndex("claims_one_pending")
      .on(t.userId, t.role, sql`coalesce(${t.trustId}, ${t.schoolId})`)
      .where(sql`${t.state} = 'PENDING'`),
    index("claims_pending_idx").on(t.createdAt).where(sql`${t.state} = 'PENDING'`),
    check(
      "claims_organisation_check",
      sql`(${t.role} = 'TRUST_ADMIN' and ${t.trustId} is not null and ${t.schoolId} is null)
       or (${t.role} = 'SCHOOL_MEMBER' and ${t.schoolId} is not null and ${t.trustId} is null)`,
    ),
    check(
      "claims_decision_check",
      sql`(${t.state} = 'PENDING') = (${t.decidedAt} is null)
       and (${t.state} <> 'DECLINED' or length(btrim(coalesce(${t.decisionReason}, ''))) > 0)`,
    ),
  ],
);

/**
 * A trust administrator or school member invites a colleague by email. The link carries a
 * random token of which only a SHA-256 hash is kept; it expires, and is used once.
 */
export const invitations = snakeCase.table(
  "invitations",
  {
    id: uuid().primaryKey().defaultRandom(),
    email: text().notNull(),
    role: roleEnum().notNull(),
    trustId: uuid().references(() => trusts.id, { onDelete: "cascade" }),
    schoolId: uuid().references(() => schools.id, { onDelete: "cascade" }),
    invitedBy: uuid().references(() => users.id, { onDelete: "set null" }),
    invitedByName: text().notNull(),
    tokenHash: text().notNull().unique(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    acceptedAt: timestamp({ withTimezone: true }),
    acceptedBy: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("invitations_trust_idx").on(t.trustId),
    index("invitations_school_idx").on(t.schoolId),
    check("invitations_email_lowercase_check", sql`${t.email} = lower(${t.email})`),
    check(
      "invitations_organisation_check",
      sql`(${t.role} = 'TRUST_ADMIN' and ${t.trustId} is not null and ${t.schoolId} is null)
       or (${t.role} = 'SCHOOL_MEMBER' and ${t.schoolId} is not null and ${t.trustId} is null)`,
    ),
  ],
);

/**
 * A curated listing: a title, editorial text and trusts in order, each with a note. Published
 * ones show on the public home page and at `/collections/<slug>`.
 */
export const collections = snakeCase.table(
  "collections",
  {
    id: uuid().primaryKey().defaultRandom(),
    slug: text().notNull().unique(),
    title: text().notNull(),
    summary: text().notNull(),
    published: boolean().notNull().default(false),
    sectorBodyId: uuid()
      .notNull()
      .references(() => sectorBodies.id, { onDelete: "restrict" }),
    /** Goes up with every save: two curators never overwrite each other silently. */
    version: integer().notNull().default(1),
    updatedBy: uuid().references(() => users.id, { onDelete: "set null" }),
    ...timestamps,
  },
  (t) => [
    check("collections_slug_check", sql`${t.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`),
    index("collections_published_idx").on(t.updatedAt.desc()).where(sql`${t.published}`),
  ],
);

/** The trusts of a collection, in the curator's order. */
export const collectionEntries = snakeCase.table(
  "collection_entries",
  {
    collectionId: uuid()
      .notNull()
      .references(() => collections.id, { onDelete: "cascade" }),
    trustId: uuid()
      .notNull()
      .references(() => trusts.id, { onDelete: "cascade" }),
    position: integer().notNull(),
    note: text().notNull().default(""),
  },
  (t) => [
    primaryKey({ columns: [t.collectionId, t.trustId] }),
    unique("collection_entries_position_unique").on(t.collectionId, t.position),
    index("collection_entries_trust_idx").on(t.trustId),
    check("collection_entries_position_check", sql`${t.position} >= 0`),
  ],
);
