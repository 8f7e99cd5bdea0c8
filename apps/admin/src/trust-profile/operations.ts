import type { ResultOf } from "@graphql-typed-document-node/core";
import { graphql } from "../gql/index.ts";

// The profile editor's operations. Every one is in the persisted-documents manifest (the API runs
// nothing else in production) and within the API's limits: depth 6, 15 aliases, 1,000 tokens for
// the whole document. The content fragment is written once and spread where it is needed, so the
// draft and the published version load in one query while the history (with its diffs) is a
// query of its own.

/** Every content field of a profile: what the form is filled from. */
export const ProfileContentFields = graphql(`
  fragment ProfileContentFields on TrustProfileContent {
    visionStatement
    values {
      value
      statement
    }
    ethos
    qualityStatements {
      pillar
      statement
    }
    faith {
      churchGovernanceLevel
      dioceses
      faithDesignation
    }
    geography {
      regions
      localAuthorities {
        code
        name
      }
      growthAreas
    }
    growth {
      stage
      openToNewSchools
      openToPartnerships
      capacity
      seeking {
        phases
        establishmentTypes
        areas
      }
    }
    schoolImprovementOffer
    centralServices
    finance {
      contribution {
        kind
        percent
        minPercent
        maxPercent
        variesBy
      }
      gagPooling
      budgetDelegation
      capitalApproach
      reserves {
        pooled
        targetPercent
        policy
      }
      accountsUrl
    }
    governance {
      members
      trustees
      localGovernanceModel
      contacts {
        name
        role
        email
      }
    }
  }
`);

export type ProfileContent = ResultOf<typeof ProfileContentFields>;

/** The draft (if any) and the published version (if any): what the form starts from. */
export const TrustProfileEditorQuery = graphql(`
  query TrustProfileEditor($id: ID!) {
    trust(id: $id) {
      id
      name
      profileDraft {
        version
        savedAt
        savedBy
        unpublishedChanges {
          field
          before
          after
        }
        ...ProfileContentFields
      }
      profile {
        id
        number
        publishedAt
        ...ProfileContentFields
      }
    }
  }
`);

export type ProfileEditorTrust = NonNullable<ResultOf<typeof TrustProfileEditorQuery>["trust"]>;
export type ProfileDraft = NonNullable<ProfileEditorTrust["profileDraft"]>;

/** Every published version, newest first, each with what changed from the one before. */
export const TrustProfileHistoryQuery = graphql(`
  query TrustProfileHistory($id: ID!) {
    trust(id: $id) {
      id
      profile {
        id
      }
      profileHistory {
        id
        number
        changeSummary
        publishedAt
        publishedBy
        held
        moderation {
          state
          decidedAt
          decidedBy
          comment
        }
        unpublished {
          at
          by
          reason
        }
        changes {
          field
          before
          after
        }
      }
    }
  }
`);

export type ProfileVersionEntry = NonNullable<
  NonNullable<ResultOf<typeof TrustProfileHistoryQuery>["trust"]>["profileHistory"]
>[number];

/** Saves the draft; the payload's trust carries the saved draft into the cache. */
export const SaveTrustProfileDraftMutation = graphql(`
  mutation SaveTrustProfileDraft($input: SaveTrustProfileDraftInput!) {
    saveTrustProfileDraft(input: $input) {
      __typename
      ... on SaveTrustProfileDraftPayload {
        trust {
          id
          profileDraft {
            version
            savedAt
            savedBy
            unpublishedChanges {
              field
              before
              after
            }
            ...ProfileContentFields
          }
        }
      }
      ... on ValidationError {
        message
        issues {
          path
          message
        }
      }
      ... on VersionConflictError {
        message
        currentVersion
        changedBy
        changedAt
      }
    }
  }
`);

/** Publishes the saved draft; the trust's published profile and draft changes come back. */
export const PublishTrustProfileMutation = graphql(`
  mutation PublishTrustProfile($input: PublishTrustProfileInput!) {
    publishTrustProfile(input: $input) {
      __typename
      ... on PublishTrustProfilePayload {
        version {
          id
          number
          held
        }
        trust {
          id
          profileDraft {
            version
            unpublishedChanges {
              field
              before
              after
            }
          }
          profile {
            id
            number
            publishedAt
            ...ProfileContentFields
          }
        }
      }
      ... on ValidationError {
        message
        issues {
          path
          message
        }
      }
      ... on VersionConflictError {
        message
        currentVersion
        changedBy
        changedAt
      }
      ... on NothingToPublishError {
        message
        publishedNumber
      }
    }
  }
`);

/** A curator takes a published version down; the public then sees the one before it. */
export const UnpublishTrustProfileVersionMutation = graphql(`
  mutation UnpublishTrustProfileVersion($input: UnpublishTrustProfileVersionInput!) {
    unpublishTrustProfileVersion(input: $input) {
      __typename
      ... on UnpublishTrustProfileVersionPayload {
        version {
          id
          unpublished {
            at
            by
            reason
          }
        }
        trust {
          id
          profileDraft {
            version
            unpublishedChanges {
              field
              before
              after
            }
          }
          profile {
            id
            number
            publishedAt
            ...ProfileContentFields
          }
        }
      }
      ... on ValidationError {
        message
        issues {
          path
          message
        }
      }
      ... on AlreadyUnpublishedError {
        message
        reason
        unpublishedAt
      }
    }
  }
`);
