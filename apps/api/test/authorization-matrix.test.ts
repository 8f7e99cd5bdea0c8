/**
 * The authorization matrix: every mutation and every private field (one with auth scopes, or on
 * a type with them) has a row saying who may use it, and is run as each kind of person against
 * that row. A new mutation or private field without a row fails here: add its row.
 */

import { type Db, tables } from "@atlas/db";
import {
  buildSchool,
  buildSectorBody,
  buildTrust,
  buildUser,
  type RoleSpec,
} from "@atlas/db/testing";
import { modelScheme } from "@atlas/domain";
import { type GraphQLField, type GraphQLNamedType, isObjectType } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "../src/modules/accounts/passwords.ts";
import { schema } from "../src/schema.ts";
import { graphql } from "./gql/index.ts";
import { createTestApp, type TestApp } from "./support/testkit.ts";

const PASSWORD = "matrix password 2026";

const MatrixSignIn = graphql(`
  mutation MatrixSignIn($input: SignInInput!) {
    signIn(input: $input) {
      __typename
    }
  }
`);

const CuratorViewsRoles = graphql(`
  query CuratorViewsRoles($id: ID!) {
    trust(id: $id) {
      administrators {
        user {
          roles {
            role
            sectorBody {
              name
            }
          }
        }
      }
    }
  }
`);

const people = [
  "anonymous",
  "schoolMemberOwn",
  "schoolMemberOther",
  "trustAdminOwn",
  "trustAdminOther",
  "curator",
] as const;
type Person = (typeof people)[number];
type Outcome = "allowed" | "denied";

/** The world each row is tried in: "own" is the trust T and its school S. */
interface World {
  trustId: string;
  /** An older published version of T's profile and of its scheme, to unpublish. */
  oldProfileVersionId: string;
  oldSchemeVersionId: string;
  /** Another administrator of T, whose details the rows look at. */
  fellowEmail: string;
  /** The URN of S, whose shortlist only its members see and change. */
  schoolUrn: number;
  /** A partnership of S with T, in discussion at version 2. */
  partnershipId: string;
  /** A claim to represent S, waiting for a curator. */
  claimId: string;
}

interface Row {
  operation: string;
  variables: (world: World) => Record<string, unknown>;
  /** Where the answer is; `*` is every item of a list. */
  path: string[];
  expected: Record<Person, Outcome>;
  /** Ends the session it is sent with: run on a session of its own. */
  endsSession?: boolean;
  /** A subscription: opened over server-sent events, and answered if it stays open. */
  subscription?: boolean;
  /** Sent as a GraphQL multipart request, a small text file as `variables.input.file`. */
  upload?: boolean;
}

/** Posts a row's operation as a multipart request with one file, as uploads arrive. */
async function uploadAnswer(
  operation: string,
  variables: Record<string, unknown>,
  cookie: string | undefined,
): Promise<Answer> {
  const form = new FormData();
  form.set("operations", JSON.stringify({ query: operation, variables }));
  form.set("map", JSON.stringify({ 0: ["variables.input.file"] }));
  form.set("0", new File(["not a document"], "matrix.txt"));
  const encoded = new Response(form);
  const body = new Uint8Array(await encoded.arrayBuffer());
  const response = await app.yoga.fetch("http://localhost/graphql", {
    method: "POST",
    headers: {
      "content-type": encoded.headers.get("content-type") ?? "",
      "content-length": String(body.byteLength),
      "x-graphql-yoga-csrf": "1",
      ...(cookie ? { cookie } : {}),
    },
    body,
  });
  return (await response.json()) as Answer;
}

const everyone: Record<Person, Outcome> = {
  anonymous: "allowed",
  schoolMemberOwn: "allowed",
  schoolMemberOther: "allowed",
  trustAdminOwn: "allowed",
  trustAdminOther: "allowed",
  curator: "allowed",
};
const trustAdminsAndCurators: Record<Person, Outcome> = {
  anonymous: "denied",
  schoolMemberOwn: "denied",
  schoolMemberOther: "denied",
  trustAdminOwn: "allowed",
  trustAdminOther: "denied",
  curator: "allowed",
};
const onlyCurators: Record<Person, Outcome> = {
  ...trustAdminsAndCurators,
  trustAdminOwn: "denied",
};

/** S's shortlist is its members' alone: not its trust's administrators, nor curators. */
const onlyOwnSchoolMembers: Record<Person, Outcome> = {
  anonymous: "denied",
  schoolMemberOwn: "allowed",
  schoolMemberOther: "denied",
  trustAdminOwn: "denied",
  trustAdminOther: "denied",
  curator: "denied",
};

/** A partnership is its two sides' and the curators' to read; only the sides act on it. */
const partnershipSidesAndCurators: Record<Person, Outcome> = {
  ...trustAdminsAndCurators,
  schoolMemberOwn: "allowed",
};
const partnershipSides: Record<Person, Outcome> = {
  ...partnershipSidesAndCurators,
  curator: "denied",
};
const onPartnership = (field: string, selection = field): Row => ({
  operation: `query ($id: ID!) { partnership(id: $id) { ${selection} } }`,
  variables: (w) => ({ id: w.partnershipId }),
  path: ["partnership", field],
  expected: partnershipSidesAndCurators,
});

const trustVariables = (w: World) => ({ id: w.trustId });
const shortlistEdit = (mutation: string, inputType: string, note?: string): Row => ({
  operation: `mutation ($input: ${inputType}!) { ${mutation}(input: $input) { __typename } }`,
  variables: (w) => ({
    input: { urn: w.schoolUrn, trustId: w.trustId, ...(note === undefined ? {} : { note }) },
  }),
  path: [mutation, "__typename"],
  expected: onlyOwnSchoolMembers,
});
const signedIn: Record<Person, Outcome> = { ...everyone, anonymous: "denied" };
const ownSavedSearchEdit = (
  mutation: string,
  inputType: string,
  more: Record<string, unknown> = {},
): Row => ({
  operation: `mutation ($input: ${inputType}!) { ${mutation}(input: $input) { __typename } }`,
  variables: () => ({
    input: { id: Buffer.from(`SavedSearch:${crypto.randomUUID()}`).toString("base64"), ...more },
  }),
  path: [mutation, "__typename"],
  expected: signedIn,
});
/** A field read on the trust's administrators (their grants), or on the people holding them. */
const onAdministrators = (
  selection: string,
  path: string[],
  expected: Record<Person, Outcome>,
): Row => ({
  operation: `query ($id: ID!) { trust(id: $id) { name administrators { ${selection} } } }`,
  variables: trustVariables,
  path: ["trust", "administrators", "*", ...path],
  expected,
});

/** A field of T's current published profile or scheme version. */
const onVersion = (
  document: "profile" | "schemeOfDelegation",
  selection: string,
  path: string[],
): Row => ({
  operation: `query ($id: ID!) { trust(id: $id) { name ${document} { number ${selection} } } }`,
  variables: trustVariables,
  path: ["trust", document, ...path],
  expected: trustAdminsAndCurators,
});
const onTrust = (selection: string, path: string[]): Row => ({
  operation: `query ($id: ID!) { trust(id: $id) { name ${selection} } }`,
  variables: trustVariables,
  path: ["trust", ...path],
  expected: trustAdminsAndCurators,
});
/** A mutation on T's documents: a stale version, so no one who may changes anything. */
const editsOf = (mutation: string, inputType: string, input: (w: World) => object): Row => ({
  operation: `mutation ($input: ${inputType}!) { ${mutation}(input: $input) { __typename } }`,
  variables: (w) => ({ input: input(w) }),
  path: [mutation, "__typename"],
  expected: { ...trustAdminsAndCurators, curator: "denied" },
});
const unpublishes = (
  mutation: string,
  inputType: string,
  versionId: (w: World) => string,
): Row => ({
  operation: `mutation ($input: ${inputType}!) { ${mutation}(input: $input) { __typename } }`,
  variables: (w) => ({ input: { versionId: versionId(w), reason: "Matrix check." } }),
  path: [mutation, "__typename"],
  expected: onlyCurators,
});

const partnershipRows: Record<string, Row> = {
  ...Object.fromEntries(
    [
      ["id"],
      ["state"],
      ["intent"],
      ["school", "school { name }"],
      ["trust", "trust { name }"],
      ["terms", "terms { startDate }"],
      ["endDate"],
      ["confirmedBy"],
      ["outcome"],
      ["governingBodyResolutionDate"],
      ["version"],
      ["createdAt"],
      ["updatedAt"],
      ["partnershipEvents", "partnershipEvents { sequence }"],
      ["availableActions"],
      ["agreement", "agreement { title }"],
      ["documents", "documents { fileName downloadPath }"],
    ].map(([field = "", selection]) => [`Partnership.${field}`, onPartnership(field, selection)]),
  ),
  "School.partnerships": {
    operation: `query ($urn: Int!) { school(urn: $urn) { name partnerships { state } } }`,
    variables: (w) => ({ urn: w.schoolUrn }),
    path: ["school", "partnerships"],
    expected: { ...onlyOwnSchoolMembers, curator: "allowed" },
  },
  "Trust.partnershipRequests": onTrust("partnershipRequests { state }", ["partnershipRequests"]),
  // S and T have an open partnership already: S's member is told so, and nothing is written.
  "Mutation.requestPartnership": {
    operation: `mutation ($input: RequestPartnershipInput!) { requestPartnership(input: $input) { __typename } }`,
    variables: (w) => ({
      input: {
        trustId: w.trustId,
        urn: w.schoolUrn,
        idempotencyKey: crypto.randomUUID(),
        intent: "EXPLORE_JOINING",
        focusAreas: ["CPD"],
        objectives: "Matrix.",
        proposedStartDate: "2099-09-01",
        proposedEndDate: "2100-07-31",
      },
    }),
    path: ["requestPartnership", "__typename"],
    expected: onlyOwnSchoolMembers,
  },
  "Subscription.partnershipUpdated": {
    operation: `subscription ($id: ID) { partnershipUpdated(trustId: $id) { state } }`,
    variables: trustVariables,
    path: ["partnershipUpdated"],
    expected: trustAdminsAndCurators,
    subscription: true,
  },
  // An activity while in discussion: the sides are told it must wait; nobody else gets as far.
  "Mutation.recordPartnershipNote": {
    operation: `mutation ($input: RecordPartnershipNoteInput!) { recordPartnershipNote(input: $input) { __typename } }`,
    variables: (w) => ({
      input: { partnershipId: w.partnershipId, kind: "ACTIVITY", body: "Matrix." },
    }),
    path: ["recordPartnershipNote", "__typename"],
    expected: partnershipSides,
  },
  // A text file: the sides are told it is no document; nobody else gets as far.
  "Mutation.attachPartnershipDocument": {
    operation: `mutation ($input: AttachPartnershipDocumentInput!) { attachPartnershipDocument(input: $input) { __typename } }`,
    variables: (w) => ({ input: { partnershipId: w.partnershipId, file: null } }),
    path: ["attachPartnershipDocument", "__typename"],
    expected: partnershipSides,
    upload: true,
  },
  // A stale version: the sides are told so; nobody else gets as far.
  "Mutation.transitionPartnership": {
    operation: `mutation ($input: TransitionPartnershipInput!) { transitionPartnership(input: $input) { __typename } }`,
    variables: (w) => ({
      input: { partnershipId: w.partnershipId, action: "CONFIRM_TERMS", expectedVersion: 99 },
    }),
    path: ["transitionPartnership", "__typename"],
    expected: partnershipSides,
  },
};

const matrix: Record<string, Row> = {
  ...partnershipRows,
  "Mutation.signIn": {
    operation: `mutation ($input: SignInInput!) { signIn(input: $input) { __typename } }`,
    variables: (w) => ({ input: { email: w.fellowEmail, password: "not the password" } }),
    path: ["signIn", "__typename"],
    expected: everyone,
  },
  "Mutation.signOut": {
    operation: `mutation { signOut { signedOut } }`,
    variables: () => ({}),
    path: ["signOut", "signedOut"],
    expected: everyone,
    endsSession: true,
  },
  "Trust.administrators": onAdministrators("grantedAt", [], trustAdminsAndCurators),
  "RoleGrant.role": onAdministrators("role", ["role"], trustAdminsAndCurators),
  "RoleGrant.grantedAt": onAdministrators("grantedAt", ["grantedAt"], trustAdminsAndCurators),
  "RoleGrant.trust": onAdministrators("trust { name }", ["trust"], trustAdminsAndCurators),
  "RoleGrant.school": onAdministrators("school { name }", ["school"], trustAdminsAndCurators),
  "RoleGrant.sectorBody": onAdministrators(
    "sectorBody { name }",
    ["sectorBody"],
    trustAdminsAndCurators,
  ),
  "RoleGrant.user": onAdministrators("user { id }", ["user"], trustAdminsAndCurators),
  "User.id": onAdministrators("user { id }", ["user", "id"], trustAdminsAndCurators),
  "User.name": onAdministrators("user { name }", ["user", "name"], trustAdminsAndCurators),
  "User.email": onAdministrators("user { email }", ["user", "email"], trustAdminsAndCurators),
  // A fellow administrator sees who else runs the trust, not where else they hold roles.
  "User.roles": onAdministrators("user { roles { role } }", ["user", "roles"], onlyCurators),
  "Trust.profileDraft": onTrust("profileDraft { version }", ["profileDraft"]),
  "Trust.profileHistory": onTrust("profileHistory { number }", ["profileHistory"]),
  "Trust.schemeOfDelegationDraft": onTrust("schemeOfDelegationDraft { version }", [
    "schemeOfDelegationDraft",
  ]),
  "Trust.schemeOfDelegationHistory": onTrust("schemeOfDelegationHistory { number }", [
    "schemeOfDelegationHistory",
  ]),
  "TrustProfileVersion.publishedBy": onVersion("profile", "publishedBy", ["publishedBy"]),
  "TrustProfileVersion.unpublished": onVersion("profile", "unpublished { reason }", [
    "unpublished",
  ]),
  "TrustProfileVersion.changes": onVersion("profile", "changes { field }", ["changes"]),
  "SchemeOfDelegationVersion.publishedBy": onVersion("schemeOfDelegation", "publishedBy", [
    "publishedBy",
  ]),
  "SchemeOfDelegationVersion.unpublished": onVersion(
    "schemeOfDelegation",
    "unpublished { reason }",
    ["unpublished"],
  ),
  "SchemeOfDelegationVersion.changes": onVersion("schemeOfDelegation", "changes { decision }", [
    "changes",
  ]),
  "Mutation.saveTrustProfileDraft": editsOf(
    "saveTrustProfileDraft",
    "SaveTrustProfileDraftInput",
    (w) => ({ trustId: w.trustId, expectedVersion: 0, profile: { visionStatement: "Matrix." } }),
  ),
  "Mutation.publishTrustProfile": editsOf(
    "publishTrustProfile",
    "PublishTrustProfileInput",
    (w) => ({
      trustId: w.trustId,
      expectedVersion: 0,
      changeSummary: "Matrix.",
    }),
  ),
  "Mutation.saveSchemeOfDelegationDraft": editsOf(
    "saveSchemeOfDelegationDraft",
    "SaveSchemeOfDelegationDraftInput",
    (w) => ({ trustId: w.trustId, expectedVersion: 0, cells: [] }),
  ),
  "Mutation.publishSchemeOfDelegation": editsOf(
    "publishSchemeOfDelegation",
    "PublishSchemeOfDelegationInput",
    (w) => ({ trustId: w.trustId, expectedVersion: 0, changeSummary: "Matrix." }),
  ),
  "School.shortlist": {
    operation: `query ($urn: Int!) { school(urn: $urn) { name shortlist { note } } }`,
    variables: (w) => ({ urn: w.schoolUrn }),
    path: ["school", "shortlist"],
    expected: onlyOwnSchoolMembers,
  },
  "Query.shortlist": {
    operation: `query ($urn: Int!) { shortlist(urn: $urn) { note } }`,
    variables: (w) => ({ urn: w.schoolUrn }),
    path: ["shortlist"],
    expected: onlyOwnSchoolMembers,
  },
  "School.fitProfile": {
    operation: `query ($urn: Int!) { school(urn: $urn) { name fitProfile { version } } }`,
    variables: (w) => ({ urn: w.schoolUrn }),
    path: ["school", "fitProfile"],
    expected: onlyOwnSchoolMembers,
  },
  "Mutation.saveFitProfile": {
    operation: `mutation ($input: SaveFitProfileInput!) { saveFitProfile(input: $input) { __typename } }`,
    variables: (w) => ({
      input: { urn: w.schoolUrn, expectedVersion: 0, preferences: { weights: { VALUES: 1 } } },
    }),
    path: ["saveFitProfile", "__typename"],
    expected: onlyOwnSchoolMembers,
  },
  "School.savedSearches": {
    operation: `query ($urn: Int!) { school(urn: $urn) { name savedSearches { name } } }`,
    variables: (w) => ({ urn: w.schoolUrn }),
    path: ["school", "savedSearches"],
    expected: onlyOwnSchoolMembers,
  },
  "Mutation.saveSearch": {
    operation: `mutation ($input: SaveSearchInput!) { saveSearch(input: $input) { __typename } }`,
    variables: (w) => ({ input: { urn: w.schoolUrn, name: "Matrix", filter: {} } }),
    path: ["saveSearch", "__typename"],
    expected: onlyOwnSchoolMembers,
  },
  // Anyone signed in may ask; only the member's own searches are found (others: NotFoundError).
  "Mutation.markSavedSearchSeen": ownSavedSearchEdit(
    "markSavedSearchSeen",
    "MarkSavedSearchSeenInput",
  ),
  "Mutation.deleteSavedSearch": ownSavedSearchEdit("deleteSavedSearch", "DeleteSavedSearchInput"),
  "Mutation.setSavedSearchAlerts": ownSavedSearchEdit(
    "setSavedSearchAlerts",
    "SetSavedSearchAlertsInput",
    { alerts: "WEEKLY" },
  ),
  // The emailed link is the credential, so no one needs to be signed in to use it.
  "Mutation.unsubscribeSavedSearch": {
    operation: `mutation ($input: UnsubscribeSavedSearchInput!) { unsubscribeSavedSearch(input: $input) { __typename } }`,
    variables: () => ({ input: { token: crypto.randomUUID() } }),
    path: ["unsubscribeSavedSearch", "__typename"],
    expected: everyone,
  },
  "Query.fit": {
    operation: `query ($urn: Int!) { fit(urn: $urn, preferences: { weights: { VALUES: 1 } }) { totalCount } }`,
    variables: (w) => ({ urn: w.schoolUrn }),
    path: ["fit"],
    expected: onlyOwnSchoolMembers,
  },
  "Mutation.addToShortlist": shortlistEdit("addToShortlist", "AddToShortlistInput", "Matrix."),
  "Mutation.removeFromShortlist": shortlistEdit("removeFromShortlist", "RemoveFromShortlistInput"),
  "Mutation.unpublishTrustProfileVersion": unpublishes(
    "unpublishTrustProfileVersion",
    "UnpublishTrustProfileVersionInput",
    (w) => w.oldProfileVersionId,
  ),
  "Mutation.unpublishSchemeOfDelegationVersion": unpublishes(
    "unpublishSchemeOfDelegationVersion",
    "UnpublishSchemeOfDelegationVersionInput",
    (w) => w.oldSchemeVersionId,
  ),
  "Mutation.verifyTrust": {
    operation: `mutation ($input: VerifyTrustInput!) { verifyTrust(input: $input) { __typename } }`,
    variables: (w) => ({
      input: {
        trustId: w.trustId,
        registerMatch: true,
        contactConfirmed: true,
        contactName: "Matrix Contact",
        checkedOn: "2026-01-05",
      },
    }),
    path: ["verifyTrust", "__typename"],
    expected: onlyCurators,
  },
  // Public search, but asking what awaits moderation is curators' alone.
  "Query.trusts": {
    operation: "{ trusts(first: 1, filter: { awaitingModeration: true }) { totalCount } }",
    variables: () => ({}),
    path: ["trusts", "totalCount"],
    expected: onlyCurators,
  },
  "TrustFacets.awaitingModeration": {
    operation: "{ trusts(first: 0) { facets { awaitingModeration { count } } } }",
    variables: () => ({}),
    path: ["trusts", "facets", "awaitingModeration"],
    expected: onlyCurators,
  },
  "Trust.partnershipCount": {
    operation: `query ($id: ID!) { trust(id: $id) { partnershipCount } }`,
    variables: trustVariables,
    path: ["trust", "partnershipCount"],
    expected: trustAdminsAndCurators,
  },
  "Query.sectorDashboard": {
    operation: "{ sectorDashboard(months: 2) { __typename } }",
    variables: () => ({}),
    path: ["sectorDashboard", "__typename"],
    expected: onlyCurators,
  },
  ...Object.fromEntries(
    [
      ["months"],
      ["trustsByRegionAndSizeBand", "trustsByRegionAndSizeBand { trustCount }"],
      ["publishedProfileShare", "publishedProfileShare { share }"],
      ["partnershipsByMonth", "partnershipsByMonth { partnershipCount }"],
      ["requestsPerMonth", "requestsPerMonth { requestCount }"],
      ["medianTimeToFirstResponse", "medianTimeToFirstResponse { respondedCount }"],
    ].map(([field, selection]) => [
      `SectorDashboard.${field}`,
      {
        operation: `{ sectorDashboard(months: 2) { ${selection ?? field} } }`,
        variables: () => ({}),
        path: ["sectorDashboard", field ?? ""],
        expected: onlyCurators,
      },
    ]),
  ),
  "TrustProfileVersion.held": onVersion("profile", "held", ["held"]),
  "TrustProfileVersion.moderation": onVersion("profile", "moderation { state }", ["moderation"]),
  "SchemeOfDelegationVersion.held": onVersion("schemeOfDelegation", "held", ["held"]),
  "SchemeOfDelegationVersion.moderation": onVersion("schemeOfDelegation", "moderation { state }", [
    "moderation",
  ]),
  "Query.moderationQueue": {
    operation: "{ moderationQueue(first: 1) { totalCount } }",
    variables: () => ({}),
    path: ["moderationQueue", "totalCount"],
    expected: onlyCurators,
  },
  ...Object.fromEntries(
    [
      "id",
      "kind",
      "number",
      "changeSummary",
      "publishedAt",
      "publishedBy",
      "held",
      "state",
      "trust",
    ].map((field) => [
      `ModerationItem.${field}`,
      {
        operation: `{ moderationQueue(first: 1) { nodes { ${field === "trust" ? "trust { name }" : field} } } }`,
        variables: () => ({}),
        path: ["moderationQueue", "nodes", "*", field],
        expected: onlyCurators,
      },
    ]),
  ),
  // A version that does not exist: a curator is answered (NotFoundError) and nothing changes.
  "Mutation.decideModeration": {
    operation: `mutation ($input: DecideModerationInput!) { decideModeration(input: $input) { __typename } }`,
    variables: () => ({
      input: {
        versionId: Buffer.from(`TrustProfileVersion:${crypto.randomUUID()}`).toString("base64"),
        decision: "APPROVE",
      },
    }),
    path: ["decideModeration", "__typename"],
    expected: onlyCurators,
  },
  "Query.moderationSettings": {
    operation: "{ moderationSettings { approvalRequired } }",
    variables: () => ({}),
    path: ["moderationSettings", "approvalRequired"],
    expected: signedIn,
  },
  "ModerationSettings.updatedBy": {
    operation: "{ moderationSettings { updatedBy } }",
    variables: () => ({}),
    path: ["moderationSettings", "updatedBy"],
    expected: { ...onlyCurators },
  },
  // Set to what it is (off): allowed for a curator, and nothing changes.
  "Mutation.setModerationSettings": {
    operation: `mutation { setModerationSettings(input: { approvalRequired: false }) { __typename } }`,
    variables: () => ({}),
    path: ["setModerationSettings", "__typename"],
    expected: onlyCurators,
  },
  "Query.auditLog": {
    operation: "{ auditLog(first: 1) { totalCount } }",
    variables: () => ({}),
    path: ["auditLog", "totalCount"],
    expected: onlyCurators,
  },
  ...Object.fromEntries(
    [
      "id",
      "at",
      "actorName",
      "action",
      "subjectType",
      "subjectId",
      "trustId",
      "summary",
      "reason",
      "before",
      "after",
    ].map((field) => [
      `AuditEvent.${field}`,
      {
        operation: `{ auditLog(first: 1) { edges { node { ${field} } } } }`,
        variables: () => ({}),
        path: ["auditLog", "edges", "*", "node", field],
        expected: onlyCurators,
      },
    ]),
  ),
  // Each try makes an account of its own, and signs it in in place of the session it came with.
  "Mutation.signUp": {
    operation: `mutation ($input: SignUpInput!) { signUp(input: $input) { __typename } }`,
    variables: () => ({
      input: {
        name: "Matrix Newcomer",
        email: `matrix-${crypto.randomUUID()}@example.org`,
        password: PASSWORD,
      },
    }),
    path: ["signUp", "__typename"],
    expected: everyone,
    endsSession: true,
  },
  "Mutation.inviteColleague": {
    operation: `mutation ($input: InviteColleagueInput!) { inviteColleague(input: $input) { __typename } }`,
    variables: (w) => ({
      input: { organisationId: w.trustId, email: `matrix-${crypto.randomUUID()}@example.org` },
    }),
    path: ["inviteColleague", "__typename"],
    expected: { ...onlyCurators, curator: "denied", trustAdminOwn: "allowed" },
  },
  // A token nobody was sent: anyone signed in is told so.
  "Mutation.acceptInvitation": {
    operation: `mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { __typename } }`,
    variables: () => ({ input: { token: "x".repeat(43) } }),
    path: ["acceptInvitation", "__typename"],
    expected: signedIn,
  },
  "Mutation.requestClaim": {
    operation: `mutation ($input: RequestClaimInput!) { requestClaim(input: $input) { __typename } }`,
    variables: (w) => ({
      input: { role: "SCHOOL_MEMBER", urn: w.schoolUrn, jobTitle: "Matrix", evidence: "Matrix." },
    }),
    path: ["requestClaim", "__typename"],
    expected: signedIn,
  },
  "Mutation.decideClaim": {
    operation: `mutation ($input: DecideClaimInput!) { decideClaim(input: $input) { __typename } }`,
    variables: (w) => ({ input: { claimId: w.claimId, decision: "APPROVE" } }),
    path: ["decideClaim", "__typename"],
    expected: onlyCurators,
  },
  "Query.claims": {
    operation: "{ claims { state } }",
    variables: () => ({}),
    path: ["claims"],
    expected: onlyCurators,
  },
  "Mutation.saveCollection": {
    operation: `mutation ($input: SaveCollectionInput!) { saveCollection(input: $input) { __typename } }`,
    variables: () => ({
      input: {
        title: "Matrix collection",
        slug: `matrix-${crypto.randomUUID()}`,
        summary: "Matrix.",
        published: false,
        entries: [],
      },
    }),
    path: ["saveCollection", "__typename"],
    expected: onlyCurators,
  },
  "Query.curatedCollections": {
    operation: "{ curatedCollections { slug } }",
    variables: () => ({}),
    path: ["curatedCollections"],
    expected: onlyCurators,
  },
  "Query.curatedCollection": {
    operation: `query ($id: ID!) { curatedCollection(id: $id) { slug } }`,
    variables: () => ({ id: Buffer.from(`Collection:${crypto.randomUUID()}`).toString("base64") }),
    path: ["curatedCollection"],
    expected: onlyCurators,
  },
  "Query.myClaims": {
    operation: "{ myClaims { state } }",
    variables: () => ({}),
    path: ["myClaims"],
    expected: signedIn,
  },
  ...Object.fromEntries(
    [
      ["id"],
      ["role"],
      ["trust", "trust { name }"],
      ["school", "school { name }"],
      ["claimantName"],
      ["claimantEmail"],
      ["jobTitle"],
      ["evidence"],
      ["state"],
      ["createdAt"],
      ["decidedAt"],
      ["decidedBy"],
      ["decisionReason"],
    ].map(([field, selection]) => [
      `Claim.${field}`,
      {
        // Every state, so the world's claim is listed whether or not decideClaim ran first.
        operation: `{ claims(states: [PENDING, APPROVED, DECLINED]) { ${selection ?? field} } }`,
        variables: () => ({}),
        path: ["claims", "*", field ?? ""],
        expected: onlyCurators,
      },
    ]),
  ),
  ...Object.fromEntries(
    ["verifiedBy", "contactName", "notes"].map((field) => [
      `TrustVerification.${field}`,
      {
        operation: `query ($id: ID!) { trust(id: $id) { verification { ${field} } } }`,
        variables: trustVariables,
        path: ["trust", "verification", field],
        expected: onlyCurators,
      },
    ]),
  ),
};

/** Every mutation, and every field that has auth scopes or sits on a type that has them. */
function scopedCoordinates(): string[] {
  const scoped = (thing: GraphQLNamedType | GraphQLField<unknown, unknown>) =>
    (thing.extensions as { pothosOptions?: { authScopes?: unknown } }).pothosOptions?.authScopes !==
    undefined;
  const found: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    for (const field of Object.values(type.getFields())) {
      if (type.name === "Mutation" || scoped(type) || scoped(field)) {
        found.push(`${type.name}.${field.name}`);
      }
    }
  }
  return found.sort();
}

interface Answer {
  data?: Record<string, unknown> | null;
  errors?: { path?: (string | number)[]; extensions?: { code?: string } }[];
}

/** What the answer says of the field at `path`: refused, or answered. */
function outcomeOf(answer: Answer, path: string[]): Outcome {
  const matches = (errorPath: (string | number)[]) =>
    errorPath.every((step, i) => path[i] === undefined || path[i] === "*" || path[i] === step) ||
    path.every((step, i) => step === "*" || errorPath[i] === step);
  const related = (answer.errors ?? []).filter((e) => e.path && matches(e.path));
  const unexpected = related.filter(
    (e) => !["FORBIDDEN", "UNAUTHENTICATED"].includes(e.extensions?.code ?? ""),
  );
  if (unexpected.length > 0) throw new Error(`unexpected errors: ${JSON.stringify(unexpected)}`);
  if (related.length > 0) return "denied";
  // Answered: every step down to the field is there (lists must not be empty, or nothing ran).
  let values: unknown[] = [answer.data];
  for (const step of path) {
    values = values.flatMap((v) => {
      if (v === null || typeof v !== "object") return [];
      const next = (v as Record<string, unknown>)[step === "*" ? "" : step];
      return step === "*" ? (Array.isArray(v) ? v : []) : [next];
    });
    if (values.length === 0) return "denied";
  }
  return values.every((v) => v !== undefined) ? "allowed" : "denied";
}

/**
 * T's profile and scheme as two published versions each and a draft, written straight to the
 * tables (the mutations are what the matrix checks). Returns the first versions' ids.
 */
async function publishedDocuments(db: Db, trustId: string, by: string) {
  const first: Record<string, string> = {};
  const contents = {
    PROFILE: [{ visionStatement: "First." }, { visionStatement: "Second." }],
    SCHEME_OF_DELEGATION: [
      { cells: modelScheme("LOCAL_GOVERNING_BODIES") },
      { cells: modelScheme("EARNED_AUTONOMY") },
    ],
  } as const;
  for (const [kind, [one, two]] of Object.entries(contents) as [
    keyof typeof contents,
    readonly [object, object],
  ][]) {
    await db
      .insert(tables.trustDocumentDrafts)
      .values({ trustId, kind, content: two, version: 2, savedBy: by });
    const [v1] = await db
      .insert(tables.trustDocumentVersions)
      .values([
        {
          trustId,
          kind,
          number: 1,
          content: one,
          draftVersion: 1,
          changeSummary: "One.",
          publishedBy: by,
        },
        {
          trustId,
          kind,
          number: 2,
          content: two,
          draftVersion: 2,
          changeSummary: "Two.",
          publishedBy: by,
        },
      ])
      .returning();
    first[kind] = v1?.id ?? "";
  }
  return first as Record<keyof typeof contents, string>;
}

/**
 * Opens a subscription and waits a moment: a refusal comes at once as an event with the
 * error; a subscription allowed stays open, sending nothing until something changes.
 */
async function subscriptionOutcome(
  operation: string,
  variables: Record<string, unknown>,
  cookie: string | undefined,
): Promise<Outcome> {
  const stop = new AbortController();
  const response = await app.yoga.fetch("http://localhost/graphql", {
    method: "POST",
    headers: {
      "content-type": "application/json",
      accept: "text/event-stream",
      "x-graphql-yoga-csrf": "1",
      ...(cookie ? { cookie } : {}),
    },
    body: JSON.stringify({ query: operation, variables }),
    signal: stop.signal,
  });
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  let text = "";
  const waited = new Promise<"open">((resolve) => setTimeout(() => resolve("open"), 300));
  try {
    for (;;) {
      const chunk = await Promise.race([reader.read(), waited]);
      if (chunk === "open" || chunk.done) break;
      text += decoder.decode(chunk.value, { stream: true });
      if (/\ndata: /.test(text)) break;
    }
  } finally {
    stop.abort();
  }
  const data = /data: (.*)\n/.exec(text)?.[1];
  if (data === undefined) return "allowed";
  return outcomeOf(JSON.parse(data) as Answer, ["partnershipUpdated"]);
}

let app: TestApp;
let world: World;
const emails = new Map<Person, string>();
const cookies = new Map<Person, string | undefined>();

async function sessionOf(who: Person): Promise<string | undefined> {
  const email = emails.get(who);
  if (!email) return undefined;
  const signedIn = await app.execute(MatrixSignIn, { input: { email, password: PASSWORD } });
  return signedIn.headers.get("set-cookie")?.split(";")[0];
}

beforeAll(async () => {
  app = await createTestApp();
  const db = app.database.db;
  const passwordHash = await hashPassword(PASSWORD);
  const own = await buildTrust(db, { schools: [{}] });
  const other = await buildTrust(db, { schools: [{}] });
  const outsider = await buildSchool(db);
  const body = await buildSectorBody(db);
  const person = (...roles: RoleSpec[]) => buildUser(db, { passwordHash, roles });
  const fellow = await person({ role: "TRUST_ADMIN", trustId: own.trust.id });
  const ownSchool = own.schools[0]?.id ?? "";
  const accounts: Record<Exclude<Person, "anonymous">, { email: string }> = {
    schoolMemberOwn: await person({ role: "SCHOOL_MEMBER", schoolId: ownSchool }),
    schoolMemberOther: await person({ role: "SCHOOL_MEMBER", schoolId: outsider.id }),
    trustAdminOwn: await person({ role: "TRUST_ADMIN", trustId: own.trust.id }),
    trustAdminOther: await person({ role: "TRUST_ADMIN", trustId: other.trust.id }),
    curator: await person({ role: "CURATOR", sectorBodyId: body.id }),
  };
  const documents = await publishedDocuments(db, own.trust.id, fellow.user.id);
  const [partnership] = await db
    .insert(tables.partnerships)
    .values({
      schoolId: ownSchool,
      trustId: own.trust.id,
      state: "IN_DISCUSSION",
      intent: "EXPLORE_JOINING",
      terms: {
        startDate: "2099-09-01",
        endDate: "2100-07-31",
        focusAreas: ["CPD"],
        objectives: "Matrix.",
        serviceChargePounds: 0,
        extensionAllowed: false,
        maxTermMonths: 24,
        servicesProvided: "Matrix.",
        dataProtection: "Matrix.",
      },
      startDate: "2099-09-01",
      endDate: "2100-07-31",
      idempotencyKey: crypto.randomUUID(),
      version: 2,
    })
    .returning();
  // T is verified, and the log holds that, so their private fields have something to refuse.
  await db.insert(tables.trustVerifications).values({
    trustId: own.trust.id,
    sectorBodyId: body.id,
    verifiedByName: "Matrix Curator",
    registerMatch: true,
    contactConfirmed: true,
    contactName: "Matrix Contact",
    checkedOn: "2026-01-05",
    notes: "Matrix.",
  });
  await db.insert(tables.auditEvents).values({
    action: "TRUST_VERIFIED",
    subjectType: "TRUST",
    subjectId: own.trust.id,
    trustId: own.trust.id,
    actorName: "Matrix Curator",
    summary: "Verified the matrix trust",
    reason: "Matrix.",
    before: {},
    after: {},
  });
  const [claim] = await db
    .insert(tables.claims)
    .values({
      userId: fellow.user.id,
      role: "SCHOOL_MEMBER",
      schoolId: ownSchool,
      jobTitle: "Matrix",
      evidence: "Matrix.",
    })
    .returning();
  world = {
    claimId: Buffer.from(`Claim:${claim?.id}`).toString("base64"),
    trustId: Buffer.from(`Trust:${own.trust.id}`).toString("base64"),
    fellowEmail: fellow.email,
    schoolUrn: own.schools[0]?.urn ?? 0,
    partnershipId: Buffer.from(`Partnership:${partnership?.id}`).toString("base64"),
    oldProfileVersionId: Buffer.from(`TrustProfileVersion:${documents.PROFILE}`).toString("base64"),
    oldSchemeVersionId: Buffer.from(
      `SchemeOfDelegationVersion:${documents.SCHEME_OF_DELEGATION}`,
    ).toString("base64"),
  };
  for (const [who, account] of Object.entries(accounts)) emails.set(who as Person, account.email);
  for (const who of people) cookies.set(who, await sessionOf(who));
});
afterAll(() => app?.close());

describe("the authorization matrix", () => {
  it("has a row for every mutation and every private field, and none for anything else", () => {
    expect(Object.keys(matrix).sort()).toEqual(scopedCoordinates());
  });

  for (const [coordinate, row] of Object.entries(matrix)) {
    it(`${coordinate}: ${people.map((p) => `${p} ${row.expected[p]}`).join(", ")}`, async () => {
      const seen: Record<string, Outcome> = {};
      for (const who of people) {
        const cookie = row.endsSession ? await sessionOf(who) : cookies.get(who);
        if (row.subscription) {
          seen[who] = await subscriptionOutcome(row.operation, row.variables(world), cookie);
          continue;
        }
        if (row.upload) {
          const answer = await uploadAnswer(row.operation, row.variables(world), cookie);
          seen[who] = outcomeOf(answer, row.path);
          continue;
        }
        // Built from the row at run time, so sent as text.
        const answer = await app.executeRaw(row.operation, row.variables(world), { cookie });
        seen[who] = outcomeOf(answer.body as Answer, row.path);
        if (row.path[0] === "trust" || row.path[0] === "school") {
          // A refusal never takes the trust or school itself away: private fields are nullable.
          const parent = (answer.body as Answer).data?.[row.path[0]];
          expect(parent, `${coordinate} as ${who}`).toBeTruthy();
        }
      }
      expect(seen).toEqual(row.expected);
    });
  }
});

describe("a curator's scope", () => {
  it("covers their own sector body only", async () => {
    const db = app.database.db;
    const passwordHash = await hashPassword(PASSWORD);
    const { trust } = await buildTrust(db, { schools: [{}] });
    const bodyA = await buildSectorBody(db, { name: "Body A" });
    const bodyB = await buildSectorBody(db, { name: "Body B" });
    // An administrator of the trust who also curates for body B.
    await buildUser(db, {
      passwordHash,
      roles: [
        { role: "TRUST_ADMIN", trustId: trust.id },
        { role: "CURATOR", sectorBodyId: bodyB.id },
      ],
    });
    const curatorA = await buildUser(db, {
      passwordHash,
      roles: [{ role: "CURATOR", sectorBodyId: bodyA.id }],
    });
    const curatorB = await buildUser(db, {
      passwordHash,
      roles: [{ role: "CURATOR", sectorBodyId: bodyB.id }],
    });
    const id = Buffer.from(`Trust:${trust.id}`).toString("base64");
    const as = async (email: string) => {
      emails.set("curator", email);
      return app.execute(CuratorViewsRoles, { id }, { cookie: await sessionOf("curator") });
    };

    const byA = await as(curatorA.email);
    expect(byA.expectErrors().map((e) => e.extensions?.code)).toContain("FORBIDDEN");
    expect(byA.body.data?.trust?.administrators?.[0]?.user?.roles).toBeNull();

    const byB = (await as(curatorB.email)).expectNoErrors();
    expect(byB.trust?.administrators?.[0]?.user?.roles?.map((r) => r.role).sort()).toEqual([
      "CURATOR",
      "TRUST_ADMIN",
    ]);
  });
});
