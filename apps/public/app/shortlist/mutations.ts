import { graphql } from "../gql";

// The shortlist page's writes. Every result is a union of a payload and user errors, all of
// which carry a message to show, so each asks only for `__typename` and that message.

export const AddToShortlistMutation = graphql(`
  mutation AddToShortlist($input: AddToShortlistInput!) {
    addToShortlist(input: $input) {
      __typename
      ... on UserError {
        message
      }
    }
  }
`);

export const RemoveFromShortlistMutation = graphql(`
  mutation RemoveFromShortlist($input: RemoveFromShortlistInput!) {
    removeFromShortlist(input: $input) {
      __typename
      ... on UserError {
        message
      }
    }
  }
`);

export const SaveSearchMutation = graphql(`
  mutation SaveSearch($input: SaveSearchInput!) {
    saveSearch(input: $input) {
      __typename
      ... on UserError {
        message
      }
    }
  }
`);

export const MarkSavedSearchSeenMutation = graphql(`
  mutation MarkSavedSearchSeen($input: MarkSavedSearchSeenInput!) {
    markSavedSearchSeen(input: $input) {
      __typename
      ... on UserError {
        message
      }
    }
  }
`);

export const DeleteSavedSearchMutation = graphql(`
  mutation DeleteSavedSearch($input: DeleteSavedSearchInput!) {
    deleteSavedSearch(input: $input) {
      __typename
      ... on UserError {
        message
      }
    }
  }
`);

export const SetSavedSearchAlertsMutation = graphql(`
  mutation SetSavedSearchAlerts($input: SetSavedSearchAlertsInput!) {
    setSavedSearchAlerts(input: $input) {
      __typename
      ... on UserError {
        message
      }
    }
  }
`);
