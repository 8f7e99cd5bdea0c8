import { type Db, type DbOrTx, tables } from "@atlas/db";
import { INVITATION_VALID_DAYS, invitationRefusal } from "@atlas/domain";
import { and, eq, isNull } from "drizzle-orm";
import type { Viewer } from "../../context.ts";
import { type AppLinks, invitationPageUrl } from "../../shared/app-links.ts";
import { NotFoundError } from "../../shared/errors.ts";
import { hashSecretToken, newSecretToken } from "../../shared/secret-tokens.ts";
import { recordAudit } from "../audit-log/service.ts";
import { organisationNameOf } from "../claims/organisation-name.ts";
import { InvitationRefusedError } from "./errors.ts";

const { invitations, outboxMessages, roleGrants, users } = tables;
export type InvitationRow = typeof invitations.$inferSelect;
/** An invitation with the name of what it is to, as every reader shows it. */
export interface InvitationView {
  row: InvitationRow;
  organisationName: string;
}

/** The organisation an invitation is to: a trust's administrators, or a school's members. */
export type InvitationOrganisation =
  | { party: "TRUST"; trustId: string }
  | { party: "SCHOOL"; schoolId: string };

const roleOf = (org: InvitationOrganisation) =>
  org.party === "TRUST" ? ("TRUST_ADMIN" as const) : ("SCHOOL_MEMBER" as const);
const idsOf = (org: InvitationOrganisation) =>
  org.party === "TRUST"
    ? { trustId: org.trustId, schoolId: null }
    : { trustId: null, schoolId: org.schoolId };

/** Whether the person with this email holds the role there now. */
async function holdsRole(db: DbOrTx, email: string, org: InvitationOrganisation) {
  const ids = idsOf(org);
  const [held] = await db
    .select({ id: roleGrants.id })
    .from(roleGrants)
    .innerJoin(users, eq(users.id, roleGrants.userId))
    .where(
      and(
        eq(users.email, email),
        eq(roleGrants.role, roleOf(org)),
        isNull(roleGrants.revokedAt),
        ids.trustId
          ? eq(roleGrants.trustId, ids.trustId)
          : eq(roleGrants.schoolId, ids.schoolId ?? ""),
      ),
    );
  return held !== undefined;
}

/**
 * A trust's administrator or a school's member invites a colleague by email. The email
 * carries a link with a random token; only its hash is kept. The invitation, its audit entry
 * and the email are one transaction.
 */
export async function inviteColleague(
  db: Db,
  input: { org: InvitationOrganisation; email: string; inviter: Viewer; links: AppLinks },
): Promise<InvitationView> {
  const { org, email, inviter } = input;
  const ids = idsOf(org);
  const name = await organisationNameOf(db, ids);
  if (!name)
    throw new NotFoundError(["input", "organisationId"], "There is no such trust or school.");
  if (await holdsRole(db, email, org)) {
    throw new InvitationRefusedError(`${email} already acts for ${name}.`);
  }
  const token = newSecretToken();
  const expiresAt = new Date(Date.now() + INVITATION_VALID_DAYS * 24 * 60 * 60 * 1000);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(invitations)
      .values({
        email,
        role: roleOf(org),
        ...ids,
        invitedBy: inviter.id,
        invitedByName: inviter.name,
        tokenHash: hashSecretToken(token),
        expiresAt,
      })
      .returning();
    if (!row) throw new Error("an invitation was not written");
    const what = org.party === "TRUST" ? "an administrator of" : "a member of";
    await recordAudit(tx, {
      actor: inviter,
      action: "INVITATION_SENT",
      subjectType: "INVITATION",
      subjectId: row.id,
      ...ids,
      summary: `${inviter.name} invited ${email} to be ${what} ${name}`,
      after: { email, role: row.role, expiresAt: expiresAt.toISOString() },
    });
    await tx.insert(outboxMessages).values({
      topic: "invitation.sent",
      recipientEmail: email,
      recipientName: email,
      subject: `${inviter.name} invites you to Trust Atlas for ${name}`,
      body: [
        `${inviter.name} invites you to be ${what} ${name} on Trust Atlas.`,
        "",
        `Accept the invitation (the link works once, for ${INVITATION_VALID_DAYS} days):`,
        invitationPageUrl(input.links, org.party, token),
        "",
        "If you did not expect this, you can ignore this email.",
      ].join("\n"),
      payload: { invitationId: row.id },
    });
    return { row, organisationName: name };
  });
}

/** The invitation a link's token opens, with the name of its organisation; null if none. */
export async function invitationByToken(db: DbOrTx, token: string): Promise<InvitationView | null> {
  const [row] = await db
    .select()
    .from(invitations)
    .where(eq(invitations.tokenHash, hashSecretToken(token)));
  if (!row) return null;
  return { row, organisationName: (await organisationNameOf(db, row)) ?? "" };
}

/**
 * The invited person, signed in with the address the link was sent to, accepts: the role is
 * granted and the link spent, in one transaction (a second accept finds it used).
 */
export async function acceptInvitation(
  db: Db,
  input: { token: string; acceptor: Viewer },
): Promise<InvitationView> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(invitations)
      .where(eq(invitations.tokenHash, hashSecretToken(input.token)))
      .for("update");
    if (!row) {
      throw new NotFoundError(
        ["input", "token"],
        "This invitation link is not one we sent: check it was copied whole.",
      );
    }
    const refusal = invitationRefusal(row, input.acceptor, new Date());
    if (refusal) throw new InvitationRefusedError(refusal);
    const [accepted] = await tx
      .update(invitations)
      .set({ acceptedAt: new Date(), acceptedBy: input.acceptor.id })
      .where(eq(invitations.id, row.id))
      .returning();
    if (!accepted) throw new Error("an invitation being accepted vanished");
    const ids = { trustId: row.trustId, schoolId: row.schoolId };
    const name = (await organisationNameOf(tx, ids)) ?? "the organisation";
    await recordAudit(tx, {
      actor: input.acceptor,
      action: "INVITATION_ACCEPTED",
      subjectType: "INVITATION",
      subjectId: row.id,
      ...ids,
      summary: `${input.acceptor.name} accepted ${row.invitedByName}'s invitation to ${name}`,
      before: { acceptedAt: null },
      after: { acceptedAt: accepted.acceptedAt?.toISOString() ?? null },
    });
    const [grant] = await tx
      .insert(roleGrants)
      .values({ userId: input.acceptor.id, role: row.role, ...ids })
      .onConflictDoNothing()
      .returning({ id: roleGrants.id });
    if (grant) {
      await recordAudit(tx, {
        actor: input.acceptor,
        action: "ROLE_GRANTED",
        subjectType: "ROLE_GRANT",
        subjectId: grant.id,
        ...ids,
        summary: `${input.acceptor.name} became ${row.role === "TRUST_ADMIN" ? "an administrator" : "a member"} of ${name}`,
        reason: `Invited by ${row.invitedByName}`,
        after: { role: row.role },
      });
    }
    return { row: accepted, organisationName: name };
  });
}
