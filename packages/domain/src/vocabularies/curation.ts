import { vocabulary } from "./vocabulary.ts";

/**
 * A signed-up person's request to act for an organisation: to administer a trust or to
 * represent a school. A curator decides it; approval grants the role.
 */
export const claimStates = vocabulary([
  { key: "PENDING", label: "Awaiting a curator", description: "No curator has decided it yet." },
  { key: "APPROVED", label: "Approved", description: "The role was granted." },
  { key: "DECLINED", label: "Declined", description: "A curator declined it, with a reason." },
]);
export type ClaimState = (typeof claimStates.keys)[number];

/** The roles a claim or an invitation may give: curators are made by their sector body. */
export const claimableRoles = vocabulary([
  { key: "TRUST_ADMIN", label: "Trust administrator" },
  { key: "SCHOOL_MEMBER", label: "School member" },
]);
export type ClaimableRole = (typeof claimableRoles.keys)[number];

/** A curator's decision on a claim. */
export const claimDecisions = vocabulary([
  { key: "APPROVE", label: "Approve" },
  { key: "DECLINE", label: "Decline" },
]);
export type ClaimDecision = (typeof claimDecisions.keys)[number];

/**
 * Every privileged action, as the audit log names it. The log is written in the same
 * transaction as the action, so it holds exactly what happened.
 */
export const auditActions = vocabulary([
  { key: "TRUST_VERIFIED", label: "Verified a trust" },
  { key: "TRUST_DOCUMENT_PUBLISHED", label: "Published a profile or scheme" },
  { key: "TRUST_DOCUMENT_UNPUBLISHED", label: "Unpublished a profile or scheme" },
  { key: "CLAIM_REQUESTED", label: "Asked to act for an organisation" },
  { key: "CLAIM_DECIDED", label: "Decided a claim" },
  { key: "ROLE_GRANTED", label: "Granted a role" },
  { key: "INVITATION_SENT", label: "Invited a colleague" },
  { key: "INVITATION_ACCEPTED", label: "Accepted an invitation" },
  { key: "COLLECTION_SAVED", label: "Saved a collection" },
]);
export type AuditAction = (typeof auditActions.keys)[number];

/** What an audit entry is about. */
export const auditSubjects = vocabulary([
  { key: "TRUST", label: "Trust" },
  { key: "SCHOOL", label: "School" },
  { key: "TRUST_DOCUMENT_VERSION", label: "Published version" },
  { key: "CLAIM", label: "Claim" },
  { key: "ROLE_GRANT", label: "Role" },
  { key: "INVITATION", label: "Invitation" },
  { key: "COLLECTION", label: "Collection" },
]);
export type AuditSubject = (typeof auditSubjects.keys)[number];
