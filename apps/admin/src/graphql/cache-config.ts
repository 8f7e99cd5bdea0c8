import type {
  CacheExchangeOpts,
  DataFields,
  KeyingConfig,
  UpdateResolver,
  UpdatesConfig,
} from "@urql/exchange-graphcache";
import { relayPagination } from "@urql/exchange-graphcache/extras";
import schema from "../gql/introspection.ts";
import { addToInbox } from "../partnerships/inbox-cache.ts";

/**
 * Types without an `id` are embedded in their parent rather than normalised: a role grant, a
 * connection and its edges, page info, a trust's count of schools in a phase, field issues and
 * mutation payloads only mean something where they were fetched. Saying so here keeps graphcache from warning about missing keys.
 * A trust's drafts (one of each kind per trust) live under the trust: `Trust.profileDraft`, so a
 * save's payload, which returns the trust with its draft, updates the draft every page shows.
 */
const embedded = (): null => null;

export const keys: KeyingConfig = {
  // A local authority is identified by the register's three-digit code.
  LocalAuthority: (authority) =>
    typeof authority.code === "number" ? String(authority.code) : null,
  RoleGrant: embedded,
  TrustMembership: embedded,
  Location: embedded,
  FieldIssue: embedded,
  PageInfo: embedded,
  PhaseCount: embedded,
  QueryTrustsConnection: embedded,
  QueryTrustsConnectionEdge: embedded,
  QuerySchoolsConnection: embedded,
  QuerySchoolsConnectionEdge: embedded,
  TrustSchoolsConnection: embedded,
  TrustSchoolsConnectionEdge: embedded,
  SignInPayload: embedded,
  SignOutPayload: embedded,
  InvalidCredentialsError: embedded,
  ValidationError: embedded,
  // The versioned trust documents: drafts and everything inside a profile or scheme.
  TrustProfileDraft: embedded,
  SchemeOfDelegationDraft: embedded,
  ProfileChange: embedded,
  SchemeChange: embedded,
  SchemeCell: embedded,
  AreaAutonomy: embedded,
  Unpublication: embedded,
  TrustValueStatement: embedded,
  QualityStatement: embedded,
  TrustFaith: embedded,
  TrustGeography: embedded,
  TrustGrowth: embedded,
  TrustSeeking: embedded,
  TrustFinance: embedded,
  CentralContribution: embedded,
  TrustReserves: embedded,
  TrustGovernance: embedded,
  TrustContact: embedded,
  SaveTrustProfileDraftPayload: embedded,
  PublishTrustProfilePayload: embedded,
  UnpublishTrustProfileVersionPayload: embedded,
  SaveSchemeOfDelegationDraftPayload: embedded,
  PublishSchemeOfDelegationPayload: embedded,
  UnpublishSchemeOfDelegationVersionPayload: embedded,
  VersionConflictError: embedded,
  NothingToPublishError: embedded,
  AlreadyUnpublishedError: embedded,
  // Trust Partnerships: a Partnership has an id; its terms and its (unchangeable) events only
  // mean something inside it, as do the answers of a step.
  PartnershipTerms: embedded,
  PartnershipEvent: embedded,
  PartnershipAgreement: embedded,
  PartnershipAgreementSection: embedded,
  PartnershipPayload: embedded,
  PartnershipRefusedError: embedded,
  PartnershipStaleError: embedded,
  PartnershipConflictError: embedded,
  PartnershipDocumentRejectedError: embedded,
  NotFoundError: embedded,
  // Collections: a Collection has an id; its entries only mean something inside it.
  CollectionEntry: embedded,
  SaveCollectionPayload: embedded,
  CollectionConflictError: embedded,
  CollectionSlugTakenError: embedded,
  // Curation: the list's counts, a trust's verification, the audit log's pages.
  TrustFacets: embedded,
  RegionFacetOption: embedded,
  TrustStatusFacetOption: embedded,
  TrustTypeFacetOption: embedded,
  BooleanFacetOption: embedded,
  TrustVerification: embedded,
  QueryAuditLogConnection: embedded,
  QueryAuditLogConnectionEdge: embedded,
  VerifyTrustPayload: embedded,
  InvitationPayload: embedded,
  InvitationRefusedError: embedded,
  // Claims: a Claim has an id; the answers of a decision do not.
  ClaimPayload: embedded,
  ClaimRefusedError: embedded,
  // The sector dashboard: figures of one moment, meaningful only where they were fetched.
  SectorDashboard: embedded,
  SectorTrustCount: embedded,
  PublishedProfileShare: embedded,
  SectorPartnershipCount: embedded,
  SectorMonthRequests: embedded,
  SectorResponseTime: embedded,
  // Moderation: queue items have ids (their version's); the rest means something only in place.
  QueryModerationQueueConnection: embedded,
  QueryModerationQueueConnectionEdge: embedded,
  ModerationRecord: embedded,
  ModerationSettings: embedded,
  ModerationSettingsPayload: embedded,
  DecideModerationPayload: embedded,
  AlreadyModeratedError: embedded,
};

/** The trust a publishing mutation was about, when it succeeded. */
function publishedTrust(result: DataFields, field: string, payload: string): string | null {
  const outcome = result[field] as { __typename?: string; trust?: { id?: unknown } } | null;
  if (outcome?.__typename !== payload) return null;
  return typeof outcome.trust?.id === "string" ? outcome.trust.id : null;
}

/**
 * After a version is published or unpublished, the trust's history has another entry or a
 * changed one: it is dropped from the cache, so a page showing it asks the API again. (A save
 * needs nothing here: its payload's trust carries the new draft.)
 */
const historyAfter =
  (field: string, payload: string, history: string): UpdateResolver =>
  (result, _args, cache) => {
    const trustId = publishedTrust(result, field, payload);
    if (trustId !== null) cache.invalidate({ __typename: "Trust", id: trustId }, history);
  };

/**
 * A verification changes which trusts the curators' filters keep and adds to the audit log:
 * every cached list and log page is dropped, so the pages showing them ask the API again.
 */
const afterVerifying: UpdateResolver = (result, _args, cache) => {
  const outcome = result.verifyTrust as { __typename?: string } | null;
  if (outcome?.__typename !== "VerifyTrustPayload") return;
  for (const field of cache.inspectFields("Query")) {
    if (field.fieldName === "trusts" || field.fieldName === "auditLog")
      cache.invalidate("Query", field.fieldName, field.arguments ?? undefined);
  }
};

/** A collection saved, new or changed: the lists of collections are read again. */
const collectionListsAfterSave: UpdateResolver = (result, _args, cache) => {
  const outcome = result.saveCollection as { __typename?: string } | null;
  if (outcome?.__typename !== "SaveCollectionPayload") return;
  cache.invalidate("Query", "curatedCollections");
  cache.invalidate("Query", "collections");
};

/**
 * A moderation decision changes the queue, the curators' lists (awaiting moderation), the log
 * and the trust's history: each is read again where it shows. A new setting is read again too.
 */
const afterModerating: UpdateResolver = (result, _args, cache) => {
  const outcome = result.decideModeration as {
    __typename?: string;
    item?: { trust?: { id?: unknown } };
  } | null;
  if (outcome?.__typename !== "DecideModerationPayload") return;
  for (const field of cache.inspectFields("Query")) {
    if (["moderationQueue", "trusts", "auditLog"].includes(field.fieldName))
      cache.invalidate("Query", field.fieldName, field.arguments ?? undefined);
  }
  const trustId = outcome.item?.trust?.id;
  if (typeof trustId === "string") {
    cache.invalidate({ __typename: "Trust", id: trustId }, "profileHistory");
    cache.invalidate({ __typename: "Trust", id: trustId }, "schemeOfDelegationHistory");
  }
};
const afterModerationSetting: UpdateResolver = (result, _args, cache) => {
  const outcome = result.setModerationSettings as { __typename?: string } | null;
  if (outcome?.__typename === "ModerationSettingsPayload")
    cache.invalidate("Query", "moderationSettings");
};

export const updates: UpdatesConfig = {
  Subscription: { partnershipUpdated: addToInbox },
  Mutation: {
    decideModeration: afterModerating,
    setModerationSettings: afterModerationSetting,
    saveCollection: collectionListsAfterSave,
    verifyTrust: afterVerifying,
    publishTrustProfile: historyAfter(
      "publishTrustProfile",
      "PublishTrustProfilePayload",
      "profileHistory",
    ),
    unpublishTrustProfileVersion: historyAfter(
      "unpublishTrustProfileVersion",
      "UnpublishTrustProfileVersionPayload",
      "profileHistory",
    ),
    publishSchemeOfDelegation: historyAfter(
      "publishSchemeOfDelegation",
      "PublishSchemeOfDelegationPayload",
      "schemeOfDelegationHistory",
    ),
    unpublishSchemeOfDelegationVersion: historyAfter(
      "unpublishSchemeOfDelegationVersion",
      "UnpublishSchemeOfDelegationVersionPayload",
      "schemeOfDelegationHistory",
    ),
  },
};

export const cacheConfig: CacheExchangeOpts = {
  // Schema awareness: graphcache knows interfaces and unions (SignInResult, Node) and which
  // fields may be null, so it can answer partly from cache instead of guessing.
  schema,
  keys,
  updates,
  resolvers: {
    // A trust's schools grow as one list, a page per "Show more schools" (its totals come
    // from the API, not from the list); the trusts list stays paged, one page per cursor.
    Trust: { schools: relayPagination() },
  },
};
