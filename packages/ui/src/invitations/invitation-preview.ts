import { type ClaimableRole, invitationRefusal } from "@atlas/domain";

// How both apps speak of an invitation before it is accepted: what it makes you, and why it
// cannot be accepted now.

/** "a member of Oak Primary School", "an administrator of Oak Trust". */
export function invitedAs(role: ClaimableRole, organisationName: string): string {
  return `${role === "TRUST_ADMIN" ? "an administrator of" : "a member of"} ${organisationName}`;
}

/**
 * Why the invitation cannot be accepted now, as the API would say on accepting (the domain's
 * rule, so the page and the API agree): used, expired, or, for the person signed in, sent to
 * another address. Null when it can be accepted; signed out, the address is not checked yet.
 */
export function previewRefusal(
  invitation: { email: string; expiresAt: string; acceptedAt?: string | null | undefined },
  viewer: { email: string } | null,
  now: Date,
): string | null {
  return invitationRefusal(
    {
      email: invitation.email,
      expiresAt: new Date(invitation.expiresAt),
      acceptedAt: invitation.acceptedAt ? new Date(invitation.acceptedAt) : null,
    },
    viewer ?? { email: invitation.email },
    now,
  );
}
