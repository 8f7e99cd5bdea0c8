import { type Db, type DbOrTx, tables, violatedConstraint } from "@atlas/db";
import type { ClaimDecisionInput, ClaimRequest } from "@atlas/domain";
import { and, eq } from "drizzle-orm";
import type { Viewer } from "../../context.ts";
import type { AppLinks } from "../../shared/app-links.ts";
import { NotFoundError } from "../../shared/errors.ts";
import { recordAudit } from "../audit-log/service.ts";
import { ClaimRefusedError } from "./errors.ts";
import { organisationNameOf } from "./organisation-name.ts";

const { claims, outboxMessages, roleGrants, schools, trusts } = tables;
export type ClaimRow = typeof claims.$inferSelect;

/** The organisation a claim names, found by the register's number for it. */
async function organisationOf(db: DbOrTx, claim: ClaimRequest) {
  if (claim.role === "TRUST_ADMIN") {
    const [trust] = await db
      .select({ id: trusts.id, name: trusts.name })
      .from(trusts)
      .where(eq(trusts.groupUid, claim.groupUid));
    if (!trust) {
      throw new NotFoundError(["input", "groupUid"], `No trust has Group UID ${claim.groupUid}.`);
    }
    return { trustId: trust.id, schoolId: null, name: trust.name };
  }
  const [school] = await db
    .select({ id: schools.id, name: schools.name })
    .from(schools)
    .where(eq(schools.urn, claim.urn));
  if (!school) throw new NotFoundError(["input", "urn"], `No school has URN ${claim.urn}.`);
  return { trustId: null, schoolId: school.id, name: school.name };
}

function holdsRole(
  viewer: Viewer,
  role: ClaimRequest["role"],
  org: { trustId: string | null; schoolId: string | null },
) {
  return viewer.grants.some(
    (g) =>
      g.role === role &&
      (role === "TRUST_ADMIN" ? g.trustId === org.trustId : g.schoolId === org.schoolId),
  );
}

/**
 * A signed-up person asks to act for a trust or a school. Asking again while a claim waits
 * returns that claim; one who holds the role already is told so.
 */
export async function requestClaim(
  db: Db,
  input: { claim: ClaimRequest; claimant: Viewer },
): Promise<ClaimRow> {
  const { claim, claimant } = input;
  const org = await organisationOf(db, claim);
  if (holdsRole(claimant, claim.role, org)) {
    throw new ClaimRefusedError(`You already act for ${org.name}.`);
  }
  const pending = () =>
    db
      .select()
      .from(claims)
      .where(
        and(
          eq(claims.userId, claimant.id),
          eq(claims.role, claim.role),
          eq(claims.state, "PENDING"),
          org.trustId ? eq(claims.trustId, org.trustId) : eq(claims.schoolId, org.schoolId ?? ""),
        ),
      );
  const [waiting] = await pending();
  if (waiting) return waiting;
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(claims)
        .values({
          userId: claimant.id,
          role: claim.role,
          trustId: org.trustId,
          schoolId: org.schoolId,
          jobTitle: claim.jobTitle,
          evidence: claim.evidence,
        })
        .returning();
      if (!row) throw new Error("a claim was not written");
      await recordAudit(tx, {
        actor: claimant,
        action: "CLAIM_REQUESTED",
        subjectType: "CLAIM",
        subjectId: row.id,
        trustId: org.trustId,
        schoolId: org.schoolId,
        summary: `${claimant.name} asked to act for ${org.name} as ${claim.jobTitle}`,
        after: { state: "PENDING", role: claim.role, jobTitle: claim.jobTitle },
      });
      return row;
    });
  } catch (error) {
    // The same claim sent twice at once: the other one made it.
    if (violatedConstraint(error)?.constraint === "claims_one_pending") {
      const [made] = await pending();
      if (made) return made;
    }
    throw error;
  }
}

/**
 * A curator approves or declines a waiting claim. Approval grants the role; the decision, the
 * grant, their audit entries and the email to the claimant are one transaction.
 */
export async function decideClaim(
  db: Db,
  input: { claimId: string; decision: ClaimDecisionInput; curator: Viewer; links: AppLinks },
): Promise<ClaimRow> {
  const { decision, curator } = input;
  return db.transaction(async (tx) => {
    const [claim] = await tx
      .select()
      .from(claims)
      .where(eq(claims.id, input.claimId))
      .for("update");
    if (!claim) throw new NotFoundError(["input", "claimId"], "There is no such claim.");
    if (claim.state !== "PENDING") {
      throw new ClaimRefusedError(
        `This claim was ${claim.state === "APPROVED" ? "approved" : "declined"} already, by ${claim.decidedByName ?? "a curator"}.`,
      );
    }
    const approved = decision.decision === "APPROVE";
    const reason = decision.reason || null;
    const [decided] = await tx
      .update(claims)
      .set({
        state: approved ? "APPROVED" : "DECLINED",
        decidedBy: curator.id,
        decidedByName: curator.name,
        decidedAt: new Date(),
        decisionReason: reason,
      })
      .where(eq(claims.id, claim.id))
      .returning();
    if (!decided) throw new Error("a claim being decided vanished");
    const org = (await organisationNameOf(tx, claim)) ?? "the organisation";
    const [claimant] = await tx
      .select({ name: tables.users.name, email: tables.users.email })
      .from(tables.users)
      .where(eq(tables.users.id, claim.userId));
    const scope = { trustId: claim.trustId, schoolId: claim.schoolId };
    await recordAudit(tx, {
      actor: curator,
      action: "CLAIM_DECIDED",
      subjectType: "CLAIM",
      subjectId: claim.id,
      ...scope,
      summary: `${approved ? "Approved" : "Declined"} ${claimant?.name ?? "a person"}'s claim to act for ${org}`,
      reason,
      before: { state: "PENDING" },
      after: { state: decided.state },
    });
    if (approved) {
      const [grant] = await tx
        .insert(roleGrants)
        .values({ userId: claim.userId, role: claim.role, ...scope })
        .onConflictDoNothing()
        .returning({ id: roleGrants.id });
      if (grant) {
        await recordAudit(tx, {
          actor: curator,
          action: "ROLE_GRANTED",
          subjectType: "ROLE_GRANT",
          subjectId: grant.id,
          ...scope,
          summary: `${claimant?.name ?? "A person"} became ${claim.role === "TRUST_ADMIN" ? "an administrator" : "a member"} of ${org}`,
          reason: "Claim approved",
          before: null,
          after: { role: claim.role },
        });
      }
    }
    if (claimant) {
      const where = approved
        ? claim.role === "TRUST_ADMIN"
          ? `Sign in to the admin app to look after its listing: ${input.links.adminUrl}`
          : `Sign in to Trust Atlas to act for the school: ${input.links.publicUrl}`
        : "You may send a new claim with more to go on.";
      await tx.insert(outboxMessages).values({
        topic: `claim.${approved ? "approved" : "declined"}`,
        recipientEmail: claimant.email,
        recipientName: claimant.name,
        subject: `Your claim to act for ${org} is ${approved ? "approved" : "declined"}`,
        body: [
          `Your claim to act for ${org} is ${approved ? "approved" : "declined"}.`,
          ...(reason ? ["", "The curator's reason:", reason] : []),
          "",
          where,
        ].join("\n"),
        payload: { claimId: claim.id },
      });
    }
    return decided;
  });
}
