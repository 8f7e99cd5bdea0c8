import type { ResultOf } from "@graphql-typed-document-node/core";
import { graphql } from "../gql/index.ts";

// The scheme editor's operations (persisted, within the API's limits: see
// ../trust-profile/operations.ts). The autonomy index is worked out in the browser from the
// grid, so it is not asked for.

/** The draft and the published grid, and the trust's local governance model for the templates. */
export const SchemeOfDelegationEditorQuery = graphql(`
  query SchemeOfDelegationEditor($id: ID!) {
    trust(id: $id) {
      id
      name
      profileDraft {
        governance {
          localGovernanceModel
        }
      }
      profile {
        id
        governance {
          localGovernanceModel
        }
      }
      schemeOfDelegationDraft {
        version
        savedAt
        savedBy
        cells {
          decision
          tier
          level
        }
        unpublishedChanges {
          decision
          tier
          before
          after
        }
      }
      schemeOfDelegation {
        id
        number
        publishedAt
        cells {
          decision
          tier
          level
        }
      }
    }
  }
`);

export type SchemeEditorTrust = NonNullable<
  ResultOf<typeof SchemeOfDelegationEditorQuery>["trust"]
>;
export type SchemeDraft = NonNullable<SchemeEditorTrust["schemeOfDelegationDraft"]>;

/** Every published version, newest first, with the cells that changed in each. */
export const SchemeOfDelegationHistoryQuery = graphql(`
  query SchemeOfDelegationHistory($id: ID!) {
    trust(id: $id) {
      id
      schemeOfDelegation {
        id
      }
      schemeOfDelegationHistory {
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
          decision
          tier
          before
          after
        }
      }
    }
  }
`);

export type SchemeVersionEntry = NonNullable<
  NonNullable<ResultOf<typeof SchemeOfDelegationHistoryQuery>["trust"]>["schemeOfDelegationHistory"]
>[number];

export const SaveSchemeOfDelegationDraftMutation = graphql(`
  mutation SaveSchemeOfDelegationDraft($input: SaveSchemeOfDelegationDraftInput!) {
    saveSchemeOfDelegationDraft(input: $input) {
      __typename
      ... on SaveSchemeOfDelegationDraftPayload {
        trust {
          id
          schemeOfDelegationDraft {
            version
            savedAt
            savedBy
            cells {
              decision
              tier
              level
            }
            unpublishedChanges {
              decision
              tier
              before
              after
            }
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

export const PublishSchemeOfDelegationMutation = graphql(`
  mutation PublishSchemeOfDelegation($input: PublishSchemeOfDelegationInput!) {
    publishSchemeOfDelegation(input: $input) {
      __typename
      ... on PublishSchemeOfDelegationPayload {
        version {
          id
          number
          held
        }
        trust {
          id
          schemeOfDelegationDraft {
            version
            unpublishedChanges {
              decision
              tier
              before
              after
            }
          }
          schemeOfDelegation {
            id
            number
            publishedAt
            cells {
              decision
              tier
              level
            }
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

export const UnpublishSchemeOfDelegationVersionMutation = graphql(`
  mutation UnpublishSchemeOfDelegationVersion($input: UnpublishSchemeOfDelegationVersionInput!) {
    unpublishSchemeOfDelegationVersion(input: $input) {
      __typename
      ... on UnpublishSchemeOfDelegationVersionPayload {
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
          schemeOfDelegationDraft {
            version
            unpublishedChanges {
              decision
              tier
              before
              after
            }
          }
          schemeOfDelegation {
            id
            number
            publishedAt
            cells {
              decision
              tier
              level
            }
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
