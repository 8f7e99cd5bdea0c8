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
  { key: "TRUST_DOCUMENT_MODERATED", label: "Moderated a profile or scheme" },
  { key: "MODERATION_SETTINGS_CHANGED", label: "Changed the moderation setting" },
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
  { key: "SETTINGS", label: "Settings" },
]);
export type AuditSubject = (typeof auditSubjects.keys)[number];

/**
 * Where a published profile or scheme version stands with the curators. Every new version
 * starts PENDING (the moderation queue); when approval is required before publication, a
 * pending version is held back from the public until it is APPROVED.
 */
export const moderationStates = vocabulary([
  { key: "PENDING", label: "Awaiting moderation", description: "No curator has looked yet." },
  { key: "APPROVED", label: "Approved", description: "A curator approved it." },
  {
    key: "CHANGES_REQUESTED",
    label: "Changes asked for",
    description: "A curator asked the trust for changes, with a comment.",
  },
  {
    key: "UNPUBLISHED",
    label: "Unpublished",
    description: "A curator took it down, with a reason.",
  },
]);
export type ModerationState = (typeof moderationStates.keys)[number];

/** A curator's decision on a version in the moderation queue. */
export const moderationDecisions = vocabulary([
  { key: "APPROVE", label: "Approve" },
  { key: "REQUEST_CHANGES", label: "Ask for changes" },
  { key: "UNPUBLISH", label: "Unpublish" },
]);
export type ModerationDecision = (typeof moderationDecisions.keys)[number];
