import type { ResultOf } from "@graphql-typed-document-node/core";
import { graphql } from "../gql/index.ts";

/** The queue's page size: a curator works through it from the oldest. */
export const queuePageSize = 25;

export const ModerationQueueQuery = graphql(`
  query ModerationQueue($first: Int!, $after: String, $filter: ModerationQueueFilter) {
    moderationQueue(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        kind
        number
        changeSummary
        publishedAt
        publishedBy
        held
        state
        trust {
          id
          name
        }
      }
    }
    moderationSettings {
      approvalRequired
      updatedAt
      updatedBy
    }
  }
`);

export type ModerationQueueItem = NonNullable<
  ResultOf<typeof ModerationQueueQuery>["moderationQueue"]
>["nodes"][number];

export const DecideModerationMutation = graphql(`
  mutation DecideModeration($input: DecideModerationInput!) {
    decideModeration(input: $input) {
      __typename
      ... on DecideModerationPayload {
        item {
          id
          state
          held
          trust {
            id
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
      ... on NotFoundError {
        message
      }
      ... on AlreadyModeratedError {
        message
      }
    }
  }
`);

export const SetModerationSettingsMutation = graphql(`
  mutation SetModerationSettings($input: SetModerationSettingsInput!) {
    setModerationSettings(input: $input) {
      __typename
      ... on ModerationSettingsPayload {
        settings {
          approvalRequired
          updatedAt
          updatedBy
        }
      }
      ... on ValidationError {
        message
      }
    }
  }
`);
