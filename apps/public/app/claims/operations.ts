import type { ResultOf } from "@graphql-typed-document-node/core";
import { graphql } from "../gql";

// The claims page's operations: who is signed in and what they act for, their claims, and
// asking for a new one.

export const ClaimsViewerQuery = graphql(`
  query ClaimsViewer {
    viewer {
      id
      name
      email
      roles {
        role
        school {
          urn
          name
        }
        trust {
          id
          name
        }
      }
    }
  }
`);

export const MyClaimsQuery = graphql(`
  query MyClaims {
    myClaims {
      id
      role
      state
      jobTitle
      createdAt
      decidedAt
      decisionReason
      school {
        urn
        name
      }
      trust {
        id
        name
        groupUid
      }
    }
  }
`);

export type MyClaim = ResultOf<typeof MyClaimsQuery>["myClaims"][number];
export type ClaimsViewer = NonNullable<ResultOf<typeof ClaimsViewerQuery>["viewer"]>;

export const RequestClaimMutation = graphql(`
  mutation RequestClaim($input: RequestClaimInput!) {
    requestClaim(input: $input) {
      __typename
      ... on ClaimPayload {
        claim {
          id
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
        path
      }
      ... on ClaimRefusedError {
        message
      }
    }
  }
`);
