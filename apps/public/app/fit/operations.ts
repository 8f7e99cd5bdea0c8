import { graphql } from "../gql";

// The school fit page's operations. Kept apart from the route so that it stays short; codegen
// finds them here as anywhere under app/.

// Asked only for a member: for anyone else the API refuses these fields outright.
export const FitProfileFormQuery = graphql(`
  query SchoolFitProfileForm($urn: Int!) {
    school(urn: $urn) {
      id
      fitProfile {
        vision
        values
        weights {
          dimension
          weight
        }
        maxDistanceKm
        sizeMin
        sizeMax
        phases
        autonomy {
          area
          share
        }
        maxContributionPercent
        version
        savedAt
        savedBy
      }
    }
  }
`);

export const FitRankingQuery = graphql(`
  query SchoolFitRanking($urn: Int!, $first: Int, $after: String, $last: Int, $before: String) {
    fit(urn: $urn, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      nodes {
        trustName
        score
        eligibility
        reasons
        parts {
          dimension
          weight
          score
          points
          reason
        }
        trust {
          id
          name
        }
      }
    }
  }
`);

export const SaveFitProfileMutation = graphql(`
  mutation SaveSchoolFitProfile($input: SaveFitProfileInput!) {
    saveFitProfile(input: $input) {
      __typename
      ... on SaveFitProfilePayload {
        school {
          id
        }
      }
      ... on FitProfileConflictError {
        message
        currentVersion
        changedBy
      }
      ... on NotFoundError {
        message
      }
      ... on ValidationError {
        message
        issues {
          path
          message
        }
      }
    }
  }
`);
