/** How long an invitation's link works. */
export const INVITATION_VALID_DAYS = 7;

/**
 * Why an invitation cannot be accepted by this person now, or null when it can. A link is
 * used once, works for a week, and only for the address it was sent to: a forwarded link
 * must not give a stranger the role.
 */
export function invitationRefusal(
  invitation: { email: string; expiresAt: Date; acceptedAt: Date | null },
  acceptor: { email: string },
  now: Date,
): string | null {
  if (invitation.acceptedAt) {
    return "This invitation has been used already. Ask your colleague to invite you again if you need to.";
  }
  if (invitation.expiresAt.getTime() <= now.getTime()) {
    return `This invitation has expired: a link works for ${INVITATION_VALID_DAYS} days. Ask your colleague to send a new one.`;
  }
  if (invitation.email.toLowerCase() !== acceptor.email.toLowerCase()) {
    return `This invitation was sent to ${invitation.email}. Sign in with that address to accept it.`;
  }
  return null;
}
