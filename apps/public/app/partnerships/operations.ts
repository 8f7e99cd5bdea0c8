import { graphql } from "../gql";

// The partnership pages' operations, kept apart from the routes so that they stay short.
// Everything here but the trust's name is private: asked only once the person is known to be
// one of the school's members.

export const TrustToAskQuery = graphql(`
  query PartnershipTrustToAsk($id: ID!) {
    trust(id: $id) {
      id
      name
      status
    }
  }
`);

export const RequestPartnershipMutation = graphql(`
  mutation RequestPartnership($input: RequestPartnershipInput!) {
    requestPartnership(input: $input) {
      __typename
      ... on PartnershipPayload {
        partnership {
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
      ... on PartnershipConflictError {
        message
      }
      ... on PartnershipRequestLimitError {
        message
      }
    }
  }
`);

export const SchoolPartnershipsQuery = graphql(`
  query SchoolPartnerships($urn: Int!) {
    school(urn: $urn) {
      id
      partnerships {
        id
        state
        intent
        endDate
        createdAt
        updatedAt
        trust {
          id
          name
        }
        terms {
          startDate
          endDate
        }
      }
    }
  }
`);

export const PartnershipQuery = graphql(`
  query SchoolPartnership($id: ID!) {
    partnership(id: $id) {
      id
      state
      intent
      endDate
      confirmedBy
      outcome
      version
      createdAt
      governingBodyResolutionDate
      availableActions
      agreement {
        title
        sections {
          heading
          paragraphs
        }
      }
      school {
        urn
        name
      }
      trust {
        id
        name
      }
      terms {
        startDate
        endDate
        focusAreas
        objectives
        serviceChargePounds
        extensionAllowed
        maxTermMonths
        servicesProvided
        dataProtection
      }
      documents {
        id
        fileName
        mediaType
        byteSize
        party
        uploadedByName
        uploadedAt
        downloadPath
      }
      partnershipEvents {
        sequence
        action
        actorName
        actorParty
        fromState
        toState
        reason
        details
        at
      }
    }
  }
`);

export const TransitionPartnershipMutation = graphql(`
  mutation TransitionPartnership($input: TransitionPartnershipInput!) {
    transitionPartnership(input: $input) {
      __typename
      ... on PartnershipPayload {
        partnership {
          id
          version
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
      ... on PartnershipRefusedError {
        code
        message
        path
      }
      ... on PartnershipStaleError {
        message
        currentVersion
      }
      ... on PartnershipConflictError {
        message
      }
    }
  }
`);

/** A message, activity or review for the school's side: no version, as it changes no state. */
export const RecordPartnershipNoteMutation = graphql(`
  mutation RecordPartnershipNote($input: RecordPartnershipNoteInput!) {
    recordPartnershipNote(input: $input) {
      __typename
      ... on PartnershipPayload {
        partnership {
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
      }
      ... on PartnershipRefusedError {
        code
        message
        path
      }
    }
  }
`);

/**
 * One document for the school's side. urql sends a variable holding a File as a GraphQL
 * multipart request (the only kind the API takes files in), with the operation's text, which
 * the API finds in this app's trusted documents as it does every other operation's. The API
 * takes files only with this mutation alone, so it is never sent with another.
 */
export const AttachPartnershipDocumentMutation = graphql(`
  mutation AttachPartnershipDocument($input: AttachPartnershipDocumentInput!) {
    attachPartnershipDocument(input: $input) {
      __typename
      ... on PartnershipPayload {
        partnership {
          id
        }
      }
      ... on PartnershipDocumentRejectedError {
        message
      }
      ... on PartnershipRefusedError {
        code
        message
      }
      ... on ValidationError {
        message
      }
      ... on NotFoundError {
        message
      }
    }
  }
`);
