import { defineRelations } from "drizzle-orm";
import * as schema from "./schema/index.ts";

export const relations = defineRelations(schema, (r) => ({
  trusts: {
    memberships: r.many.memberships(),
    /** Every verification, newest first when queried so: the newest is the trust's. */
    verifications: r.many.trustVerifications({
      from: r.trusts.id,
      to: r.trustVerifications.trustId,
    }),
    partnerships: r.many.partnerships(),
    /** Schools in the trust today (through the current-memberships view). */
    schools: r.many.schools({
      from: r.trusts.id.through(r.currentMemberships.trustId),
      to: r.schools.id.through(r.currentMemberships.schoolId),
    }),
    adminGrants: r.many.roleGrants({
      from: r.trusts.id,
      to: r.roleGrants.trustId,
      where: { role: "TRUST_ADMIN", revokedAt: { isNull: true } },
    }),
    profileDraft: r.one.trustDocumentDrafts({
      from: r.trusts.id,
      to: r.trustDocumentDrafts.trustId,
      where: { kind: "PROFILE" },
    }),
    schemeOfDelegationDraft: r.one.trustDocumentDrafts({
      from: r.trusts.id,
      to: r.trustDocumentDrafts.trustId,
      where: { kind: "SCHEME_OF_DELEGATION" },
    }),
    /** Every published version of the profile; queries narrow and order them. */
    profileVersions: r.many.trustDocumentVersions({
      from: r.trusts.id,
      to: r.trustDocumentVersions.trustId,
      where: { kind: "PROFILE" },
    }),
    schemeOfDelegationVersions: r.many.trustDocumentVersions({
      from: r.trusts.id,
      to: r.trustDocumentVersions.trustId,
      where: { kind: "SCHEME_OF_DELEGATION" },
    }),
    /** Published versions still up: the newest of them is what the public sees. */
    liveProfileVersions: r.many.trustDocumentVersions({
      from: r.trusts.id,
      to: r.trustDocumentVersions.trustId,
      where: { kind: "PROFILE", unpublishedAt: { isNull: true }, held: false },
    }),
    liveSchemeOfDelegationVersions: r.many.trustDocumentVersions({
      from: r.trusts.id,
      to: r.trustDocumentVersions.trustId,
      where: { kind: "SCHEME_OF_DELEGATION", unpublishedAt: { isNull: true }, held: false },
    }),
  },
  trustDocumentDrafts: {
    trust: r.one.trusts({
      from: r.trustDocumentDrafts.trustId,
      to: r.trusts.id,
      optional: false,
    }),
    savedByUser: r.one.users({ from: r.trustDocumentDrafts.savedBy, to: r.users.id }),
  },
  trustDocumentVersions: {
    trust: r.one.trusts({
      from: r.trustDocumentVersions.trustId,
      to: r.trusts.id,
      optional: false,
    }),
    publishedByUser: r.one.users({ from: r.trustDocumentVersions.publishedBy, to: r.users.id }),
    unpublishedByUser: r.one.users({
      from: r.trustDocumentVersions.unpublishedBy,
      to: r.users.id,
    }),
    moderatedByUser: r.one.users({ from: r.trustDocumentVersions.moderatedBy, to: r.users.id }),
  },
  schools: {
    memberships: r.many.memberships(),
    shortlistEntries: r.many.shortlistEntries(),
    partnerships: r.many.partnerships(),
    fitProfile: r.one.schoolFitProfiles({ from: r.schools.id, to: r.schoolFitProfiles.schoolId }),
    trust: r.one.trusts({
      from: r.schools.id.through(r.currentMemberships.schoolId),
      to: r.trusts.id.through(r.currentMemberships.trustId),
    }),
  },
  shortlistEntries: {
    school: r.one.schools({
      from: r.shortlistEntries.schoolId,
      to: r.schools.id,
      optional: false,
    }),
    trust: r.one.trusts({ from: r.shortlistEntries.trustId, to: r.trusts.id, optional: false }),
    addedByUser: r.one.users({ from: r.shortlistEntries.addedBy, to: r.users.id }),
  },
  partnerships: {
    school: r.one.schools({ from: r.partnerships.schoolId, to: r.schools.id, optional: false }),
    trust: r.one.trusts({ from: r.partnerships.trustId, to: r.trusts.id, optional: false }),
    requestedByUser: r.one.users({ from: r.partnerships.requestedBy, to: r.users.id }),
    events: r.many.partnershipEvents({
      from: r.partnerships.id,
      to: r.partnershipEvents.partnershipId,
    }),
    documents: r.many.partnershipDocuments({
      from: r.partnerships.id,
      to: r.partnershipDocuments.partnershipId,
    }),
  },
  partnershipDocuments: {
    partnership: r.one.partnerships({
      from: r.partnershipDocuments.partnershipId,
      to: r.partnerships.id,
      optional: false,
    }),
    file: r.one.storedFiles({
      from: r.partnershipDocuments.sha256,
      to: r.storedFiles.sha256,
      optional: false,
    }),
    uploadedByUser: r.one.users({ from: r.partnershipDocuments.uploadedBy, to: r.users.id }),
  },
  trustVerifications: {
    trust: r.one.trusts({ from: r.trustVerifications.trustId, to: r.trusts.id, optional: false }),
    sectorBody: r.one.sectorBodies({
      from: r.trustVerifications.sectorBodyId,
      to: r.sectorBodies.id,
      optional: false,
    }),
  },
  claims: {
    user: r.one.users({ from: r.claims.userId, to: r.users.id, optional: false }),
    trust: r.one.trusts({ from: r.claims.trustId, to: r.trusts.id }),
    school: r.one.schools({ from: r.claims.schoolId, to: r.schools.id }),
  },
  invitations: {
    trust: r.one.trusts({ from: r.invitations.trustId, to: r.trusts.id }),
    school: r.one.schools({ from: r.invitations.schoolId, to: r.schools.id }),
  },
  collections: {
    entries: r.many.collectionEntries({
      from: r.collections.id,
      to: r.collectionEntries.collectionId,
    }),
    sectorBody: r.one.sectorBodies({
      from: r.collections.sectorBodyId,
      to: r.sectorBodies.id,
      optional: false,
    }),
  },
  collectionEntries: {
    collection: r.one.collections({
      from: r.collectionEntries.collectionId,
      to: r.collections.id,
      optional: false,
    }),
    trust: r.one.trusts({ from: r.collectionEntries.trustId, to: r.trusts.id, optional: false }),
  },
  partnershipEvents: {
    partnership: r.one.partnerships({
      from: r.partnershipEvents.partnershipId,
      to: r.partnerships.id,
      optional: false,
    }),
  },
  schoolFitProfiles: {
    savedByUser: r.one.users({ from: r.schoolFitProfiles.savedBy, to: r.users.id }),
  },
  memberships: {
    school: r.one.schools({ from: r.memberships.schoolId, to: r.schools.id, optional: false }),
    trust: r.one.trusts({ from: r.memberships.trustId, to: r.trusts.id, optional: false }),
  },
  users: {
    roleGrants: r.many.roleGrants({ where: { revokedAt: { isNull: true } } }),
    sessions: r.many.sessions(),
  },
  sessions: {
    user: r.one.users({ from: r.sessions.userId, to: r.users.id, optional: false }),
  },
  roleGrants: {
    user: r.one.users({ from: r.roleGrants.userId, to: r.users.id, optional: false }),
    trust: r.one.trusts({ from: r.roleGrants.trustId, to: r.trusts.id }),
    school: r.one.schools({ from: r.roleGrants.schoolId, to: r.schools.id }),
    sectorBody: r.one.sectorBodies({ from: r.roleGrants.sectorBodyId, to: r.sectorBodies.id }),
  },
}));

export type Relations = typeof relations;
