/**
 * Where the two apps are, for links in email: a message is read away from any page, so its
 * links must be absolute. The paths mirror the apps' routes (the public app's
 * `schools/:urn/partnerships/:id`, the admin app's `partnership-requests/:id`).
 */
export interface AppLinks {
  /** The public app's origin, no trailing slash. */
  publicUrl: string;
  /** The admin app's origin, no trailing slash. */
  adminUrl: string;
}

/** What `pnpm dev` serves: the public app on 3000, the admin app on 3001. */
export const developmentAppLinks: AppLinks = {
  publicUrl: "http://localhost:3000",
  adminUrl: "http://localhost:3001",
};

/**
 * A partnership's page for one side: the school's people read it in the public app, the
 * trust's in the admin app. Ids are global ids (base64 with "=" and "/"), so encoded.
 */
export function partnershipPageUrl(
  links: AppLinks,
  party: "SCHOOL" | "TRUST",
  partnership: { globalId: string; schoolUrn: number },
): string {
  const id = encodeURIComponent(partnership.globalId);
  return party === "SCHOOL"
    ? `${links.publicUrl}/schools/${partnership.schoolUrn}/partnerships/${id}`
    : `${links.adminUrl}/partnership-requests/${id}`;
}

/**
 * Where an invitation is accepted: a trust's administrators work in the admin app, a school's
 * members in the public app. The token is the whole credential, so it is the path's end.
 */
export function invitationPageUrl(
  links: AppLinks,
  party: "SCHOOL" | "TRUST",
  token: string,
): string {
  return `${party === "SCHOOL" ? links.publicUrl : links.adminUrl}/invitations/${token}`;
}

/** A trust's profile or scheme page in the admin app, where its administrators publish. */
export function trustDocumentPageUrl(
  links: AppLinks,
  kind: "PROFILE" | "SCHEME_OF_DELEGATION",
  trustGlobalId: string,
): string {
  const page = kind === "PROFILE" ? "profile" : "scheme-of-delegation";
  return `${links.adminUrl}/trusts/${encodeURIComponent(trustGlobalId)}/${page}`;
}
