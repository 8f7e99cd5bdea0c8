import { type Db, type DbOrTx, executeRows, tables } from "@atlas/db";
import { eq, sql } from "drizzle-orm";
import type { Viewer } from "../../context.ts";
import { recordAudit } from "../audit-log/service.ts";

const { moderationSettings, users } = tables;

/** The audit log names the platform's one settings row by this id. */
export const MODERATION_SETTINGS_ID = "00000000-0000-4000-8000-000000000001";

export interface ModerationSettings {
  approvalRequired: boolean;
  updatedAt: Date | null;
  updatedBy: string | null;
}

/** The setting as it stands; before any curator changed it, versions go live at once. */
export async function readModerationSettings(db: DbOrTx): Promise<ModerationSettings> {
  const [row] = await db
    .select({
      approvalRequired: moderationSettings.approvalRequired,
      updatedAt: moderationSettings.updatedAt,
      updatedBy: users.name,
    })
    .from(moderationSettings)
    .leftJoin(users, eq(users.id, moderationSettings.updatedBy));
  return row ?? { approvalRequired: false, updatedAt: null, updatedBy: null };
}

/**
 * Turns approval before publication on or off, for every trust from their next publish. Written
 * with its audit entry under a lock, so the log's before is what it replaced.
 */
export async function setApprovalRequired(
  db: Db,
  input: { approvalRequired: boolean; curator: Viewer },
): Promise<void> {
  await db.transaction(async (tx) => {
    // The row may not exist yet (nothing to lock): a lock of its own makes changes take turns.
    await executeRows(tx, sql`select pg_advisory_xact_lock(hashtext('moderation_settings'))`);
    const [before] = await tx.select().from(moderationSettings);
    const was = before?.approvalRequired ?? false;
    await tx
      .insert(moderationSettings)
      .values({ approvalRequired: input.approvalRequired, updatedBy: input.curator.id })
      .onConflictDoUpdate({
        target: moderationSettings.id,
        set: {
          approvalRequired: input.approvalRequired,
          updatedAt: new Date(),
          updatedBy: input.curator.id,
        },
      });
    if (was === input.approvalRequired) return;
    await recordAudit(tx, {
      actor: input.curator,
      action: "MODERATION_SETTINGS_CHANGED",
      subjectType: "SETTINGS",
      subjectId: MODERATION_SETTINGS_ID,
      summary: input.approvalRequired
        ? "Required a curator's approval before a profile or scheme is published"
        : "Let profiles and schemes go live at once, moderated after publication",
      before: { approvalRequired: was },
      after: { approvalRequired: input.approvalRequired },
    });
  });
}
