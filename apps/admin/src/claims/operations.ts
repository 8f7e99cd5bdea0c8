import type { ResultOf } from "@graphql-typed-document-node/core";
import { graphql } from "../gql/index.ts";

// The claims queue's operations. Each is in the persisted-documents manifest (the API runs
// nothing else in production) and within the API's limits.

export const ClaimFields = graphql(`
  fragment ClaimFields on Claim {
    id
    role
    state
    claimantName
    claimantEmail
    jobTitle
    evidence
    createdAt
    decidedAt
    decidedBy
    decisionReason
    school {
      id
      urn
      name
    }
    trust {
      id
      groupUid
      name
    }
  }
`);

/** The curators' queue: claims in the states asked for, oldest first. */
export const ClaimsQueueQuery = graphql(`
  query ClaimsQueue($states: [ClaimState!]) {
    claims(states: $states) {
      ...ClaimFields
    }
  }
`);

export type QueuedClaim = ResultOf<typeof ClaimsQueueQuery>["claims"][number];

export const DecideClaimMutation = graphql(`
  mutation DecideClaim($input: DecideClaimInput!) {
    decideClaim(input: $input) {
      __typename
      ... on ClaimPayload {
        claim {
          ...ClaimFields
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
      ... on ClaimRefusedError {
        message
      }
    }
  }
`);

export type DecideOutcome = ResultOf<typeof DecideClaimMutation>["decideClaim"];
