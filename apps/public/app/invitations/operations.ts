import type { ResultOf } from "@graphql-typed-document-node/core";
import { graphql } from "../gql";

export const InvitationPageQuery = graphql(`
  query InvitationPage($token: String!) {
    invitation(token: $token) {
      id
      email
      role
      organisationName
      invitedBy
      expiresAt
      acceptedAt
    }
    viewer {
      id
      name
      email
    }
  }
`);

export type InvitationPreview = NonNullable<ResultOf<typeof InvitationPageQuery>["invitation"]>;

export const AcceptInvitationMutation = graphql(`
  mutation AcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      __typename
      ... on InvitationPayload {
        invitation {
          id
          role
          organisationName
        }
      }
      ... on InvitationRefusedError {
        message
      }
      ... on NotFoundError {
        message
      }
      ... on ValidationError {
        message
      }
    }
  }
`);

/** After accepting: the schools the person now represents, to link to the one joined. */
export const InvitedSchoolsQuery = graphql(`
  query InvitedSchools {
    viewer {
      id
      roles {
        role
        school {
          urn
          name
        }
      }
    }
  }
`);

/** A school's member invites a colleague to be a member too (the school by its global id). */
export const InviteColleagueMutation = graphql(`
  mutation InviteSchoolColleague($input: InviteColleagueInput!) {
    inviteColleague(input: $input) {
      __typename
      ... on InvitationPayload {
        invitation {
          id
          email
          expiresAt
        }
      }
      ... on ValidationError {
        issues {
          path
          message
        }
      }
      ... on NotFoundError {
        message
      }
      ... on InvitationRefusedError {
        message
      }
    }
  }
`);
