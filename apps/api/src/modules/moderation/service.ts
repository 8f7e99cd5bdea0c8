import { type Db, refreshPublishedTrustFacts, tables } from "@atlas/db";
import type { ModerationDecisionInput, ModerationState } from "@atlas/domain";
import { eq } from "drizzle-orm";
import type { Viewer } from "../../context.ts";
import { type AppLinks, trustDocumentPageUrl } from "../../shared/app-links.ts";
import { NotFoundError } from "../../shared/errors.ts";
import { globalIdOf } from "../../shared/global-id.ts";
import { recordAudit } from "../audit-log/service.ts";
import { peopleOfSide } from "../partnerships/sql.ts";
import { documentWords, trustNameOf } from "../trust-documents/records.ts";
import { AlreadyModeratedError } from "./errors.ts";
import { moderationMessage } from "./messages.ts";

const { trustDocumentVersions: versions, outboxMessages, users } = tables;
export type ModeratedVersion = typeof versions.$inferSelect;

const stateAfter: Record<ModerationDecisionInput["decision"], ModerationState> = {
  APPROVE: "APPROVED",
  REQUEST_CHANGES: "CHANGES_REQUESTED",
  UNPUBLISH: "UNPUBLISHED",
};

/**
 * A curator's decision on a version waiting in the queue. Approving a held version makes it
 * public; asking for changes leaves it as it is (public, or held) with the comment for the
 * trust; unpublishing takes it down with the comment as the reason. The decision, the search
 * facts, the audit entry and the email to the trust's administrators are one transaction, and
 * the row lock makes two curators' decisions queue: the second is told of the first.
 */
export async function decideModeration(
  db: Db,
  input: {
    versionId: string;
    decision: ModerationDecisionInput;
    curator: Viewer;
    links: AppLinks;
  },
): Promise<ModeratedVersion> {
  const { decision, curator } = input;
  return db.transaction(async (tx) => {
    const [version] = await tx
      .select()
      .from(versions)
      .where(eq(versions.id, input.versionId))
      .for("update");
    if (!version) {
      throw new NotFoundError(["input", "versionId"], "There is no such published version.");
    }
    if (version.moderationState !== "PENDING" || version.unpublishedAt) {
      const [by] = version.moderatedBy
        ? await tx.select({ name: users.name }).from(users).where(eq(users.id, version.moderatedBy))
        : [];
      throw new AlreadyModeratedError(
        version.unpublishedAt ? "UNPUBLISHED" : version.moderationState,
        version.moderatedAt ?? version.unpublishedAt,
        by?.name ?? null,
      );
    }
    const now = new Date();
    const comment = decision.comment || null;
    const state = stateAfter[decision.decision];
    const wasLive = !version.held;
    const [decided] = await tx
      .update(versions)
      .set({
        moderationState: state,
        moderatedAt: now,
        moderatedBy: curator.id,
        moderationComment: comment,
        ...(state === "APPROVED" ? { held: false } : {}),
        ...(state === "UNPUBLISHED"
          ? { unpublishedAt: now, unpublishedBy: curator.id, unpublishReason: comment }
          : {}),
      })
      .where(eq(versions.id, version.id))
      .returning();
    if (!decided) throw new Error("a version being moderated vanished");
    const isLive = !decided.held && !decided.unpublishedAt;
    // What the public (and search) sees changes only when a version comes up or goes down.
    if (wasLive !== isLive) await refreshPublishedTrustFacts(tx, [version.trustId]);
    const [shown] = await tx
      .select({
        profile: tables.trustPublishedFacts.profileVersionId,
        scheme: tables.trustPublishedFacts.schemeVersionId,
      })
      .from(tables.trustPublishedFacts)
      .where(eq(tables.trustPublishedFacts.trustId, version.trustId));
    const publicNow = (version.kind === "PROFILE" ? shown?.profile : shown?.scheme) === version.id;

    const trustName = await trustNameOf(tx, version.trustId);
    const words = documentWords[version.kind];
    await recordAudit(tx, {
      actor: curator,
      action: state === "UNPUBLISHED" ? "TRUST_DOCUMENT_UNPUBLISHED" : "TRUST_DOCUMENT_MODERATED",
      subjectType: "TRUST_DOCUMENT_VERSION",
      subjectId: version.id,
      trustId: version.trustId,
      summary: `${summaryVerb[state]} version ${version.number} of the ${words} of ${trustName}`,
      reason: comment,
      before: { number: version.number, moderation: "PENDING", live: wasLive },
      after: { number: version.number, moderation: state, live: isLive },
    });

    const message = moderationMessage({
      decision: decision.decision,
      documentWords: words,
      trustName,
      number: version.number,
      wasHeld: version.held,
      publicNow,
      comment,
      link: trustDocumentPageUrl(input.links, version.kind, globalIdOf("Trust", version.trustId)),
    });
    const admins = message
      ? await peopleOfSide(tx, { party: "TRUST", trustId: version.trustId })
      : [];
    if (message && admins.length > 0) {
      await tx.insert(outboxMessages).values(
        admins.map((person) => ({
          topic: `moderation.${decision.decision.toLowerCase()}`,
          recipientEmail: person.email,
          recipientName: person.name,
          ...message,
          payload: { versionId: version.id, trustId: version.trustId },
        })),
      );
    }
    return decided;
  });
}

const summaryVerb: Record<ModerationState, string> = {
  PENDING: "Queued",
  APPROVED: "Approved",
  CHANGES_REQUESTED: "Asked for changes to",
  UNPUBLISHED: "Unpublished",
};
