import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgEnum,
  primaryKey,
  snakeCase,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { users } from "./accounts.ts";
import { moderationStateEnum } from "./enums.ts";
import { trusts } from "./trusts.ts";

/**
 * What a trust writes and publishes about itself: its profile, and its scheme of delegation.
 * Both follow one life (a draft edited in place, published as immutable numbered versions), so
 * they share these tables, told apart by kind.
 */
export const trustDocumentKindEnum = pgEnum("trust_document_kind", [
  "PROFILE",
  "SCHEME_OF_DELEGATION",
]);
export type TrustDocumentKind = (typeof trustDocumentKindEnum.enumValues)[number];

/**
 * The working copy a trust's administrators edit. `version` counts saves: a save names the
 * version it was made from and is refused when another save came first, so two editors never
 * overwrite each other unseen. Content is checked by the domain's schema before it is stored.
 */
export const trustDocumentDrafts = snakeCase.table(
  "trust_document_drafts",
  {
    trustId: uuid()
      .notNull()
      .references(() => trusts.id, { onDelete: "cascade" }),
    kind: trustDocumentKindEnum().notNull(),
    content: jsonb().$type<unknown>().notNull(),
    version: integer().notNull(),
    savedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    savedBy: uuid().references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [
    primaryKey({ columns: [t.trustId, t.kind] }),
    check("trust_document_drafts_version_check", sql`${t.version} > 0`),
  ],
);

/**
 * A published version: numbered 1, 2, 3… per trust and kind, never changed once written (a
 * trigger in the migrations refuses any update but unpublishing, once). The public sees the
 * newest one not unpublished; curators unpublish a version with a reason, which stays on record.
 */
export const trustDocumentVersions = snakeCase.table(
  "trust_document_versions",
  {
    id: uuid().primaryKey().defaultRandom(),
    trustId: uuid()
      .notNull()
      .references(() => trusts.id, { onDelete: "cascade" }),
    kind: trustDocumentKindEnum().notNull(),
    number: integer().notNull(),
    content: jsonb().$type<unknown>().notNull(),
    /** The draft version that was published. */
    draftVersion: integer().notNull(),
    changeSummary: text().notNull(),
    publishedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    publishedBy: uuid().references(() => users.id, { onDelete: "set null" }),
    unpublishedAt: timestamp({ withTimezone: true }),
    unpublishedBy: uuid().references(() => users.id, { onDelete: "set null" }),
    unpublishReason: text(),
    /**
     * Published while approval was required before publication: the public does not see it
     * until a curator approves it (which clears this, once).
     */
    held: boolean().notNull().default(false),
    moderationState: moderationStateEnum().notNull().default("PENDING"),
    moderatedAt: timestamp({ withTimezone: true }),
    moderatedBy: uuid().references(() => users.id, { onDelete: "set null" }),
    /** What the curator told the trust: the changes to make, or why it came down. */
    moderationComment: text(),
  },
  (t) => [
    unique("trust_document_versions_number_unique").on(t.trustId, t.kind, t.number),
    // The public page reads the newest live version of each kind.
    index("trust_document_versions_live_idx")
      .on(t.trustId, t.kind, t.number.desc())
      .where(sql`${t.unpublishedAt} is null and not ${t.held}`),
    // The moderation queue: oldest first, only what still waits.
    index("trust_document_versions_pending_idx")
      .on(t.publishedAt, t.id)
      .where(sql`${t.moderationState} = 'PENDING' and ${t.unpublishedAt} is null`),
    check("trust_document_versions_number_check", sql`${t.number} > 0`),
    check(
      "trust_document_versions_change_summary_check",
      sql`length(btrim(${t.changeSummary})) > 0`,
    ),
    check(
      "trust_document_versions_moderated_check",
      sql`(${t.moderationState} = 'PENDING') = (${t.moderatedAt} is null)`,
    ),
    check(
      "trust_document_versions_moderation_comment_check",
      sql`${t.moderationState} not in ('CHANGES_REQUESTED', 'UNPUBLISHED') or length(btrim(coalesce(${t.moderationComment}, ''))) > 0`,
    ),
    check(
      "trust_document_versions_held_check",
      sql`not (${t.held} and ${t.moderationState} = 'APPROVED')`,
    ),
    check(
      "trust_document_versions_unpublished_check",
      sql`(${t.unpublishedAt} is null) = (${t.unpublishReason} is null) and (${t.unpublishReason} is null or length(btrim(${t.unpublishReason})) > 0)`,
    ),
  ],
);
