import { type Db, tables } from "@atlas/db";
import type { TrustVerificationInput } from "@atlas/domain";
import { desc, eq } from "drizzle-orm";
import type { Viewer } from "../../context.ts";
import { NotFoundError } from "../../shared/errors.ts";
import { recordAudit } from "../audit-log/service.ts";

const { trusts, trustVerifications } = tables;

/** What the audit log keeps of a verification, before and after. */
const recordOf = (v: typeof trustVerifications.$inferSelect) => ({
  checkedOn: v.checkedOn,
  contactName: v.contactName,
  verifiedBy: v.verifiedByName,
  registerMatch: v.registerMatch,
  contactConfirmed: v.contactConfirmed,
  notes: v.notes,
});

/**
 * A curator records that they verified a trust: the checks, the contact, the date. A trust
 * verified again gets a new row, so the earlier checks stay on record; the audit entry is
 * written in the same transaction.
 */
export async function verifyTrust(
  db: Db,
  input: {
    trustId: string;
    checks: TrustVerificationInput;
    curator: Viewer;
    sectorBodyId: string;
  },
) {
  return db.transaction(async (tx) => {
    const [trust] = await tx
      .select({ id: trusts.id, name: trusts.name })
      .from(trusts)
      .where(eq(trusts.id, input.trustId))
      .for("update");
    if (!trust) throw new NotFoundError(["input", "trustId"], "There is no such trust.");
    const [previous] = await tx
      .select()
      .from(trustVerifications)
      .where(eq(trustVerifications.trustId, trust.id))
      .orderBy(desc(trustVerifications.at))
      .limit(1);
    const [row] = await tx
      .insert(trustVerifications)
      .values({
        trustId: trust.id,
        sectorBodyId: input.sectorBodyId,
        verifiedBy: input.curator.id,
        verifiedByName: input.curator.name,
        registerMatch: input.checks.registerMatch,
        contactConfirmed: input.checks.contactConfirmed,
        contactName: input.checks.contactName,
        checkedOn: input.checks.checkedOn,
        notes: input.checks.notes || null,
      })
      .returning();
    if (!row) throw new Error("a verification was not written");
    await recordAudit(tx, {
      actor: input.curator,
      action: "TRUST_VERIFIED",
      subjectType: "TRUST",
      subjectId: trust.id,
      trustId: trust.id,
      summary: `${previous ? "Verified again" : "Verified"} ${trust.name}`,
      before: previous ? recordOf(previous) : null,
      after: recordOf(row),
    });
    return row;
  });
}
