import { invitationSchema } from "@atlas/domain";
import { errorsFromIssues, type FieldIssueLike, type FormErrors } from "./form-errors.ts";

// The invite-a-colleague form of both apps (a trust's administrators in the admin, a school's
// members in the public app): one email address, checked with the domain's schema before it is
// sent, and the API's answer (sent, a field problem, or a refusal such as "already an
// administrator") as what the form shows.

export const inviteFields = ["email"] as const;
export type InviteField = (typeof inviteFields)[number];

export type InviteCheck =
  | { ok: true; email: string }
  | { ok: false; errors: FormErrors<InviteField> };

export function checkInvite(email: string): InviteCheck {
  const parsed = invitationSchema.safeParse({ email });
  if (!parsed.success)
    return { ok: false, errors: errorsFromIssues(inviteFields, parsed.error.issues) };
  return { ok: true, email: parsed.data.email };
}

export type InviteOutcome =
  | { __typename: "InvitationPayload"; invitation: { email: string; expiresAt: string } }
  | { __typename: "ValidationError"; issues: readonly FieldIssueLike[] }
  | { __typename: "NotFoundError"; message: string }
  | { __typename: "InvitationRefusedError"; message: string };

export type InviteAnswer =
  | { kind: "sent"; email: string; expiresAt: string }
  | { kind: "issues"; errors: FormErrors<InviteField> };

const noConnection =
  "The invitation could not be sent. Check your connection and try again; nothing was sent.";

/** Every failure lands on the email field: it is the form's one field, and what to change. */
export function inviteAnswerOf(outcome: InviteOutcome | null | undefined): InviteAnswer {
  const onEmail = (message: string): InviteAnswer => ({
    kind: "issues",
    errors: errorsFromIssues(inviteFields, [{ path: ["email"], message }]),
  });
  if (!outcome) return onEmail(noConnection);
  switch (outcome.__typename) {
    case "InvitationPayload":
      return {
        kind: "sent",
        email: outcome.invitation.email,
        expiresAt: outcome.invitation.expiresAt,
      };
    case "ValidationError":
      return { kind: "issues", errors: errorsFromIssues(inviteFields, outcome.issues) };
    case "NotFoundError":
    case "InvitationRefusedError":
      return onEmail(outcome.message);
  }
}
