import {
  type Db,
  type DbOrTx,
  refreshPublishedTrustFacts,
  type TrustDocumentKind,
  tables,
} from "@atlas/db";
import { and, desc, eq, isNull, sql } from "drizzle-orm";
import { recordAudit } from "../audit-log/service.ts";
import { readModerationSettings } from "../moderation/settings.ts";
import { AlreadyUnpublishedError, NothingToPublishError, VersionConflictError } from "./errors.ts";
import { documentWords, trustNameOf } from "./records.ts";

const { trustDocumentDrafts: drafts, trustDocumentVersions: versions, users } = tables;

export type DraftRow = typeof drafts.$inferSelect;
export type VersionRow = typeof versions.$inferSelect;

export interface DocumentRef {
  trustId: string;
  kind: TrustDocumentKind;
}

/** The conflict to report when the draft is no longer at the version the editor had. */
async function conflictWith(db: DbOrTx, ref: DocumentRef): Promise<VersionConflictError> {
  const [current] = await db
    .select({ version: drafts.version, savedAt: drafts.savedAt, savedBy: users.name })
    .from(drafts)
    .leftJoin(users, eq(users.id, drafts.savedBy))
    .where(and(eq(drafts.trustId, ref.trustId), eq(drafts.kind, ref.kind)));
  return new VersionConflictError(
    current?.version ?? 0,
    current?.savedBy ?? null,
    current?.savedAt ?? null,
  );
}

/**
 * Saves a draft made from `expectedVersion` (0: there was none). One conditional statement
 * writes it, so of two editors saving from the same version exactly one succeeds and the other
 * is told who got there first; nothing is ever overwritten unseen.
 */
export async function saveDraft(
  db: Db,
  ref: DocumentRef,
  input: { expectedVersion: number; content: unknown; editorId: string },
): Promise<DraftRow> {
  const values = { content: input.content, savedAt: new Date(), savedBy: input.editorId };
  const saved =
    input.expectedVersion === 0
      ? await db
          .insert(drafts)
          .values({ ...ref, ...values, version: 1 })
          .onConflictDoNothing()
          .returning()
      : await db
          .update(drafts)
          .set({ ...values, version: sql`${drafts.version} + 1` })
          .where(
            and(
              eq(drafts.trustId, ref.trustId),
              eq(drafts.kind, ref.kind),
              eq(drafts.version, input.expectedVersion),
            ),
          )
          .returning();
  const [row] = saved;
  if (!row) throw await conflictWith(db, ref);
  return row;
}

/**
 * Publishes the draft as the next numbered version, if it is still at `expectedVersion` (so
 * what is published is what the editor saw) and differs from what the public sees now. The
 * draft row is locked for the transaction, so two publishes queue and number in order. Every
 * version enters the moderation queue; while curators require approval before publication it
 * is held back from the public until one approves it.
 */
export async function publishDraft(
  db: Db,
  ref: DocumentRef,
  input: { expectedVersion: number; changeSummary: string; publisher: Actor },
): Promise<VersionRow> {
  return db.transaction(async (tx) => {
    const [draft] = await tx
      .select()
      .from(drafts)
      .where(and(eq(drafts.trustId, ref.trustId), eq(drafts.kind, ref.kind)))
      .for("update");
    if (!draft || draft.version !== input.expectedVersion) {
      if (!draft && input.expectedVersion === 0) throw new NothingToPublishError(null);
      throw await conflictWith(tx, ref);
    }
    const [newest] = await tx
      .select({
        number: versions.number,
        // Up: public, or held and still waiting for approval (one sent back for changes can
        // never be released, so the same content may be published again); live: public.
        up: sql<boolean>`${versions.unpublishedAt} is null and (not ${versions.held} or ${versions.moderationState} = 'PENDING')`,
        live: sql<boolean>`${versions.unpublishedAt} is null and not ${versions.held}`,
        same: sql<boolean>`${versions.content} = ${JSON.stringify(draft.content)}::jsonb`,
      })
      .from(versions)
      .where(and(eq(versions.trustId, ref.trustId), eq(versions.kind, ref.kind)))
      .orderBy(desc(versions.number))
      .limit(1);
    if (newest?.up && newest.same) throw new NothingToPublishError(newest.number);
    const { approvalRequired } = await readModerationSettings(tx);
    const [published] = await tx
      .insert(versions)
      .values({
        ...ref,
        number: (newest?.number ?? 0) + 1,
        content: draft.content,
        draftVersion: draft.version,
        changeSummary: input.changeSummary,
        publishedBy: input.publisher.id,
        held: approvalRequired,
      })
      .returning();
    if (!published) throw new Error("publishing wrote no version");
    if (!published.held) await refreshPublishedTrustFacts(tx, [ref.trustId]);
    await recordAudit(tx, {
      actor: input.publisher,
      action: "TRUST_DOCUMENT_PUBLISHED",
      subjectType: "TRUST_DOCUMENT_VERSION",
      subjectId: published.id,
      trustId: ref.trustId,
      summary: `Published version ${published.number} of the ${documentWords[ref.kind]} of ${await trustNameOf(tx, ref.trustId)}${published.held ? ", held for a curator's approval" : ""}`,
      reason: input.changeSummary,
      before: newest ? { number: newest.number, live: newest.live } : null,
      after: { number: published.number, live: !published.held },
    });
    return published;
  });
}

/** Who publishes or unpublishes, as the audit log names them. */
interface Actor {
  id: string;
  name: string;
}

/** The version with this id, if it is of this kind. */
export async function findVersion(
  db: Db,
  id: string,
  kind: TrustDocumentKind,
): Promise<VersionRow | null> {
  const [row] = await db
    .select()
    .from(versions)
    .where(and(eq(versions.id, id), eq(versions.kind, kind)));
  return row ?? null;
}

/**
 * Takes a version down: the public then sees the newest version still up, or nothing. The
 * version itself stays, with who took it down, when and why.
 */
export async function unpublishVersion(
  db: Db,
  version: VersionRow,
  input: { reason: string; curator: Actor },
): Promise<VersionRow> {
  const row = await db.transaction(async (tx) => {
    const [taken] = await tx
      .update(versions)
      .set({
        unpublishedAt: new Date(),
        unpublishedBy: input.curator.id,
        unpublishReason: input.reason,
      })
      .where(and(eq(versions.id, version.id), isNull(versions.unpublishedAt)))
      .returning();
    if (!taken) return taken;
    // Taking down a version still in the moderation queue decides it too.
    await tx
      .update(versions)
      .set({
        moderationState: "UNPUBLISHED",
        moderatedAt: taken.unpublishedAt,
        moderatedBy: input.curator.id,
        moderationComment: input.reason,
      })
      .where(and(eq(versions.id, taken.id), eq(versions.moderationState, "PENDING")));
    // The public now reads an older version, or none: search must read the same.
    await refreshPublishedTrustFacts(tx, [taken.trustId]);
    await recordAudit(tx, {
      actor: input.curator,
      action: "TRUST_DOCUMENT_UNPUBLISHED",
      subjectType: "TRUST_DOCUMENT_VERSION",
      subjectId: taken.id,
      trustId: taken.trustId,
      summary: `Unpublished version ${taken.number} of the ${documentWords[taken.kind]} of ${await trustNameOf(tx, taken.trustId)}`,
      reason: input.reason,
      before: { number: taken.number, live: !taken.held },
      after: { number: taken.number, live: false },
    });
    return taken;
  });
  if (row) return row;
  const current = await findVersion(db, version.id, version.kind);
  throw new AlreadyUnpublishedError(
    current?.unpublishedAt ?? new Date(),
    current?.unpublishReason ?? "",
  );
}
