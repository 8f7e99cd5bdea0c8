import { invitationSchema } from "@atlas/domain";

// A school member's invite page: its address, and what it says after sending. The form's checks
// and answers are @atlas/ui's (forms/invite-form.ts), shared with the admin's trust form.

export const colleaguesHref = (urn: number) => `/schools/${urn}/colleagues`;

/** The address as posted, kept as typed so a failed attempt shows it back. */
export function readInviteForm(form: FormData): string {
  const email = form.get("email");
  return typeof email === "string" ? email : "";
}

/** What the page says after sending: to whom, and until when the link works. Never the token. */
export interface InvitationSent {
  email: string;
  expiresAt: string;
}

/**
 * The page's address after sending, carrying what it says across the redirect (the API keeps
 * no list of a school's invitations to look it up again).
 */
export function sentHref(urn: number, sent: InvitationSent): string {
  return `${colleaguesHref(urn)}?${new URLSearchParams({ sent: sent.email, until: sent.expiresAt })}`;
}

/** The notice's facts from the page's address; none unless both read as what we put there. */
export function sentOf(params: URLSearchParams): InvitationSent | null {
  const email = invitationSchema.safeParse({ email: params.get("sent") ?? "" });
  const until = params.get("until") ?? "";
  if (!email.success || !/^\d{4}-\d{2}-\d{2}T/.test(until) || Number.isNaN(Date.parse(until)))
    return null;
  return { email: email.data.email, expiresAt: until };
}
