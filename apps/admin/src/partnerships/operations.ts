import type { ResultOf } from "@graphql-typed-document-node/core";
import { graphql } from "../gql/index.ts";

// The partnership pages' operations. Every one is in the persisted-documents manifest (the API
// runs nothing else in production) and within the API's limits: depth 6, 15 aliases, 1,000
// tokens for the whole document. The partnership's fields are written once, as a fragment, and
// spread into the page's query and the step's payload, so a step taken updates the page (and
// the inbox's row) from the cache.

/** A trust's partnership requests, newest first: the inbox. */
export const PartnershipInboxQuery = graphql(`
  query PartnershipInbox($id: ID!) {
    trust(id: $id) {
      id
      name
      partnershipRequests {
        id
        state
        intent
        createdAt
        school {
          id
          name
        }
        terms {
          startDate
          endDate
          focusAreas
        }
      }
    }
  }
`);

export type InboxTrust = NonNullable<ResultOf<typeof PartnershipInboxQuery>["trust"]>;
export type InboxRequest = NonNullable<InboxTrust["partnershipRequests"]>[number];

/** Everything the partnership page shows, and what a step's payload brings back. */
export const PartnershipFields = graphql(`
  fragment PartnershipFields on Partnership {
    id
    state
    intent
    version
    endDate
    confirmedBy
    outcome
    governingBodyResolutionDate
    createdAt
    updatedAt
    availableActions
    agreement {
      title
      sections {
        heading
        paragraphs
      }
    }
    school {
      id
      urn
      name
      phase
      localAuthority {
        code
        name
      }
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
  }
`);

export type PartnershipView = ResultOf<typeof PartnershipFields>;
export type PartnershipEventView = PartnershipView["partnershipEvents"][number];
export type PartnershipDocumentView = PartnershipView["documents"][number];
export type PartnershipTermsView = PartnershipView["terms"];

export const PartnershipQuery = graphql(`
  query Partnership($id: ID!) {
    partnership(id: $id) {
      ...PartnershipFields
    }
  }
`);

/** One step of the partnership, for the trust's side; always with the version loaded. */
export const TransitionPartnershipMutation = graphql(`
  mutation TransitionPartnership($input: TransitionPartnershipInput!) {
    transitionPartnership(input: $input) {
      __typename
      ... on PartnershipPayload {
        partnership {
          ...PartnershipFields
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

export type TransitionOutcome = NonNullable<
  ResultOf<typeof TransitionPartnershipMutation>["transitionPartnership"]
>;

/**
 * A message, activity or review added to the partnership for the trust's side. It changes
 * neither state nor version, so it sends none; the payload's history updates the page.
 */
export const RecordPartnershipNoteMutation = graphql(`
  mutation RecordPartnershipNote($input: RecordPartnershipNoteInput!) {
    recordPartnershipNote(input: $input) {
      __typename
      ... on PartnershipPayload {
        partnership {
          ...PartnershipFields
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

export type NoteOutcome = NonNullable<
  ResultOf<typeof RecordPartnershipNoteMutation>["recordPartnershipNote"]
>;

/**
 * A document attached for the trust's side, sent as a GraphQL multipart request (urql does so
 * when the variables hold a File). The API takes a multipart body only for this field and
 * refuses one whose document has fragments, so the payload cannot spread PartnershipFields:
 * it names the partnership, and the page is asked again (see document-upload.ts).
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
        message
      }
    }
  }
`);

export type AttachOutcome = NonNullable<
  ResultOf<typeof AttachPartnershipDocumentMutation>["attachPartnershipDocument"]
>;
